package dev.sobes.testkit.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything the fake Telegram knows: users, chats, messages, pending updates, what the bot
 * registered, and what it did wrong. One lock guards it all; {@link #changed} is signalled on
 * every change, for long polls and for tests that wait.
 */
final class TelegramState {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COMMAND = Pattern.compile("(?<![\\S])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?");
    private static final Pattern MENTION = Pattern.compile("(?<![\\S])@[A-Za-z0-9_]{3,32}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();

    final String token;
    final long botId;
    final String botUsername;
    final boolean privacyMode;
    final Duration maxPollWait;
    final RateMeter meter;

    final Map<Long, UserState> users = new LinkedHashMap<>();
    final Map<Long, ChatState> chats = new LinkedHashMap<>();
    final Deque<ObjectNode> updates = new ArrayDeque<>();
    final List<Violation> violations = new ArrayList<>();
    final List<String> refusals = new ArrayList<>();
    final Map<String, Integer> calls = new TreeMap<>();
    /** Calls by method and the chat_id they named: {@code "sendmessage|7"}. */
    final Map<String, Integer> chatCalls = new HashMap<>();

    final Deque<Map.Entry<String, Fault>> faults = new ArrayDeque<>();
    final Map<String, Boolean> callbacks = new LinkedHashMap<>();
    final Map<String, String> callbackTexts = new HashMap<>();
    final Map<String, List<BotCommandEntry>> commands = new HashMap<>();
    /** Files people sent, by file_id. */
    final Map<String, StoredFile> files = new HashMap<>();

    @Nullable
    String webhookUrl;

    @Nullable
    String webhookSecret;

    int rateLimited;
    /** Every 429 answered, for going over the limits or injected. */
    int tooManyRequests;
    /** Files downloaded from {@code /file/bot<token>/<file_path>}. */
    int downloads;

    int webhookDeliveries;
    int webhookFailures;
    boolean closed;
    private int nextUpdateId = 50_000;
    private int nextFile = 1;
    private long seq;

    TelegramState(
            String token,
            long botId,
            String botUsername,
            boolean privacyMode,
            Duration maxPollWait,
            RateLimits limits) {
        this.token = token;
        this.botId = botId;
        this.botUsername = botUsername;
        this.privacyMode = privacyMode;
        this.maxPollWait = maxPollWait;
        this.meter = new RateMeter(limits);
    }

    static final class UserState {
        final long id;
        final String firstName;

        @Nullable
        String lastName;

        @Nullable
        String username;

        @Nullable
        String languageCode;

        boolean startedBot;

        /** Whether the person blocked the bot: Telegram then refuses every message to them (403). */
        boolean blockedBot;

        UserState(long id, String firstName) {
            this.id = id;
            this.firstName = firstName;
        }
    }

    static final class ChatState {
        final long id;
        final String type;
        final String title;
        final boolean forum;
        final Map<Integer, String> topics = new LinkedHashMap<>();
        final Map<Integer, StoredMessage> messages = new LinkedHashMap<>();
        /** The group's creator and administrators (not the bot): user id to "creator" or "administrator". */
        final Map<Long, String> admins = new LinkedHashMap<>();
        /** People who wrote in the group. */
        final Set<Long> members = new LinkedHashSet<>();
        /** Whether the bot is an administrator here, and whether it may delete others' messages. */
        boolean botAdmin;

        boolean botMayDelete;
        int nextMessageId = 1;

        ChatState(long id, String type, String title, boolean forum) {
            this.id = id;
            this.type = type;
            this.title = title;
            this.forum = forum;
        }

        boolean group() {
            return !type.equals("private");
        }
    }

    /**
     * A file a person sent. Its content may be left out for a file that is only ever too big to
     * fetch; it is then served as {@code size} zero bytes.
     */
    static final class StoredFile {
        final String fileId;
        final String uniqueId;
        final String fileName;
        final String mimeType;
        final long size;
        final String path;
        private final byte @Nullable [] content;

        StoredFile(
                String fileId,
                String uniqueId,
                String fileName,
                String mimeType,
                long size,
                byte @Nullable [] content) {
            this.fileId = fileId;
            this.uniqueId = uniqueId;
            this.fileName = fileName;
            this.mimeType = mimeType;
            this.size = size;
            this.content = content == null ? null : content.clone();
            int dot = fileName.lastIndexOf('.');
            this.path = "documents/file_" + uniqueId + (dot < 0 ? "" : fileName.substring(dot));
        }

        byte[] content() {
            return content == null ? new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)] : content.clone();
        }
    }

    StoredFile addFile(String fileName, String mimeType, long size, byte @Nullable [] content) {
        int n = nextFile++;
        StoredFile file =
                new StoredFile("doc-" + n + "-" + Long.toHexString(size), "f" + n, fileName, mimeType, size, content);
        files.put(file.fileId, file);
        return file;
    }

    static final class StoredMessage {
        final long chatId;
        final int id;
        final @Nullable Integer threadId;
        final long fromId;
        final boolean fromBot;
        final @Nullable StoredMessage replyTo;
        final int date;
        String text;
        String html;

        @Nullable
        String parseMode;

        List<List<InlineButton>> buttons;
        List<ObjectNode> entities = List.of();
        boolean photo;
        boolean document;

        /** The bot's photo or document, as sent. */
        @Nullable
        SentFile sentFile;

        /** A person's document. */
        @Nullable
        StoredFile file;

        int edits;
        long change;
        boolean deleted;

        StoredMessage(
                long chatId,
                int id,
                @Nullable Integer threadId,
                long fromId,
                boolean fromBot,
                @Nullable StoredMessage replyTo,
                String text) {
            this.chatId = chatId;
            this.id = id;
            this.threadId = threadId;
            this.fromId = fromId;
            this.fromBot = fromBot;
            this.replyTo = replyTo;
            this.date = (int) (System.currentTimeMillis() / 1000);
            this.text = text;
            this.html = text;
            this.buttons = List.of();
        }

        SentMessage snapshot() {
            return new SentMessage(
                    chatId, id, threadId, text, html, parseMode, buttons, edits, change, photo, document, sentFile);
        }
    }

    long nextSeq() {
        return ++seq;
    }

    long seq() {
        return seq;
    }

    ChatState chat(long id) {
        ChatState chat = chats.get(id);
        if (chat == null) {
            throw new IllegalStateException("no chat " + id);
        }
        return chat;
    }

    UserState user(long id) {
        UserState user = users.get(id);
        if (user == null) {
            throw new IllegalStateException("no user " + id);
        }
        return user;
    }

    ChatState privateChat(UserState user) {
        return chats.computeIfAbsent(user.id, id -> new ChatState(id, "private", user.firstName, false));
    }

    void call(String method) {
        calls.merge(method, 1, Integer::sum);
    }

    /** Counts a call of {@code method} naming {@code chatId} as its chat_id. */
    void callTo(String method, String chatId) {
        chatCalls.merge(method + "|" + chatId, 1, Integer::sum);
    }

    /**
     * The person blocks or unblocks the bot. Telegram tells the bot with a {@code my_chat_member}
     * update for the private chat: the bot's status there goes from member to kicked, or back.
     */
    void block(UserState user, boolean blocked) {
        if (user.blockedBot == blocked) {
            return;
        }
        user.blockedBot = blocked;
        ChatState chat = privateChat(user);
        ObjectNode change = JSON.createObjectNode();
        change.set("chat", chatJson(chat));
        change.set("from", userJson(user));
        change.put("date", (int) (System.currentTimeMillis() / 1000));
        change.set("old_chat_member", privateBotMemberJson(!blocked));
        change.set("new_chat_member", privateBotMemberJson(blocked));
        ObjectNode update = JSON.createObjectNode();
        update.set("my_chat_member", change);
        addUpdate(update);
    }

    private ObjectNode privateBotMemberJson(boolean kicked) {
        ObjectNode json = memberJson(botJson(), kicked ? "kicked" : "member", false);
        if (kicked) {
            json.put("until_date", 0);
        }
        return json;
    }

    void changed() {
        changed.signalAll();
    }

    /** Waits, with the lock held, until {@code condition} holds; fails after {@code timeout}. */
    void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    throw new AssertionError("gave up waiting for " + what + " after " + timeout.toSeconds() + " s");
                }
                changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    // What users do. Called with the lock held.

    StoredMessage userMessage(
            UserState user, ChatState chat, @Nullable Integer threadId, String text, @Nullable StoredMessage replyTo) {
        return userMessage(user, chat, threadId, text, replyTo, List.of());
    }

    /** A person's message; {@code extraEntities} are added to the ones Telegram finds in the text itself. */
    StoredMessage userMessage(
            UserState user,
            ChatState chat,
            @Nullable Integer threadId,
            String text,
            @Nullable StoredMessage replyTo,
            List<ObjectNode> extraEntities) {
        return userMessage(user, chat, threadId, text, replyTo, extraEntities, null);
    }

    /**
     * A person's message, or with {@code file} a document whose caption is {@code text} (1024
     * characters at most, and may be empty).
     */
    StoredMessage userMessage(
            UserState user,
            ChatState chat,
            @Nullable Integer threadId,
            String text,
            @Nullable StoredMessage replyTo,
            List<ObjectNode> extraEntities,
            @Nullable StoredFile file) {
        if (file == null && (text.isEmpty() || text.length() > 4096)) {
            throw new IllegalArgumentException("a Telegram message has 1 to 4096 characters, not " + text.length());
        }
        if (file != null && text.length() > 1024) {
            throw new IllegalArgumentException("a Telegram caption has at most 1024 characters, not " + text.length());
        }
        if (!chat.group()) {
            if (user.blockedBot) {
                throw new IllegalStateException("person " + user.id + " blocked the bot: unblock it before writing");
            }
            user.startedBot = true;
        } else {
            chat.members.add(user.id);
        }
        StoredMessage message =
                new StoredMessage(chat.id, chat.nextMessageId++, threadId, user.id, false, replyTo, text);
        List<ObjectNode> entities = new ArrayList<>(entities(text));
        entities.addAll(extraEntities);
        entities.sort((a, b) ->
                Integer.compare(a.get("offset").asInt(), b.get("offset").asInt()));
        message.entities = List.copyOf(entities);
        message.file = file;
        message.document = file != null;
        message.change = nextSeq();
        chat.messages.put(message.id, message);
        boolean addressed = !chat.group()
                || !privacyMode
                || message.entities.stream()
                        .anyMatch(e -> e.path("type").asText().equals("bot_command"))
                || (replyTo != null && replyTo.fromBot)
                || text.contains("@" + botUsername);
        if (addressed) {
            ObjectNode update = JSON.createObjectNode();
            update.set("message", messageJson(message));
            addUpdate(update);
        }
        return message;
    }

    int addUpdate(ObjectNode update) {
        int id = nextUpdateId++;
        ObjectNode withId = JSON.createObjectNode();
        withId.put("update_id", id);
        withId.setAll(update);
        updates.addLast(withId);
        changed();
        return id;
    }

    int lastUpdateId() {
        return nextUpdateId - 1;
    }

    private static List<ObjectNode> entities(String text) {
        List<ObjectNode> found = new ArrayList<>();
        add(found, COMMAND.matcher(text), "bot_command");
        add(found, MENTION.matcher(text), "mention");
        add(found, URL.matcher(text), "url");
        found.sort((a, b) ->
                Integer.compare(a.get("offset").asInt(), b.get("offset").asInt()));
        return found;
    }

    private static void add(List<ObjectNode> found, Matcher m, String type) {
        while (m.find()) {
            ObjectNode entity = JSON.createObjectNode();
            entity.put("type", type);
            entity.put("offset", m.start());
            entity.put("length", m.end() - m.start());
            found.add(entity);
        }
    }

    // Telegram's JSON shapes.

    ObjectNode botJson() {
        ObjectNode bot = JSON.createObjectNode();
        bot.put("id", botId);
        bot.put("is_bot", true);
        bot.put("first_name", "Sobes");
        bot.put("username", botUsername);
        return bot;
    }

    ObjectNode userJson(UserState user) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", user.id);
        json.put("is_bot", false);
        json.put("first_name", user.firstName);
        if (user.lastName != null) {
            json.put("last_name", user.lastName);
        }
        if (user.username != null) {
            json.put("username", user.username);
        }
        if (user.languageCode != null) {
            json.put("language_code", user.languageCode);
        }
        return json;
    }

    ObjectNode chatJson(ChatState chat) {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", chat.id);
        json.put("type", chat.type);
        if (chat.group()) {
            json.put("title", chat.title);
            if (chat.forum) {
                json.put("is_forum", true);
            }
        } else {
            json.put("first_name", chat.title);
        }
        return json;
    }

    ObjectNode messageJson(StoredMessage message) {
        ChatState chat = chat(message.chatId);
        ObjectNode json = JSON.createObjectNode();
        json.put("message_id", message.id);
        if (message.threadId != null) {
            json.put("message_thread_id", message.threadId);
            json.put("is_topic_message", true);
        }
        json.set("from", message.fromBot ? botJson() : userJson(user(message.fromId)));
        json.set("chat", chatJson(chat));
        json.put("date", message.date);
        if (message.edits > 0) {
            json.put("edit_date", message.date + message.edits);
        }
        if (message.replyTo != null) {
            json.set("reply_to_message", messageJson(message.replyTo));
        } else if (message.threadId != null && chat.topics.containsKey(message.threadId)) {
            // As Telegram does: a message in a topic that replies to nothing replies to the topic's first message.
            json.set("reply_to_message", topicCreated(chat, message.threadId));
        }
        if (message.file != null) {
            StoredFile file = message.file;
            ObjectNode document = json.putObject("document");
            document.put("file_id", file.fileId);
            document.put("file_unique_id", file.uniqueId);
            document.put("file_name", file.fileName);
            document.put("mime_type", file.mimeType);
            document.put("file_size", file.size);
            if (!message.text.isEmpty()) {
                json.put("caption", message.text);
            }
        } else if (message.document && message.sentFile != null) {
            ObjectNode document = json.putObject("document");
            document.put("file_id", "sent-" + message.chatId + "-" + message.id);
            document.put("file_unique_id", "s" + message.id);
            document.put("file_name", message.sentFile.fileName());
            document.put("file_size", message.sentFile.size());
            if (!message.text.isEmpty()) {
                json.put("caption", message.text);
            }
        } else if (message.photo) {
            ArrayNode sizes = json.putArray("photo");
            ObjectNode size = sizes.addObject();
            size.put("file_id", "photo-" + message.chatId + "-" + message.id);
            size.put("file_unique_id", "u" + message.id);
            size.put("width", 640);
            size.put("height", 480);
            if (!message.text.isEmpty()) {
                json.put("caption", message.text);
            }
        } else {
            json.put("text", message.text);
        }
        if (!message.entities.isEmpty()) {
            ArrayNode entities = json.putArray(message.file != null ? "caption_entities" : "entities");
            message.entities.forEach(entities::add);
        }
        if (!message.buttons.isEmpty()) {
            ArrayNode rows = json.putObject("reply_markup").putArray("inline_keyboard");
            for (List<InlineButton> row : message.buttons) {
                ArrayNode r = rows.addArray();
                for (InlineButton button : row) {
                    ObjectNode b = r.addObject();
                    b.put("text", button.text());
                    if (button.callbackData() != null) {
                        b.put("callback_data", button.callbackData());
                    }
                    if (button.url() != null) {
                        b.put("url", button.url());
                    }
                }
            }
        }
        return json;
    }

    /** The service message that opened a forum topic, written by the group's first administrator. */
    private ObjectNode topicCreated(ChatState chat, int threadId) {
        ObjectNode json = JSON.createObjectNode();
        json.put("message_id", threadId);
        json.put("message_thread_id", threadId);
        json.put("is_topic_message", true);
        json.set("from", adminJson(chat));
        json.set("chat", chatJson(chat));
        json.put("date", 1_700_000_000);
        ObjectNode created = json.putObject("forum_topic_created");
        created.put("name", chat.topics.get(threadId));
        created.put("icon_color", 7322096);
        return json;
    }

    /** The first administrator of {@code chat} (who opens topics and changes the bot's rights), as a User. */
    ObjectNode adminJson(ChatState chat) {
        for (Long id : chat.admins.keySet()) {
            UserState admin = users.get(id);
            if (admin != null) {
                return userJson(admin);
            }
        }
        ObjectNode someone = JSON.createObjectNode();
        someone.put("id", 1);
        someone.put("is_bot", false);
        someone.put("first_name", "Group admin");
        return someone;
    }

    /** A ChatMember: {@code status} is creator, administrator, member or left. */
    ObjectNode memberJson(ObjectNode user, String status, boolean mayDelete) {
        ObjectNode json = JSON.createObjectNode();
        json.put("status", status);
        json.set("user", user);
        if (status.equals("creator")) {
            json.put("is_anonymous", false);
        } else if (status.equals("administrator")) {
            json.put("can_be_edited", false);
            json.put("is_anonymous", false);
            json.put("can_manage_chat", true);
            json.put("can_delete_messages", mayDelete);
            json.put("can_manage_video_chats", false);
            json.put("can_restrict_members", false);
            json.put("can_promote_members", false);
            json.put("can_change_info", false);
            json.put("can_invite_users", true);
            json.put("can_post_stories", false);
            json.put("can_edit_stories", false);
            json.put("can_delete_stories", false);
            json.put("can_pin_messages", true);
            json.put("can_manage_topics", false);
        }
        return json;
    }

    /** The bot as a member of {@code chat}. */
    ObjectNode botMemberJson(ChatState chat) {
        return memberJson(botJson(), chat.botAdmin ? "administrator" : "member", chat.botMayDelete);
    }

    /** A person as a member of {@code chat}. */
    ObjectNode personMemberJson(ChatState chat, UserState user) {
        String status = chat.admins.getOrDefault(user.id, chat.members.contains(user.id) ? "member" : "left");
        return memberJson(userJson(user), status, true);
    }
}
