package dev.sobes.telegram;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Makes one queued call through TelegramBots and says how it went, in the queue's terms. */
final class Delivery {
    private static final LinkPreviewOptions NO_PREVIEW =
            LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramClient client;
    private final Redactor redactor;

    Delivery(TelegramClient client, Redactor redactor) {
        this.client = client;
        this.redactor = redactor;
    }

    /** How a call went. */
    sealed interface Outcome permits Done, RateLimited, Failed, Refused {}

    /** Telegram accepted it; {@code messageId} is the message sent or edited. */
    record Done(@Nullable Integer messageId) implements Outcome {}

    /** 429: try again after {@code retryAfter}. */
    record RateLimited(Duration retryAfter) implements Outcome {}

    /** No answer or a server error: it may work later. */
    record Failed(String reason) implements Outcome {}

    /** Telegram refused it (4xx other than 429): sending the same again would fail again. */
    record Refused(int code, String description) implements Outcome {
        boolean says(String words) {
            return description.toLowerCase(Locale.ROOT).contains(words);
        }
    }

    Outcome deliver(Outgoing call) {
        try {
            if (call instanceof Outgoing.Send send) {
                Message sent = client.execute(SendMessage.builder()
                        .chatId(send.chatId())
                        .messageThreadId(send.threadId())
                        .text(
                                send.text().asHtml()
                                        ? send.text().html()
                                        : send.text().plain())
                        .parseMode(send.text().asHtml() ? ParseMode.HTML : null)
                        .replyMarkup(send.keyboard())
                        .linkPreviewOptions(NO_PREVIEW)
                        .build());
                return new Done(sent == null ? null : sent.getMessageId());
            }
            if (call instanceof Outgoing.SendFile file) {
                return new Done(sendFile(file));
            }
            if (call instanceof Outgoing.Edit edit) {
                Integer id = edit.original().id(edit.index());
                if (id == null) {
                    return new Refused(400, "Bad Request: message to edit not found (it was never sent)");
                }
                client.execute(EditMessageText.builder()
                        .chatId(edit.chatId())
                        .messageId(id)
                        .text(
                                edit.text().asHtml()
                                        ? edit.text().html()
                                        : edit.text().plain())
                        .parseMode(edit.text().asHtml() ? ParseMode.HTML : null)
                        .replyMarkup(edit.keyboard())
                        .linkPreviewOptions(NO_PREVIEW)
                        .build());
                return new Done(id);
            }
            if (call instanceof Outgoing.Delete delete) {
                Integer id = delete.original().id(delete.index());
                if (id == null) {
                    return new Done(null);
                }
                client.execute(DeleteMessage.builder()
                        .chatId(delete.chatId())
                        .messageId(id)
                        .build());
                return new Done(id);
            }
            if (call instanceof Outgoing.DeleteInput delete) {
                client.execute(DeleteMessage.builder()
                        .chatId(delete.chatId())
                        .messageId(delete.messageId())
                        .build());
                return new Done(null);
            }
            throw new IllegalStateException("no delivery for " + call.getClass().getSimpleName());
        } catch (TelegramApiRequestException e) {
            return classify(e);
        } catch (TelegramApiValidationException e) {
            return new Refused(0, "the library refused the call: " + redactor.redact(e.getMessage()));
        } catch (TelegramApiException | RuntimeException e) {
            return new Failed(redactor.describe(e));
        }
    }

    /** sendPhoto or sendDocument, the file as a new upload (a multipart form), made afresh for each attempt. */
    private @Nullable Integer sendFile(Outgoing.SendFile call) throws TelegramApiException {
        InputFile upload = new InputFile(
                new ByteArrayInputStream(call.file().content()), call.file().fileName());
        Outgoing.Text caption = call.caption();
        String text = caption == null ? null : caption.asHtml() ? caption.html() : caption.plain();
        String parseMode = caption != null && caption.asHtml() ? ParseMode.HTML : null;
        Message sent;
        if (call.photo()) {
            sent = client.execute(SendPhoto.builder()
                    .chatId(call.chatId())
                    .messageThreadId(call.threadId())
                    .photo(upload)
                    .caption(text)
                    .parseMode(parseMode)
                    .build());
        } else {
            sent = client.execute(SendDocument.builder()
                    .chatId(call.chatId())
                    .messageThreadId(call.threadId())
                    .document(upload)
                    .caption(text)
                    .parseMode(parseMode)
                    .build());
        }
        return sent == null ? null : sent.getMessageId();
    }

    private Outcome classify(TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 429) {
            ResponseParameters parameters = e.getParameters();
            Integer seconds = parameters == null ? null : parameters.getRetryAfter();
            return new RateLimited(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
        }
        if (code == 0 || code >= 500) {
            // 0: the answer was not Telegram's JSON at all (a proxy's error page, a cut connection)
            return new Failed(redactor.describe(e));
        }
        return new Refused(code, redactor.redact(Objects.requireNonNullElse(e.getApiResponse(), e.getMessage())));
    }
}
