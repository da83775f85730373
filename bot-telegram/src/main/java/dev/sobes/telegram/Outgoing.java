package dev.sobes.telegram;

import dev.sobes.core.chat.Attachment;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** One Bot API call waiting in its chat's lane of the outbound queue. */
sealed interface Outgoing
        permits Outgoing.Send, Outgoing.SendFile, Outgoing.Edit, Outgoing.Delete, Outgoing.DeleteInput {
    /** The chat the call goes to: the lane it waits in and the limits it counts against. */
    String chatId();

    /** A message's text: HTML, and the same without markup for when Telegram cannot parse the HTML. */
    record Text(String html, String plain, boolean asHtml) {
        Text asPlain() {
            return new Text(html, plain, false);
        }
    }

    /**
     * A note for a group, sent there when a private message to one of its members is refused
     * because the person never started the bot.
     */
    record PrivateFallback(String groupChatId, @Nullable Integer groupThreadId, Text notice) {}

    /** sendMessage; its id is recorded as piece {@code index} of {@code record}. */
    record Send(
            String chatId,
            @Nullable Integer threadId,
            Text text,
            @Nullable InlineKeyboardMarkup keyboard,
            @Nullable Delivered record,
            int index,
            @Nullable PrivateFallback fallback)
            implements Outgoing {
        Send withText(Text value) {
            return new Send(chatId, threadId, value, keyboard, record, index, fallback);
        }
    }

    /**
     * sendPhoto ({@code photo}: the file is an image) or sendDocument of a file that goes with a
     * reply, before the reply's text.
     *
     * @param caption a caption under the file, or null for none
     */
    record SendFile(
            String chatId,
            @Nullable Integer threadId,
            Attachment file,
            boolean photo,
            @Nullable Text caption,
            @Nullable PrivateFallback fallback)
            implements Outgoing {
        SendFile withCaption(@Nullable Text value) {
            return new SendFile(chatId, threadId, file, photo, value, fallback);
        }
    }

    /** editMessageText of piece {@code index} of {@code original}; a message that is gone is sent anew. */
    record Edit(
            String chatId,
            @Nullable Integer threadId,
            Delivered original,
            int index,
            Text text,
            @Nullable InlineKeyboardMarkup keyboard,
            Delivered record)
            implements Outgoing {
        Edit withText(Text value) {
            return new Edit(chatId, threadId, original, index, value, keyboard, record);
        }

        Send asSend() {
            return new Send(chatId, threadId, text, keyboard, record, index, null);
        }
    }

    /** deleteMessage of piece {@code index} of {@code original}: a replacement shorter than the original. */
    record Delete(String chatId, Delivered original, int index) implements Outgoing {}

    /**
     * deleteMessage of a person's message that should not stay where others read it; when the bot
     * may not delete it, the calls {@code otherwise} (a warning to the person) are made instead.
     * A message that is already gone needs neither.
     */
    record DeleteInput(String chatId, int messageId, List<Outgoing> otherwise) implements Outgoing {
        public DeleteInput {
            otherwise = List.copyOf(otherwise);
        }
    }
}
