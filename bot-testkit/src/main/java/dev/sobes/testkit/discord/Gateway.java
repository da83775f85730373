package dev.sobes.testkit.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;

/**
 * The fake gateway: HELLO, IDENTIFY, READY with the guilds as unavailable, then one GUILD_CREATE
 * each, heartbeat acknowledgements, and events dispatched to the shard that owns them.
 */
final class Gateway extends WebSocketServer {
    private static final int HELLO = 10;
    private static final int IDENTIFY = 2;
    private static final int HEARTBEAT = 1;
    private static final int HEARTBEAT_ACK = 11;
    private static final int RESUME = 6;
    private static final int INVALID_SESSION = 9;
    private static final int DISPATCH = 0;

    private final FakeDiscord discord;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<Integer, Shard> shards = new ConcurrentHashMap<>();

    /** One identified connection. */
    static final class Shard {
        final WebSocket socket;
        final int id;
        final int total;
        final long intents;
        private int seq;

        Shard(WebSocket socket, int id, int total, long intents) {
            this.socket = socket;
            this.id = id;
            this.total = total;
            this.intents = intents;
        }

        synchronized void dispatch(String type, JsonNode data) {
            ObjectNode frame = Payloads.object();
            frame.put("op", DISPATCH);
            frame.put("s", ++seq);
            frame.put("t", type);
            frame.set("d", data);
            socket.send(frame.toString());
        }

        boolean has(long intent) {
            return (intents & intent) == intent;
        }
    }

    Gateway(FakeDiscord discord) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.discord = discord;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        ObjectNode hello = Payloads.object();
        hello.put("op", HELLO);
        hello.set("d", Payloads.object().put("heartbeat_interval", 41250));
        socket.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            socket.close(4002, "Error while decoding payload.");
            return;
        }
        switch (frame.path("op").asInt(-1)) {
            case HEARTBEAT ->
                socket.send(Payloads.object().put("op", HEARTBEAT_ACK).toString());
            case IDENTIFY -> identify(socket, frame.path("d"));
            case RESUME -> {
                // Sessions are not kept across connections: the client identifies again.
                socket.send(Payloads.object()
                        .put("op", INVALID_SESSION)
                        .put("d", false)
                        .toString());
            }
            default -> {
                // Presence updates, member requests and voice states change nothing here.
            }
        }
    }

    private void identify(WebSocket socket, JsonNode d) {
        if (!discord.token().equals(d.path("token").asText())) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        JsonNode shardInfo = d.path("shard");
        int id = shardInfo.isArray() ? shardInfo.path(0).asInt() : 0;
        int total = shardInfo.isArray() ? shardInfo.path(1).asInt() : 1;
        if (total < 1 || id < 0 || id >= total) {
            socket.close(4010, "Invalid shard.");
            return;
        }
        Shard shard = new Shard(socket, id, total, d.path("intents").asLong());
        socket.setAttachment(shard);
        shard.dispatch("READY", discord.readyPayload(shard, url()));
        for (JsonNode guild : discord.guildCreatePayloads(id, total)) {
            shard.dispatch("GUILD_CREATE", guild);
        }
        shards.put(id, shard);
        discord.shardConnected(shard);
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Shard shard = socket.getAttachment();
        if (shard != null) {
            shards.remove(shard.id, shard);
            discord.shardDisconnected(shard);
        }
    }

    @Override
    public void onError(@Nullable WebSocket socket, Exception error) {
        discord.problem("gateway: " + error);
    }

    /** The shard a guild's events go to; DMs go to shard 0. */
    @Nullable
    Shard shardFor(@Nullable Long guildId) {
        for (Shard shard : shards.values()) {
            int owner = guildId == null ? 0 : Snowflakes.shardOf(guildId, shard.total);
            if (shard.id == owner) {
                return shard;
            }
        }
        return null;
    }

    List<Shard> connected() {
        return List.copyOf(shards.values());
    }

    void shutdown() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
