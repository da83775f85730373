package dev.sobes.app;

import dev.sobes.app.console.ConsoleAdapter;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.store.StoreException;
import dev.sobes.discord.DiscordBot;
import dev.sobes.telegram.TelegramBot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ways of running: serving chat platforms, practice in the terminal, or the one the settings call for. */
final class Launch {
    /** The exit code of a stop that overran its grace: that of a process ended by SIGTERM. */
    static final int EXIT_STOP_OVERDUE = 143;

    private static final Logger LOG = LoggerFactory.getLogger(Launch.class);

    private Launch() {}

    static boolean anyBot(Settings settings) {
        return TelegramLauncher.configured(settings.asMap()) || DiscordLaunch.requested(settings.asMap());
    }

    /** Serves the configured platforms, or the terminal when none is. */
    static int run(Settings settings, PrintStream out, PrintStream err) throws IOException {
        settings.check();
        return anyBot(settings) ? serve(settings, err) : console(settings, out, err);
    }

    static int console(Settings settings, PrintStream out, PrintStream err) throws IOException {
        settings.check();
        String language = settings.language();
        Integer port = settings.httpPort(null);
        try (Services services = Services.open(settings, err)) {
            if (services == null) {
                return Sobes.EXIT_CONFIG;
            }
            // The conversation is keyed by the user name, so the next run resumes the same session.
            String user = settings.get("USER", System.getProperty("user.name", "me"));
            boolean ansi =
                    attachedToTerminal() && settings.get("NO_COLOR") == null && !"dumb".equals(settings.get("TERM"));
            ConsoleAdapter console = new ConsoleAdapter(
                    services.front,
                    user.isBlank() ? "me" : user,
                    language,
                    ansi,
                    Storage.filesFolder(services.database));
            services.outlets.to(Platform.CONSOLE, console::deliver);
            try (Bots bots = Bots.start(services, err);
                    OpsEndpoint ops = OpsEndpoint.start(settings, port, services, bots, err);
                    Wakeups wakeups = wakeups(services)) {
                bots.announce(err, "while you practise here");
                ops.announce(err);
                LOG.debug("event=console_started timers={}", wakeups);
                console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            }
        }
        return Sobes.EXIT_OK;
    }

