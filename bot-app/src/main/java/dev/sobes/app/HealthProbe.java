package dev.sobes.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a running Sobes on this machine for its health, as a container's health check does. */
final class HealthProbe {
    private HealthProbe() {}

    static int probe(Settings settings, PrintStream out, PrintStream err) {
        Integer port = settings.httpPort(Settings.DEFAULT_HTTP_PORT);
        if (port == null || port == 0) {
            err.println(Settings.HTTP_PORT + " is off or 0 here, so there is no known port to ask; set it to the"
                    + " port the running Sobes listens on.");
            return Sobes.EXIT_CONFIG;
        }
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            out.print(response.body());
            return response.statusCode() == 200 ? Sobes.EXIT_OK : Sobes.EXIT_FAILURE;
        } catch (IOException e) {
            err.println("No answer from http://127.0.0.1:" + port + "/health: " + e.getMessage());
            return Sobes.EXIT_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sobes.EXIT_FAILURE;
        }
    }
}
