package dev.sobes.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook endpoint: a small HTTP server that takes Telegram's POSTs of updates. A request
 * without the secret Telegram was given is refused; an update is answered 200 once it is handled
 * (its answer saved and its replies queued), so Telegram redelivers what a crash interrupted.
 */
final class WebhookEndpoint implements AutoCloseable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);
    private static final int MAX_BODY = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TelegramSettings.Webhook settings;
    private final Router router;
    private final Redactor redactor;
    private final byte[] secret;
    private final ExecutorService threads;
    private @Nullable HttpServer server;
    private volatile boolean open = true;

    WebhookEndpoint(TelegramSettings.Webhook settings, Router router, Redactor redactor, int threads) {
        this.settings = settings;
        this.router = router;
        this.redactor = redactor;
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.threads = Executors.newFixedThreadPool(threads, Threads.daemon("telegram-webhook"));
    }

    void start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(settings.bindHost(), settings.port()), 128);
        http.createContext(settings.path(), this::serve);
        http.setExecutor(threads);
        http.start();
        server = http;
    }

    /** The port the endpoint listens on (the chosen one when the settings said 0). */
    int port() {
        HttpServer http = server;
        return http == null ? -1 : http.getAddress().getPort();
    }

    /** New requests get 503 (Telegram keeps the update and tries again later). */
    void stopAccepting() {
        open = false;
    }

    @Override
    public void close() {
        open = false;
        HttpServer http = server;
        if (http != null) {
            http.stop(1);
        }
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!settings.path().equals(exchange.getRequestURI().getPath())) {
                respond(exchange, 404);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405);
                return;
            }
            String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Refused a webhook request from {} without the right secret", exchange.getRemoteAddress());
                respond(exchange, 401);
                return;
            }
            if (!open) {
                respond(exchange, 503);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                respond(exchange, 413);
                return;
            }
            Update update;
            try {
                update = JSON.readValue(body, Update.class);
            } catch (IOException e) {
                log.warn("Refused a webhook request that is not an update: {}", redactor.describe(e));
                respond(exchange, 400);
                return;
            }
            try {
                router.submit(update).get(60, TimeUnit.SECONDS);
                respond(exchange, 200);
            } catch (ExecutionException | TimeoutException e) {
                log.error("Update {} was not handled in time: {}", update.getUpdateId(), redactor.describe(e));
                respond(exchange, 500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 503);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }
}
