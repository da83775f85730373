package dev.sobes.telegram;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.model.Lang;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into an input for the engine, or says why it is left alone. Reads
 * commands from the text and its entities itself: TelegramBots' {@code Message.isCommand()} is
 * false on a message fresh from the wire.
 */
final class UpdateTranslator {
    /** The updates the bot asks Telegram for. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\\s|$)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final long botId;
    private final String botUsername;

    UpdateTranslator(long botId, String botUsername) {
        this.botId = botId;
        this.botUsername = botUsername;
    }

    /** What to do with one update. */
    sealed interface Translation permits Accepted, Ignored {
        /** The callback query to answer, so the button stops spinning, whatever else happens. */
        @Nullable
        String callbackId();
    }

    record Accepted(UserInput input, @Nullable String callbackId) implements Translation {}

    /**
     * An update the engine does not see, with the reason (for the log) and, where a person expects
     * an answer, a short notice to send them.
     */
    record Ignored(
            String reason,
            @Nullable Notice notice,
            @Nullable String callbackId) implements Translation {
        Ignored(String reason) {
            this(reason, null, null);
        }
    }

    /** A note from the adapter itself: a key of {@link AdapterTexts} for one chat. */
    record Notice(String chatId, @Nullable Integer threadId, String key, Lang lang) {}

    Translation translate(Update update) {
        String sourceId = String.valueOf(update.getUpdateId());
        if (update.getMessage() != null) {
            return message(update.getMessage(), sourceId);
        }
        if (update.getCallbackQuery() != null) {
            return callback(update.getCallbackQuery(), sourceId);
        }
        if (update.getEditedMessage() != null) {
            Message edited = update.getEditedMessage();
            Chat chat = edited.getChat();
            User from = edited.getFrom();
            boolean direct = chat != null && "private".equals(chat.getType()) && from != null;
            return new Ignored(
                    "edited messages are not read",
                    direct ? new Notice(chatId(chat), null, "notice.edit-ignored", lang(from)) : null,
                    null);
        }
        return new Ignored("an update of a kind the bot does not handle");
    }

    private Translation message(Message message, String sourceId) {
        Chat chat = message.getChat();
        User from = message.getFrom();
        if (chat == null || "channel".equals(chat.getType())) {
            return new Ignored("a channel post");
        }
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return new Ignored("a message not sent by a person");
        }
        boolean group = !"private".equals(chat.getType());
        Integer thread = thread(message);
        Conversation conversation =
                new Conversation(Platform.TELEGRAM, chatId(chat), thread == null ? null : thread.toString(), group);
        Person person = person(from);
        String text = message.getText();
        if (text == null || text.isEmpty()) {
            return new Ignored(
                    "a message without text",
                    group ? null : new Notice(conversation.chatId(), thread, "notice.text-only", lang(from)),
                    null);
        }
        Matcher command = command(message, text);
        if (command != null) {
            String target = command.group(2);
            if (target != null && !target.equalsIgnoreCase(botUsername)) {
                return new Ignored("a command for @" + target);
            }
            String rest = text.substring(command.end()).strip();
            List<String> args = rest.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(rest, -1));
            return new Accepted(new Command(conversation, person, command.group(1), args, sourceId), null);
        }
        if (group) {
            String mention = "@" + botUsername;
            boolean mentioned = text.regionMatches(true, 0, mention, 0, mention.length());
            if (!repliesToBot(message) && !mentioned) {
                return new Ignored("a group message not addressed to the bot");
            }
            if (mentioned) {
                text = text.substring(mention.length()).strip();
            }
        }
        return new Accepted(new TextMessage(conversation, person, text, sourceId), null);
    }

    private Translation callback(CallbackQuery query, String sourceId) {
        String id = query.getId();
        MaybeInaccessibleMessage message = query.getMessage();
        User from = query.getFrom();
        String data = query.getData();
        if (message == null || message.getChat() == null) {
            return new Ignored("a button under an inline message", null, id);
        }
        if (from == null || data == null || data.isEmpty()) {
            return new Ignored("a callback without data", null, id);
        }
        Chat chat = message.getChat();
        Integer thread = message instanceof Message m ? thread(m) : null;
        Conversation conversation = new Conversation(
                Platform.TELEGRAM,
                chatId(chat),
                thread == null ? null : thread.toString(),
                !"private".equals(chat.getType()));
        return new Accepted(new ButtonPress(conversation, person(from), data, sourceId), id);
    }

    /**
     * The command at the start of the text: from its {@code bot_command} entity when Telegram sent
     * entities, from the text itself when it did not.
     */
    private static @Nullable Matcher command(Message message, String text) {
        Matcher matcher = COMMAND.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        List<MessageEntity> entities = message.getEntities();
        if (entities == null) {
            return matcher;
        }
        for (MessageEntity entity : entities) {
            if (entity != null
                    && "bot_command".equals(entity.getType())
                    && Integer.valueOf(0).equals(entity.getOffset())
                    && entity.getLength() != null
                    && entity.getLength() == matcher.end()) {
                return matcher;
            }
        }
        return null;
    }

    private boolean repliesToBot(Message message) {
        Message replied = message.getReplyToMessage();
        User author = replied == null ? null : replied.getFrom();
        return author != null && author.getId() != null && author.getId() == botId;
    }

    private static @Nullable Integer thread(Message message) {
        return Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
    }

    private static String chatId(Chat chat) {
        return String.valueOf(chat.getId());
    }

    static Person person(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName().strip();
        if (user.getLastName() != null && !user.getLastName().isBlank()) {
            name = (name + " " + user.getLastName().strip()).strip();
        }
        if (name.isEmpty()) {
            name = user.getUserName() != null ? user.getUserName() : "id" + user.getId();
        }
        return new Person(new PersonId(Platform.TELEGRAM, String.valueOf(user.getId())), name, user.getLanguageCode());
    }

    static Lang lang(@Nullable User user) {
        return Lang.fromTag(user == null ? null : user.getLanguageCode());
    }
}
