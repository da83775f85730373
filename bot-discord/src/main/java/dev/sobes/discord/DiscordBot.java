package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sobes on Discord: runs the shards this process owns under JDA's shard manager, hands inputs to
 * the engine and sends its replies. Several processes can split the shards between them
 * ({@link DiscordSettings#shardMin()}..{@link DiscordSettings#shardMax()}) over shared storage.
 * {@link #close()} finishes the inputs in hand, then disconnects.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /** How long an interaction may wait for the engine before it is deferred; Discord allows 3 s. */
    static final Duration ACK_BUDGET = Duration.ofMillis(1500);

    private static final Duration SHUTDOWN_PATIENCE = Duration.ofSeconds(10);
    private volatile Duration patience = SHUTDOWN_PATIENCE;
    private static final int LANES = 8;
    private static final int TOO_MANY_REQUESTS = 429;

    private final ShardManager shards;
    private final Listener listener;
    private final Lanes lanes;
    private final ScheduledExecutorService timer;
    private final OkHttpClient http;
    private final LongAdder rateLimited;

    private DiscordBot(
            ShardManager shards,
            Listener listener,
            Lanes lanes,
            ScheduledExecutorService timer,
            OkHttpClient http,
            LongAdder rateLimited) {
        this.shards = shards;
        this.listener = listener;
        this.lanes = lanes;
        this.timer = timer;
        this.http = http;
        this.rateLimited = rateLimited;
    }

    /**
     * Replies waiting to be sent, now: the inputs this process has in hand (queued on their
     * conversation's lane, or being answered), and the timer's replies queued behind them.
     */
    public int queuedReplies() {
        return lanes.pending();
    }

    /**
     * How many times Discord answered 429 Too Many Requests since the bot started, across every
     * shard of this process. JDA waits such answers out and sends again; a growing count means
     * the bot is sending faster than Discord lets it.
     */
    public long rateLimitedResponses() {
        return rateLimited.sum();
    }

    /**
     * Whether every shard of this process is connected to the gateway now. A shard reconnecting
     * after a network hiccup makes this false until it is back; {@code /health} reports it.
     */
    public boolean connected() {
        List<JDA> all = shards.getShardCache().asList();
        return !all.isEmpty() && all.stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * Whether this process is the one to send what {@code conversation} is due unasked (a timer's
     * reply, a notice): a server channel or thread of a guild on one of its shards, or a direct
     * conversation when it runs shard 0, where Discord sends direct messages. With shards spread
     * over processes, each conversation has exactly one such process.
     */
    public boolean reaches(Conversation conversation) {
        if (conversation.platform() != Platform.DISCORD) {
            return false;
        }
        if (!conversation.group()) {
            return shards.getShardById(0) != null;
        }
        return shards.getGuildChannelById(conversation.chatId()) != null;
    }

    /** Sends replies the engine made without an interaction to answer, such as a timer's. */
    public void deliver(List<Reply> replies) {
        listener.deliverUnprompted(shards, replies);
    }

    /**
     * Connects to Discord and starts handling events.
     *
     * @param engine the interview engine ({@code engine::handle})
     * @param bank the question bank, for autocompleting packs and topics
     * @param languages a person's chosen interface language, if they chose one
     */
    public static DiscordBot start(
            DiscordSettings settings,
            Function<Input, List<Reply>> engine,
            Supplier<QuestionBank> bank,
            Function<PersonId, Optional<Lang>> languages) {
        return start(settings, engine, bank, languages, ACK_BUDGET);
    }

    static DiscordBot start(
            DiscordSettings settings,
            Function<Input, List<Reply>> engine,
            Supplier<QuestionBank> bank,
            Function<PersonId, Optional<Lang>> languages,
            Duration ackBudget) {
        // Belt and braces: every message also sets this itself.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        Lanes lanes = new Lanes(LANES);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sobes-discord-ack");
            thread.setDaemon(true);
            return thread;
        });
        Listener listener = new Listener(settings, engine, bank, languages, ackBudget, lanes, timer);
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (settings.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        LongAdder rateLimited = new LongAdder();
        OkHttpClient http = httpClient(rateLimited);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), intents)
                .addEventListeners(listener)
                .setHttpClient(http)
                .setEnableShutdownHook(false);
        if (settings.shardsTotal() > 0) {
            builder.setShardsTotal(settings.shardsTotal()).setShards(settings.shardMin(), settings.shardMax());
        }
        String apiUrl = settings.apiUrl();
        if (apiUrl != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(apiUrl)).setCompression(Compression.NONE);
        }
        ShardManager shards;
        try {
            shards = builder.build();
        } catch (RuntimeException e) {
            timer.shutdownNow();
            release(http);
            try {
                lanes.shutdown(Duration.ZERO);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw e;
        }
        LOG.info("Discord bot starting: {}", settings);
        return new DiscordBot(shards, listener, lanes, timer, http, rateLimited);
    }

    /**
     * The HTTP client every shard shares, set up as JDA sets up its own (a connection pool, and up
     * to 25 requests at once to one host), and counting Discord's 429 answers.
     */
    private static OkHttpClient httpClient(LongAdder rateLimited) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
                .dispatcher(dispatcher)
                .addInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    if (response.code() == TOO_MANY_REQUESTS) {
                        rateLimited.increment();
                    }
                    return response;
                })
                .build();
    }

    /** JDA leaves a client it was given running: its threads and connections go here. */
    private static void release(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Waits until every shard of this process is connected and has loaded its guilds. */
    public DiscordBot awaitReady() throws InterruptedException {
        for (JDA shard : shards.getShards()) {
            shard.awaitReady();
        }
        return this;
    }

    /** The ids of the shards this process runs. */
    public List<Integer> shardIds() {
        return shards.getShards().stream()
                .map(jda -> jda.getShardInfo().getShardId())
                .sorted()
                .toList();
    }

    /**
     * How long {@link #close()} waits for the inputs in hand, and then for each shard to disconnect;
     * 10 seconds unless set.
     */
    public DiscordBot stopWithin(Duration patience) {
        if (patience.isNegative() || patience.isZero()) {
            throw new IllegalArgumentException("the time to stop must be positive: " + patience);
        }
        this.patience = patience;
        return this;
    }

    /** Finishes the inputs in hand (answering interactions still waiting), then disconnects every shard. */
    @Override
    public void close() {
        listener.closing();
        List<JDA> all = List.copyOf(shards.getShards());
        Duration wait = patience;
        try {
            if (!lanes.shutdown(wait)) {
                LOG.warn("Some inputs were still being handled after {}; they were cut short.", wait);
            }
            shards.shutdown();
            for (JDA shard : all) {
                if (!shard.awaitShutdown(wait)) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.forEach(JDA::shutdownNow);
        } finally {
            timer.shutdownNow();
            release(http);
        }
        LOG.info("Discord bot stopped.");
    }
}
