package dev.sobes.telegram;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.model.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
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
 *
 * <p>A command's argument that names a person becomes {@link Command#mention}: a mention by id (a
 * {@code text_mention}, which Telegram makes when someone without a username is picked from the
 * member list), or an {@code @username} of someone the bot has seen ({@link Usernames}). A command
 * that names a person ({@code /interview}) sent as a reply to someone's message names the author
 * of that message, unless it names someone itself. An {@code @username} such a command cannot
 * resolve is answered with a note on how to name the person instead.
 *
 * <p>A document becomes a {@link FileOffered}: every document in a private chat, and in a group a
 * document that replies to one of the bot's messages or whose caption starts with {@code /upload}
 * ({@code /upload@botname} naming this bot) or with the bot's {@code @username}. Other documents
 * in a group are not for the bot (people share files with each other there).
 */
final class UpdateTranslator {
    /** The updates the bot asks Telegram for. */
    static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    /** Commands whose argument names a person, so that a reply to someone's message names them. */
    static final Set<String> NAMING_COMMANDS = Set.of("interview");

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\\s|$)");
    /** The command a file's caption may carry in a group to hand the file to the bot. */
    static final String UPLOAD = "upload";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final long botId;
    private final String botUsername;
    private final Usernames usernames;

    UpdateTranslator(long botId, String botUsername) {
        this(botId, botUsername, new Usernames());
    }

    UpdateTranslator(long botId, String botUsername, Usernames usernames) {
        this.botId = botId;
        this.botUsername = botUsername;
        this.usernames = usernames;
    }

    /** What to do with one update. */
    sealed interface Translation permits Accepted, FileOffered, Ignored, RightsChanged {
        /** The callback query to answer, so the button stops spinning, whatever else happens. */
        @Nullable
        String callbackId();
    }

    /**
     * An input for the engine.
     *
     * @param messageId the person's message that brought the input, where there is one (so that
     *     it can be deleted when it should not stay where others read it)
     */
    record Accepted(
            UserInput input,
            @Nullable String callbackId,
            @Nullable Integer messageId) implements Translation {}

    /**
     * A file sent to the bot: it becomes an {@link Upload} once fetched from Telegram.
     *
     * @param size the size Telegram reports, when it reports one
     */
    record FileOffered(
            Conversation conversation,
            Person person,
            String fileId,
            String fileName,
            String mediaType,
            @Nullable Long size,
            String sourceId)
            implements Translation {
        @Override
        public @Nullable String callbackId() {
            return null;
        }

        /** The upload, once the file's bytes are here. */
        Upload upload(byte[] content) {
            return new Upload(conversation, person, new Attachment(fileName, mediaType, content), sourceId);
        }
    }

    /** The bot's own membership or rights in a chat changed: what is known about them is out of date. */
    record RightsChanged(String chatId) implements Translation {
        @Override
        public @Nullable String callbackId() {
            return null;
        }
    }

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

    /** A note from the adapter itself: a key of {@link AdapterTexts} for one chat, with plain-text arguments. */
    record Notice(String chatId, @Nullable Integer threadId, String key, Lang lang, List<String> args) {
        Notice {
            args = List.copyOf(args);
        }

        Notice(String chatId, @Nullable Integer threadId, String key, Lang lang) {
            this(chatId, threadId, key, lang, List.of());
        }
    }

    Translation translate(Update update) {
        String sourceId = String.valueOf(update.getUpdateId());
        if (update.getMessage() != null) {
            return message(update.getMessage(), sourceId);
        }
        if (update.getCallbackQuery() != null) {
            return callback(update.getCallbackQuery(), sourceId);
        }
        if (update.getMyChatMember() != null && update.getMyChatMember().getChat() != null) {
            return new RightsChanged(chatId(update.getMyChatMember().getChat()));
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
        usernames.saw(from);
        Message replied = repliedTo(message);
        if (replied != null) {
            usernames.saw(replied.getFrom());
        }
        boolean group = !"private".equals(chat.getType());
        Integer thread = thread(message);
        Conversation conversation =
                new Conversation(Platform.TELEGRAM, chatId(chat), thread == null ? null : thread.toString(), group);
        Person person = person(from);
        Document document = message.getDocument();
        if (document != null && document.getFileId() != null) {
            if (group && !repliesToBot(message) && !addressedByCaption(message.getCaption())) {
                return new Ignored("a file in a group not addressed to the bot");
            }
            return new FileOffered(
                    conversation,
                    person,
                    document.getFileId(),
                    fileName(document.getFileName()),
                    mediaType(document.getMimeType()),
                    document.getFileSize(),
                    sourceId);
        }
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
            String name = command.group(1).toLowerCase(Locale.ROOT);
            Arguments arguments = arguments(message, text, command.end());
            if (NAMING_COMMANDS.contains(name) && !arguments.unknown().isEmpty()) {
                return new Ignored(
                        "a command naming someone the bot has not seen",
                        new Notice(
                                conversation.chatId(),
                                thread,
                                "notice.unknown-mention",
                                lang(from),
                                List.of(arguments.unknown().get(0), "/" + name)),
                        null);
            }
            List<String> args = new ArrayList<>(arguments.words());
            User author = replied == null ? null : replied.getFrom();
            if (NAMING_COMMANDS.contains(name)
                    && args.stream().noneMatch(a -> a.startsWith(Command.MENTION_PREFIX))
                    && author != null
                    && author.getId() != null
                    && !Boolean.TRUE.equals(author.getIsBot())) {
                args.add(Command.MENTION_PREFIX + author.getId());
            }
            return new Accepted(
                    new Command(conversation, person, command.group(1), args, sourceId), null, message.getMessageId());
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
        return new Accepted(new TextMessage(conversation, person, text, sourceId), null, message.getMessageId());
    }

    /**
     * The words after a command, with mentions of people as {@link Command#mention} arguments;
     * {@code unknown} holds the {@code @usernames} of people the bot has not seen.
     */
    private record Arguments(List<String> words, List<String> unknown) {}

    private Arguments arguments(Message message, String text, int from) {
        StringBuilder rest = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        int at = from;
        List<MessageEntity> entities = message.getEntities() == null ? List.of() : message.getEntities();
        List<MessageEntity> sorted = entities.stream()
                .filter(e -> e != null && e.getOffset() != null && e.getLength() != null)
                .sorted(Comparator.comparingInt(MessageEntity::getOffset))
                .toList();
        for (MessageEntity entity : sorted) {
            int start = entity.getOffset();
            int end = start + entity.getLength();
            if (start < at || end > text.length()) {
                continue;
            }
            Long person = null;
            if ("text_mention".equals(entity.getType()) && entity.getUser() != null) {
                usernames.saw(entity.getUser());
                person = entity.getUser().getId();
            } else if ("mention".equals(entity.getType()) && text.charAt(start) == '@') {
                String username = text.substring(start + 1, end);
                if (!username.equalsIgnoreCase(botUsername)) {
                    person = usernames.id(username).orElse(null);
                    if (person == null) {
                        unknown.add(text.substring(start, end));
                    }
                }
            }
            if (person != null) {
                rest.append(text, at, start)
                        .append(' ')
                        .append(Command.MENTION_PREFIX)
                        .append(person)
                        .append(' ');
                at = end;
            }
        }
        rest.append(text, at, text.length());
        String words = rest.toString().strip();
        return new Arguments(words.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(words, -1)), unknown);
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
        usernames.saw(from);
        Chat chat = message.getChat();
        Integer thread = message instanceof Message m ? thread(m) : null;
        Conversation conversation = new Conversation(
                Platform.TELEGRAM,
                chatId(chat),
                thread == null ? null : thread.toString(),
                !"private".equals(chat.getType()));
        return new Accepted(new ButtonPress(conversation, person(from), data, sourceId), id, null);
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

    /** Whether a caption starts with {@code /upload} (for this bot, if it names one) or with the bot's @username. */
    private boolean addressedByCaption(@Nullable String caption) {
        if (caption == null) {
            return false;
        }
        String start = caption.strip();
        Matcher command = COMMAND.matcher(start);
        if (command.find()) {
            String target = command.group(2);
            return command.group(1).equalsIgnoreCase(UPLOAD)
                    && (target == null || target.equalsIgnoreCase(botUsername));
        }
        String mention = "@" + botUsername;
        return start.regionMatches(true, 0, mention, 0, mention.length())
                && (start.length() == mention.length() || !isUsernameChar(start.charAt(mention.length())));
    }

    private static boolean isUsernameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A file's name as a plain name: no folders, never blank. */
    static String fileName(@Nullable String name) {
        String plain = name == null ? "" : name.strip();
        plain = plain.substring(Math.max(plain.lastIndexOf('/'), plain.lastIndexOf('\\')) + 1)
                .strip();
        return plain.isEmpty() ? "file" : plain;
    }

    private static String mediaType(@Nullable String type) {
        return type == null || type.isBlank() ? "application/octet-stream" : type.strip();
    }

    private boolean repliesToBot(Message message) {
        Message replied = repliedTo(message);
        User author = replied == null ? null : replied.getFrom();
        return author != null && author.getId() != null && author.getId() == botId;
    }

    /**
     * The message this one replies to, if it replies to one. In a forum topic every message that
     * replies to nothing carries the topic's first message instead; that is not a reply.
     */
    private static @Nullable Message repliedTo(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null) {
            return null;
        }
        boolean topicStart = replied.getForumTopicCreated() != null
                || (Boolean.TRUE.equals(message.getIsTopicMessage())
                        && Objects.equals(replied.getMessageId(), message.getMessageThreadId()));
        return topicStart ? null : replied;
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