    static int serve(Settings settings, PrintStream err) throws IOException {
        settings.check();
        if (!anyBot(settings)) {
            err.println("No chat platform is configured: set " + TelegramLauncher.TOKEN
                    + " (the token @BotFather gave your bot) or SOBES_DISCORD_TOKEN (see docs/configuration.md).");
            return Sobes.EXIT_CONFIG;
        }
        Integer port = settings.httpPort(Settings.DEFAULT_HTTP_PORT);
        Duration grace = settings.shutdownTimeout();
        Services services = Services.open(settings, err);
        if (services == null) {
            return Sobes.EXIT_CONFIG;
        }
        Bots bots;
        OpsEndpoint ops;
        try {
            bots = Bots.start(services, err);
            try {
                ops = OpsEndpoint.start(settings, port, services, bots, err);
            } catch (RuntimeException e) {
                bots.close();
                throw e;
            }
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        Wakeups wakeups = wakeups(services);
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM ends once the shutdown hooks have run, so the hook itself stops everything, in order:
        // no new timers, the bots finish the inputs in hand and send their replies, then the store closes.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            Instant start = Instant.now();
                            LOG.info("event=stopping grace_seconds={}", grace.toSeconds());
                            // Each part waits at most the grace; together they may not take much longer.
                            Thread overdue = new Thread(
                                    () -> {
                                        try {
                                            Thread.sleep(grace.plusSeconds(5).toMillis());
                                        } catch (InterruptedException e) {
                                            return;
                                        }
                                        LOG.warn("event=stop_overdue grace_seconds={}", grace.toSeconds());
                                        err.println("Sobes did not stop within " + grace.toSeconds()
                                                + " s (SOBES_SHUTDOWN_SECONDS); exiting anyway.");
                                        err.flush();
                                        Runtime.getRuntime().halt(EXIT_STOP_OVERDUE);
                                    },
                                    "sobes-stop-watchdog");
                            overdue.setDaemon(true);
                            overdue.start();
                            wakeups.close();
                            bots.close();
                            ops.close();
                            services.close();
                            LOG.info(
                                    "event=stopped millis={}",
                                    Duration.between(start, Instant.now()).toMillis());
                            err.println("Sobes stopped.");
                            err.flush();
                            overdue.interrupt();
                            stopped.countDown();
                        },
                        "sobes-shutdown"));
        bots.announce(err, "Stop it with Ctrl-C");
        ops.announce(err);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Sobes.EXIT_OK;
    }

    private static Wakeups wakeups(Services services) {
        Consumer<List<Reply>> deliver = replies -> {
            services.meters.countReplies(replies);
            services.outlets.deliver(replies);
        };
        Predicate<Conversation> serves = services.outlets::serves;
        return new Wakeups(services.store, services.engine, services.clock, serves, deliver)
                .start(Duration.ofSeconds(1));
    }

    // Sobes targets Java 17, where a null console is exactly how a run without a terminal shows.
    @SuppressWarnings("SystemConsoleNull")
    private static boolean attachedToTerminal() {
        return System.console() != null;
    }

    /** The operations endpoint, when a port is set; closing it stops it. */
    static final class OpsEndpoint implements AutoCloseable {
        private final @Nullable OpsServer server;
        private final String bind;

        private OpsEndpoint(@Nullable OpsServer server, String bind) {
            this.server = server;
            this.bind = bind;
        }

        static OpsEndpoint start(
                Settings settings, @Nullable Integer port, Services services, Bots bots, PrintStream err) {
            if (port == null) {
                return new OpsEndpoint(null, "");
            }
            Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
            checks.put("database", () -> {
                try {
                    services.store.wakeups(Instant.EPOCH);
                    return true;
                } catch (StoreException e) {
                    return false;
                }
            });
            checks.putAll(bots.checks());
            OpsServer server = OpsServer.start(settings.httpBind(), port, checks, services.meters::scrape);
            LOG.info("event=ops_endpoint_started bind={} port={}", settings.httpBind(), server.port());
            return new OpsEndpoint(server, settings.httpBind());
        }

        /** Says where the endpoint listens, when it does. */
        void announce(PrintStream to) {
            if (server != null) {
                to.println("Operations endpoint: http://" + bind + ":" + server.port() + "/health and /metrics.");
            }
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The chat bots this process runs, each started only when its token is set. */
    static final class Bots implements AutoCloseable {
        private final List<AutoCloseable> running = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        private volatile boolean closed;

        static Bots start(Services services, PrintStream err) {
            Bots bots = new Bots();
            Map<String, String> env = services.settings.asMap();
            try {
                if (TelegramLauncher.configured(env)) {
                    TelegramBot telegram =
                            TelegramLauncher.start(env, services.front, services.settings.shutdownTimeout());
                    bots.running.add(telegram);
                    bots.names.add("on Telegram as @" + telegram.username());
                    bots.checks.put("telegram", () -> !bots.closed && telegram.connected());
                    services.outlets.to(Platform.TELEGRAM, telegram::deliver);
                    services.meters.platform(
                            "telegram", telegram, TelegramBot::queuedReplies, TelegramBot::rateLimitedResponses);
                    LOG.info("event=platform_started platform=telegram username={}", telegram.username());
                }
                if (DiscordLaunch.requested(env)) {
                    DiscordBot discord =
                            DiscordLaunch.start(env, services, err).stopWithin(services.settings.shutdownTimeout());
                    bots.running.add(discord);
                    bots.names.add("on Discord, shards " + discord.shardIds());
                    bots.checks.put("discord", () -> !bots.closed && discord.connected());
                    services.outlets.to(Platform.DISCORD, discord::deliver, discord::reaches);
                    services.meters.platform(
                            "discord", discord, DiscordBot::queuedReplies, DiscordBot::rateLimitedResponses);
                    LOG.info("event=platform_started platform=discord shards={}", discord.shardIds());
                }
            } catch (RuntimeException e) {
                bots.close();
                throw e;
            }
            return bots;
        }

        Map<String, BooleanSupplier> checks() {
            return checks;
        }

        void announce(PrintStream to, String note) {
            if (!names.isEmpty()) {
                to.println("Sobes is " + String.join(" and ", names) + ". " + note + ".");
            }
        }

        @Override
        public void close() {
            closed = true;
            for (AutoCloseable bot : running) {
                try {
                    bot.close();
                } catch (Exception e) {
                    LOG.warn("event=platform_stop_failed reason=\"{}\"", e.getMessage());
                }
            }
            running.clear();
        }
    }
}
