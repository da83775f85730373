package dev.sobes.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The operations endpoint: {@code GET /health} (200 when the database and every platform this
 * process serves are up, 503 otherwise, with a JSON body naming each) and {@code GET /metrics}
 * (Prometheus text format). It serves nothing else, and never shows a setting's value.
 */
final class OpsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, BooleanSupplier> checks;
    private final Supplier<String> metrics;

    private OpsServer(
            HttpServer server,
            ExecutorService executor,
            Map<String, BooleanSupplier> checks,
            Supplier<String> metrics) {
        this.server = server;
        this.executor = executor;
        this.checks = checks;
        this.metrics = metrics;
    }

    /**
     * Starts listening.
     *
     * @param checks what /health checks, by name, in order
     */
    static OpsServer start(String bind, int port, Map<String, BooleanSupplier> checks, Supplier<String> metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bind, port), 16);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingException(
                    "The operations endpoint cannot listen on " + bind + ":" + port + " ("
                            + e.getMessage() + "). Set " + Settings.HTTP_PORT + " to a free port, or off, and "
                            + Settings.HTTP_BIND + " to an address of this machine.",
                    e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "sobes-ops-http");
            thread.setDaemon(true);
            return thread;
        });
        OpsServer ops = new OpsServer(server, executor, new LinkedHashMap<>(checks), metrics);
        server.createContext("/health", ops::health);
        server.createContext("/metrics", ops::metrics);
        server.createContext("/", exchange -> respond(exchange, 404, "text/plain", "Not found: /health, /metrics\n"));
        server.setExecutor(executor);
        server.start();
        return ops;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void health(HttpExchange exchange) throws IOException {
        StringBuilder body = new StringBuilder("{");
        boolean allUp = true;
        for (Map.Entry<String, BooleanSupplier> check : checks.entrySet()) {
            boolean up;
            try {
                up = check.getValue().getAsBoolean();
            } catch (RuntimeException e) {
                up = false;
            }
            allUp &= up;
            body.append('"')
                    .append(check.getKey())
                    .append("\":\"")
                    .append(up ? "up" : "down")
                    .append("\",");
        }
        body.append("\"status\":\"").append(allUp ? "up" : "down").append("\"}\n");
        respond(exchange, allUp ? 200 : 503, "application/json", body.toString());
    }

    private void metrics(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get());
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
