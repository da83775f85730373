package dev.sobes.testkit.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.jspecify.annotations.Nullable;

/** A minimal bot connection for testing the fake itself: identifies, then collects what is dispatched. */
final class GatewayClient extends WebSocketClient {
    private final String token;
    private final long intents;
    private final List<JsonNode> dispatched = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch heartbeatAcknowledged = new CountDownLatch(1);
    // What went wrong, for the message of a test that fails to connect.
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private volatile String trouble = "no error reported";

    GatewayClient(String url, String token, long intents) {
        super(URI.create(url));
        this.token = token;
        this.intents = intents;
    }

    GatewayClient connectAndIdentify() throws InterruptedException {
        if (!connectBlocking(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not connect to the fake gateway: " + trouble);
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no GUILD_CREATE; frames seen: " + frames + "; " + trouble);
        }
        return this;
    }

    @Override
    public void onOpen(ServerHandshake handshake) {}

    @Override
    public void onMessage(String message) {
        try {
            JsonNode frame = Payloads.JSON.readTree(message);
            frames.add("op " + frame.path("op").asInt() + " " + frame.path("t").asText(""));
            if (frame.path("op").asInt() == 10) {
                ObjectNode identify = Payloads.object();
                identify.put("op", 2);
                ObjectNode d = identify.putObject("d");
                d.put("token", token);
                d.put("intents", intents);
                d.set("shard", Payloads.array().add(0).add(1));
                send(identify.toString());
            } else if (frame.path("op").asInt() == 11) {
                heartbeatAcknowledged.countDown();
            } else if (frame.path("op").asInt() == 0) {
                dispatched.add(frame);
                if (frame.path("t").asText().equals("GUILD_CREATE")) {
                    ready.countDown();
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the {@code count}-th event of {@code type} and returns its data. */
    JsonNode await(String type, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<JsonNode> matching = dispatched.stream()
                    .filter(f -> f.path("t").asText().equals(type))
                    .toList();
            if (matching.size() >= count) {
                return matching.get(count - 1).path("d");
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no " + type + " #" + count);
    }

    boolean heartbeat() throws InterruptedException {
        send("{\"op\":1,\"d\":null}");
        return heartbeatAcknowledged.await(10, TimeUnit.SECONDS);
    }

    List<String> eventTypes() {
        return dispatched.stream().map(f -> f.path("t").asText()).toList();
    }

    @Nullable
    JsonNode last(String type) {
        JsonNode found = null;
        for (JsonNode frame : dispatched) {
            if (frame.path("t").asText().equals(type)) {
                found = frame.path("d");
            }
        }
        return found;
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        trouble = "closed with " + code + " " + reason + (remote ? " by the fake" : "");
    }

    @Override
    public void onError(Exception ex) {
        trouble = "error: " + ex;
    }
}
