package dev.sobes.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling through TelegramBots. The library leaves its poll running on close, so the poll's
 * threads are daemons, a poll in flight is ended by closing its socket, and a batch that arrives
 * after closing is left unhandled and unconfirmed (Telegram delivers it again on the next start).
 */
final class Poller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Poller.class);

    private final String token;
    private final TelegramUrl url;
    private final Duration pollTimeout;
    private final Duration connectTimeout;
    private final Router router;
    private final Redactor redactor;
    private final ExecutorService httpThreads = Executors.newCachedThreadPool(Threads.daemon("telegram-poll-http"));
    private final ClosableSockets sockets = new ClosableSockets();
    private final ScheduledExecutorService pollThread =
            Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-poll"));
    private @Nullable OkHttpClient http;
    private @Nullable TelegramBotsLongPollingApplication application;
    private @Nullable BotSession session;
    private volatile boolean closed;
    // Whether the last poll reached the Bot API and was answered; a poll in flight leaves it as it was.
    private volatile boolean reachable = true;

    Poller(
            String token,
            TelegramUrl url,
            Duration pollTimeout,
            Duration connectTimeout,
            Router router,
            Redactor redactor) {
        this.token = token;
        this.url = url;
        this.pollTimeout = pollTimeout;
        this.connectTimeout = connectTimeout;
        this.router = router;
        this.redactor = redactor;
    }

    /** Starts polling; TelegramBots first deletes any webhook, and fails if it cannot. */
    void start() throws TelegramApiException {
        OkHttpClient client = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(httpThreads))
                .socketFactory(sockets)
                // a retry would open a fresh poll right after closing cut the last one
                .retryOnConnectionFailure(false)
                .addInterceptor(chain -> {
                    if (closed) {
                        return noUpdates(chain.request());
                    }
                    try {
                        Response response = chain.proceed(chain.request());
                        reachable = response.isSuccessful();
                        return response;
                    } catch (IOException e) {
                        if (closed) {
                            return noUpdates(chain.request());
                        }
                        reachable = false;
                        throw e;
                    }
                })
                .connectTimeout(connectTimeout)
                .readTimeout(pollTimeout.plus(Duration.ofSeconds(15)))
                .build();
        http = client;
        TelegramBotsLongPollingApplication app =
                new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> client, () -> pollThread);
        application = app;
        session = app.registerBot(token, () -> url, this::request, this::consume);
    }

    /** What a poll ended by closing answers: no updates, so the library neither logs nor backs off. */
    private static Response noUpdates(Request request) {
        return new Response.Builder()
                .request(request)
                .protocol(Protocol.HTTP_1_1)
                .code(200)
                .message("OK")
                .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", MediaType.get("application/json")))
                .build();
    }

    private GetUpdates request(Integer lastReceived) {
        return GetUpdates.builder()
                .offset(lastReceived + 1)
                .limit(100)
                .timeout((int) Math.max(0, pollTimeout.toSeconds()))
                .allowedUpdates(UpdateTranslator.ALLOWED_UPDATES)
                .build();
    }

    private void consume(List<Update> updates) {
        if (closed) {
            return;
        }
        try {
            router.handleAll(updates);
        } catch (RuntimeException e) {
            // An exception escaping here would silently end the library's polling loop.
            log.error("Could not handle a batch of {} updates: {}", updates.size(), redactor.describe(e));
        }
    }

    /** Whether the last poll was answered by the Bot API: false while Telegram is out of reach or refuses. */
    boolean reachable() {
        return reachable && !closed;
    }

    /** Stops asking for updates and cancels a poll in flight. */
    void stopPolling() {
        closed = true;
        BotSession current = session;
        if (current != null) {
            current.stop();
        }
        sockets.closeAll();
        pollThread.shutdown();
        try {
            if (!pollThread.awaitTermination(2, TimeUnit.SECONDS)) {
                pollThread.shutdownNow();
            }
        } catch (InterruptedException e) {
            pollThread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopPolling();
        TelegramBotsLongPollingApplication app = application;
        if (app != null) {
            try {
                app.close();
            } catch (Exception e) {
                log.debug("Closing the polling application: {}", redactor.describe(e));
            }
        }
        OkHttpClient client = http;
        if (client != null) {
            client.connectionPool().evictAll();
        }
        httpThreads.shutdownNow();
    }
}
