package dev.sobes.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches files people send: {@code getFile} for the file's path, then the bytes from the Bot API
 * server's file address ({@code <api url>/file/bot<token>/<file_path>}, on the configured server,
 * which may be a self-hosted one). Both steps run on the HTTP client's threads, never on a chat's
 * worker. A file is never read past the limit it is fetched with. The file address holds the
 * token, so it is never logged.
 */
final class Downloads {
    private final TelegramClient client;
    private final OkHttpClient http;
    private final HttpUrl files;

    /** A file over the limit it was fetched with. */
    static final class TooBig extends Exception {
        private static final long serialVersionUID = 1L;

        TooBig() {
            super("the file is over the size limit");
        }
    }

    /**
     * @param apiUrl the Bot API server, {@code scheme://host[:port]}
     */
    Downloads(TelegramClient client, OkHttpClient http, String apiUrl, String token) {
        this.client = client;
        this.http = http;
        this.files = HttpUrl.get(apiUrl)
                .newBuilder()
                .encodedPath("/")
                .addPathSegment("file")
                .addPathSegment("bot" + token)
                .build();
    }

    /** The file's bytes; fails with {@link TooBig} when it has more than {@code maxBytes}. */
    CompletableFuture<byte[]> fetch(String fileId, int maxBytes) {
        CompletableFuture<File> located;
        try {
            located = client.executeAsync(GetFile.builder().fileId(fileId).build());
        } catch (TelegramApiException e) {
            return CompletableFuture.failedFuture(e);
        }
        return located.thenCompose(file -> {
            Long size = file.getFileSize();
            if (size != null && size > maxBytes) {
                return CompletableFuture.failedFuture(new TooBig());
            }
            String path = file.getFilePath();
            if (path == null || path.isBlank()) {
                return CompletableFuture.failedFuture(new IOException("Telegram gave no path for the file"));
            }
            return download(files.newBuilder().addPathSegments(path).build(), maxBytes);
        });
    }

    private CompletableFuture<byte[]> download(HttpUrl url, int maxBytes) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        http.newCall(new Request.Builder().url(url).get().build()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                bytes.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    ResponseBody body = response.body();
                    if (!response.isSuccessful()) {
                        // The message leaves the address out: it holds the token.
                        throw new IOException("the file server answered HTTP " + response.code());
                    }
                    try (InputStream in = body.byteStream()) {
                        byte[] read = in.readNBytes(maxBytes + 1);
                        if (read.length > maxBytes) {
                            bytes.completeExceptionally(new TooBig());
                        } else {
                            bytes.complete(read);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    bytes.completeExceptionally(e);
                }
            }
        });
        return bytes;
    }

    /** Whether a fetch failed because the file is too big (by its size, or as Telegram refused it). */
    static boolean tooBig(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof TooBig) {
            return true;
        }
        return cause instanceof TelegramApiRequestException request
                && request.getApiResponse() != null
                && request.getApiResponse().toLowerCase(Locale.ROOT).contains("file is too big");
    }

    /** The failure itself, out of the wrappers futures put around it. */
    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
