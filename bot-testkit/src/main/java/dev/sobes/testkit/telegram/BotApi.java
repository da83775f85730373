package dev.sobes.testkit.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.sobes.testkit.telegram.TelegramState.ChatState;
import dev.sobes.testkit.telegram.TelegramState.StoredMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The Bot API methods the fake serves: {@code POST /bot<token>/<method>}, method names in any case. */
final class BotApi {
    private static final int MAX_TEXT = 4096;
    private static final int MAX_CAPTION = 1024;
    private static final int MAX_CALLBACK_DATA = 64;
    /** The largest file the Bot API lets a bot download. */
    static final long MAX_DOWNLOAD = 20L * 1024 * 1024;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    private final TelegramState state;
    private final Runnable webhookChanged;

    BotApi(TelegramState state, Runnable webhookChanged) {
        this.state = state;
        this.webhookChanged = webhookChanged;
    }

    /** An answer of {@code ok: false}: Telegram's status code, description and, for 429, retry_after. */
    static final class ApiError extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;
        final int retryAfter;

        ApiError(int code, String description) {
            this(code, description, 0);
        }

        ApiError(int code, String description, int retryAfter) {
            super(description);
            this.code = code;
            this.retryAfter = retryAfter;
        }
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (path.startsWith("/file/bot")) {
                download(exchange, path.substring("/file/bot".length()));
                return;
            }
            int slash = path.indexOf('/', 1);
            if (!path.startsWith("/bot") || slash < 0) {
                respond(exchange, error(new ApiError(404, "Not Found")));
                return;
            }
            String token = path.substring(4, slash);
            String method = path.substring(slash + 1).toLowerCase(Locale.ROOT);
            if (!token.equals(state.token)) {
                respond(exchange, error(new ApiError(401, "Unauthorized")));
                return;
            }
            Params params = null;
            Params.BadRequest unreadable = null;
            try {
                params = Params.parse(
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        body,
                        exchange.getRequestURI().getRawQuery());
            } catch (Params.BadRequest e) {
                unreadable = e;
            }
            Fault fault = takeFault(method, params);
            if (fault instanceof Fault.Held held) {
                hold(held);
            } else if (fault != null) {
                inject(exchange, fault);
                return;
            }
            ObjectNode answer;
            try {
                if (params == null) {
                    throw Objects.requireNonNull(unreadable);
                }
                answer = call(method, params);
            } catch (Params.BadRequest e) {
                answer = refuse(method, new ApiError(400, Objects.requireNonNull(e.getMessage())));
            } catch (ApiError e) {
                answer = refuse(method, e);
            }
            respond(exchange, answer);
        }
    }

    /** {@code GET /file/bot<token>/<file_path>}: the bytes of a file people sent, or 404. */
    private void download(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String token = slash < 0 ? rest : rest.substring(0, slash);
        String filePath = slash < 0 ? "" : rest.substring(slash + 1);
        byte[] content = null;
        state.lock.lock();
        try {
            if (token.equals(state.token)) {
                for (TelegramState.StoredFile file : state.files.values()) {
                    if (file.path.equals(filePath) && file.size <= MAX_DOWNLOAD) {
                        content = file.content();
                        state.downloads++;
                        break;
                    }
                }
            }
            state.changed();
        } finally {
            state.lock.unlock();
        }
        if (content == null) {
            respond(exchange, error(new ApiError(404, "Not Found")));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, content.length == 0 ? -1 : content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    private @Nullable Fault takeFault(String method, @Nullable Params params) {
        state.lock.lock();
        try {
            state.call(method);
            String chatId = params == null ? null : chatId(params);
            if (chatId != null) {
                state.callTo(method, chatId);
            }
            Iterator<Map.Entry<String, Fault>> it = state.faults.iterator();
            while (it.hasNext()) {
                Map.Entry<String, Fault> planned = it.next();
                if (planned.getKey().equals(method)) {
                    it.remove();
                    return planned.getValue();
                }
            }
            return null;
        } finally {
            state.lock.unlock();
        }
    }

    private static @Nullable String chatId(Params p) {
        String raw = p.string("chat_id");
        return raw == null ? null : raw.trim();
    }

    private static void hold(Fault.Held held) {
        try {
            if (!held.release().await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a held call was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void inject(HttpExchange exchange, Fault fault) throws IOException {
        if (fault instanceof Fault.TooManyRequests tooMany) {
            state.lock.lock();
            try {
                state.tooManyRequests++;
            } finally {
                state.lock.unlock();
            }
            respond(
                    exchange,
                    error(new ApiError(
                            429,
                            "Too Many Requests: retry after " + tooMany.retryAfterSeconds(),
                            tooMany.retryAfterSeconds())));
        } else if (fault instanceof Fault.ServerError) {
            respond(exchange, error(new ApiError(500, "Internal Server Error")));
        } else if (fault instanceof Fault.Timeout timeout) {
            try {
                Thread.sleep(timeout.hold().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // closing the exchange before any response header closes the connection unanswered
        }
        // ConnectionReset: the same, at once
    }

    private ObjectNode refuse(String method, ApiError e) {
        state.lock.lock();
        try {
            if (e.code == 403) {
                state.refusals.add(method + ": " + e.getMessage());
            } else {
                state.violations.add(new Violation(method, e.code, Objects.requireNonNull(e.getMessage())));
                if (e.code == 429) {
                    state.rateLimited++;
                    state.tooManyRequests++;
                }
            }
            state.changed();
        } finally {
            state.lock.unlock();
        }
        return error(e);
    }

    private ObjectNode call(String method, Params p) throws ApiError, Params.BadRequest {
        if (method.equals("getupdates")) {
            return ok(getUpdates(p));
        }
        state.lock.lock();
        try {
            return switch (method) {
                case "getme" -> ok(state.botJson());
                case "sendmessage" -> ok(sendMessage(p));
                case "sendphoto" -> ok(sendPhoto(p));
                case "senddocument" -> ok(sendDocument(p));
                case "getfile" -> ok(getFile(p));
                case "editmessagetext" -> ok(editMessageText(p));
                case "deletemessage" -> ok(deleteMessage(p));
                case "getchatmember" -> ok(getChatMember(p));
                case "getchatadministrators" -> ok(getChatAdministrators(p));
                case "answercallbackquery" -> ok(answerCallbackQuery(p));
                case "setmycommands" -> ok(setMyCommands(p));
                case "setwebhook" -> ok(setWebhook(p));
                case "deletewebhook" -> ok(deleteWebhook(p));
                case "getwebhookinfo" -> ok(webhookInfo());
                default -> throw new ApiError(404, "Not Found: method " + method + " is not served by the fake");
            };
        } finally {
            state.changed();
            state.lock.unlock();
        }
    }

    private JsonNode getUpdates(Params p) throws ApiError, Params.BadRequest {
        Long offset = p.longValue("offset");
        Long limit = p.longValue("limit");
        Long timeout = p.longValue("timeout");
        long wait = Math.min(TimeUnit.SECONDS.toNanos(timeout == null ? 0 : timeout), state.maxPollWait.toNanos());
        int max = limit == null || limit < 1 || limit > 100 ? 100 : limit.intValue();
        long deadline = System.nanoTime() + wait;
        state.lock.lock();
        try {
            if (state.webhookUrl != null) {
                throw new ApiError(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete"
                                + " the webhook first");
            }
            if (offset != null) {
                state.updates.removeIf(u -> u.get("update_id").asLong() < offset);
            }
            while (state.updates.isEmpty() && !state.closed && state.webhookUrl == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                state.changed.await(left, TimeUnit.NANOSECONDS);
            }
            ArrayNode result = TelegramState.JSON.createArrayNode();
            for (ObjectNode update : state.updates) {
                if (result.size() >= max) {
                    break;
                }
                result.add(update);
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TelegramState.JSON.createArrayNode();
        } finally {
            state.lock.unlock();
        }
    }

    private ChatState targetChat(Params p) throws ApiError, Params.BadRequest {
        String raw = p.string("chat_id");
        if (raw == null || raw.isBlank()) {
            throw new ApiError(400, "Bad Request: chat_id is empty");
        }
        long id;
        try {
            id = Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "Bad Request: chat not found");
        }
        ChatState chat = state.chats.get(id);
        if (chat == null && state.users.containsKey(id)) {
            // a person the bot has met in a group, who never opened a private chat with it
            throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
        }
        if (chat == null) {
            throw new ApiError(400, "Bad Request: chat not found");
        }
        if (!chat.group() && !state.user(chat.id).startedBot) {
            throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
        }
        if (!chat.group() && state.user(chat.id).blockedBot) {
            throw new ApiError(403, "Forbidden: bot was blocked by the user");
        }
        return chat;
    }

    private @Nullable Integer thread(ChatState chat, Params p) throws ApiError, Params.BadRequest {
        Long thread = p.longValue("message_thread_id");
        if (thread == null) {
            return null;
        }
        if (!chat.forum || !chat.topics.containsKey(thread.intValue())) {
            throw new ApiError(400, "Bad Request: message thread not found");
        }
        return thread.intValue();
    }

    /** The visible text of a message or caption, checked as Telegram checks it. */
    private static String visible(@Nullable String text, @Nullable String parseMode, int max, boolean caption)
            throws ApiError {
        if (text == null || text.isEmpty()) {
            if (caption) {
                return "";
            }
            throw new ApiError(400, "Bad Request: message text is empty");
        }
        String visible = text;
        if (parseMode != null) {
            if (!parseMode.equalsIgnoreCase("HTML")) {
                throw new ApiError(400, "Bad Request: the fake understands only the HTML parse mode, not " + parseMode);
            }
            try {
                visible = TelegramHtml.visibleText(text);
            } catch (TelegramHtml.ParseError e) {
                throw new ApiError(400, "Bad Request: can't parse entities: " + e.getMessage());
            }
        }
        visible = visible.strip();
        if (visible.isEmpty() && !caption) {
            throw new ApiError(400, "Bad Request: message text is empty");
        }
        if (visible.length() > max) {
            throw new ApiError(
                    400, caption ? "Bad Request: message caption is too long" : "Bad Request: message is too long");
        }
        return visible;
    }

    private static List<List<InlineButton>> keyboard(Params p) throws ApiError, Params.BadRequest {
        JsonNode markup = p.json("reply_markup");
        if (markup == null || !markup.has("inline_keyboard")) {
            return List.of();
        }
        List<List<InlineButton>> rows = new ArrayList<>();
        for (JsonNode row : markup.get("inline_keyboard")) {
            List<InlineButton> buttons = new ArrayList<>();
            for (JsonNode b : row) {
                String text = b.path("text").asText("");
                String data =
                        b.hasNonNull("callback_data") ? b.get("callback_data").asText() : null;
                String url = b.hasNonNull("url") ? b.get("url").asText() : null;
                if (text.isBlank()) {
                    throw new ApiError(400, "Bad Request: inline keyboard button text is empty");
                }
                if (data != null) {
                    int bytes = data.getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > MAX_CALLBACK_DATA) {
                        throw new ApiError(400, "Bad Request: BUTTON_DATA_INVALID");
                    }
                } else if (url == null) {
                    throw new ApiError(
                            400, "Bad Request: can't parse inline keyboard button: a button needs an action");
                }
                buttons.add(new InlineButton(text, data, url));
            }
            if (!buttons.isEmpty()) {
                rows.add(buttons);
            }
        }
        return rows;
    }

    private void rateLimit(ChatState chat) throws ApiError {
        int retryAfter = state.meter.tryAcquire(chat.id, chat.group(), System.nanoTime());
        if (retryAfter > 0) {
            throw new ApiError(429, "Too Many Requests: retry after " + retryAfter, retryAfter);
        }
    }

    private ObjectNode sendMessage(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        Integer thread = thread(chat, p);
        String html = Objects.requireNonNullElse(p.string("text"), "");
        String parseMode = p.string("parse_mode");
        String text = visible(html, parseMode, MAX_TEXT, false);
        List<List<InlineButton>> buttons = keyboard(p);
        rateLimit(chat);
        return state.messageJson(store(chat, thread, html, parseMode, text, buttons, false));
    }

    /**
     * sendPhoto: a new image sent as a file of a multipart form, which must be a PNG or a JPEG (the
     * fake does not fetch URLs, nor re-send by file_id), with a caption of at most 1024 visible
     * characters.
     */
    private ObjectNode sendPhoto(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        Integer thread = thread(chat, p);
        Params.Upload photo = p.file("photo");
        if (photo == null) {
            throw new ApiError(
                    400,
                    p.string("photo") == null
                            ? "Bad Request: there is no photo in the request"
                            : "Bad Request: wrong file identifier/HTTP URL specified");
        }
        byte[] image = photo.content();
        if (!startsWith(image, PNG) && !startsWith(image, JPEG)) {
            throw new ApiError(400, "Bad Request: IMAGE_PROCESS_FAILED");
        }
        String html = Objects.requireNonNullElse(p.string("caption"), "");
        String parseMode = p.string("parse_mode");
        String text = visible(html, parseMode, MAX_CAPTION, true);
        List<List<InlineButton>> buttons = keyboard(p);
        rateLimit(chat);
        StoredMessage message = store(chat, thread, html, parseMode, text, buttons, true);
        message.sentFile = new SentFile(photo.fileName, image);
        return state.messageJson(message);
    }

    /** sendDocument: a new file sent in a multipart form, with a caption of at most 1024 visible characters. */
    private ObjectNode sendDocument(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        Integer thread = thread(chat, p);
        Params.Upload document = p.file("document");
        if (document == null) {
            throw new ApiError(
                    400,
                    p.string("document") == null
                            ? "Bad Request: there is no document in the request"
                            : "Bad Request: wrong file identifier/HTTP URL specified");
        }
        if (document.content().length == 0) {
            throw new ApiError(400, "Bad Request: file must be non-empty");
        }
        String html = Objects.requireNonNullElse(p.string("caption"), "");
        String parseMode = p.string("parse_mode");
        String text = visible(html, parseMode, MAX_CAPTION, true);
        List<List<InlineButton>> buttons = keyboard(p);
        rateLimit(chat);
        StoredMessage message = store(chat, thread, html, parseMode, text, buttons, false);
        message.document = true;
        message.sentFile = new SentFile(document.fileName, document.content());
        return state.messageJson(message);
    }

    /** getFile: where to download a file people sent; files over 20 MB are refused, as by the Bot API. */
    private ObjectNode getFile(Params p) throws ApiError {
        String id = p.string("file_id");
        TelegramState.StoredFile file = id == null ? null : state.files.get(id);
        if (file == null) {
            throw new ApiError(400, "Bad Request: invalid file_id");
        }
        if (file.size > MAX_DOWNLOAD) {
            throw new ApiError(400, "Bad Request: file is too big");
        }
        ObjectNode json = TelegramState.JSON.createObjectNode();
        json.put("file_id", file.fileId);
        json.put("file_unique_id", file.uniqueId);
        json.put("file_size", file.size);
        json.put("file_path", file.path);
        return json;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private StoredMessage store(
            ChatState chat,
            @Nullable Integer thread,
            String html,
            @Nullable String parseMode,
            String text,
            List<List<InlineButton>> buttons,
            boolean photo) {
        StoredMessage message = new StoredMessage(chat.id, chat.nextMessageId++, thread, state.botId, true, null, text);
        message.html = html;
        message.parseMode = parseMode;
        message.buttons = buttons;
        message.photo = photo;
        message.change = state.nextSeq();
        chat.messages.put(message.id, message);
        return message;
    }

    private StoredMessage botMessage(ChatState chat, Params p, String missing) throws ApiError, Params.BadRequest {
        Long id = p.longValue("message_id");
        StoredMessage message = id == null ? null : chat.messages.get(id.intValue());
        if (message == null || message.deleted || !message.fromBot) {
            throw new ApiError(400, missing);
        }
        return message;
    }

    private ObjectNode editMessageText(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        StoredMessage message = botMessage(chat, p, "Bad Request: message to edit not found");
        if (message.photo || message.document) {
            throw new ApiError(400, "Bad Request: there is no text in the message to edit");
        }
        String html = Objects.requireNonNullElse(p.string("text"), "");
        String parseMode = p.string("parse_mode");
        String text = visible(html, parseMode, MAX_TEXT, false);
        List<List<InlineButton>> buttons = keyboard(p);
        if (html.equals(message.html)
                && Objects.equals(parseMode, message.parseMode)
                && buttons.equals(message.buttons)) {
            throw new ApiError(
                    400,
                    "Bad Request: message is not modified: specified new message content and reply markup are"
                            + " exactly the same as a current content and reply markup of the message");
        }
        rateLimit(chat);
        message.html = html;
        message.parseMode = parseMode;
        message.text = text;
        message.buttons = buttons;
        message.edits++;
        message.change = state.nextSeq();
        return state.messageJson(message);
    }

    /**
     * Deletes a message: the bot's own anywhere, a person's in a private chat, and a person's in a
     * group only where the bot is an administrator allowed to delete messages.
     */
    private JsonNode deleteMessage(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        Long id = p.longValue("message_id");
        StoredMessage message = id == null ? null : chat.messages.get(id.intValue());
        if (message == null || message.deleted) {
            throw new ApiError(400, "Bad Request: message to delete not found");
        }
        if (!message.fromBot && chat.group() && !chat.botMayDelete) {
            throw new ApiError(400, "Bad Request: message can't be deleted");
        }
        rateLimit(chat);
        message.deleted = true;
        message.change = state.nextSeq();
        return TelegramState.JSON.getNodeFactory().booleanNode(true);
    }

    private ChatState groupChat(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        if (!chat.group()) {
            throw new ApiError(400, "Bad Request: there are no administrators in the private chat");
        }
        return chat;
    }

    private JsonNode getChatMember(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = targetChat(p);
        Long userId = p.longValue("user_id");
        if (userId == null) {
            throw new ApiError(400, "Bad Request: user_id is empty");
        }
        if (userId == state.botId) {
            return state.botMemberJson(chat);
        }
        TelegramState.UserState user = state.users.get(userId);
        if (user == null) {
            throw new ApiError(400, "Bad Request: user not found");
        }
        if (!chat.group()) {
            return state.memberJson(state.userJson(user), chat.id == userId ? "member" : "left", false);
        }
        return state.personMemberJson(chat, user);
    }

    /** The group's creator and administrators; bots are left out, as on Telegram. */
    private JsonNode getChatAdministrators(Params p) throws ApiError, Params.BadRequest {
        ChatState chat = groupChat(p);
        ArrayNode admins = TelegramState.JSON.createArrayNode();
        for (Map.Entry<Long, String> admin : chat.admins.entrySet()) {
            TelegramState.UserState user = state.users.get(admin.getKey());
            if (user != null) {
                admins.add(state.memberJson(state.userJson(user), admin.getValue(), true));
            }
        }
        return admins;
    }

    private JsonNode answerCallbackQuery(Params p) throws ApiError {
        String id = p.string("callback_query_id");
        String text = p.string("text");
        if (id == null || !Boolean.FALSE.equals(state.callbacks.get(id))) {
            throw new ApiError(
                    400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        if (text != null && text.length() > 200) {
            throw new ApiError(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        state.callbacks.put(id, true);
        if (text != null && !text.isEmpty()) {
            state.callbackTexts.put(id, text);
        }
        return TelegramState.JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode setMyCommands(Params p) throws ApiError, Params.BadRequest {
        JsonNode list = p.json("commands");
        if (list == null || !list.isArray() || list.size() > 100) {
            throw new ApiError(400, "Bad Request: commands must be a list of at most 100 commands");
        }
        List<BotCommandEntry> entries = new ArrayList<>();
        for (JsonNode c : list) {
            String command = c.path("command").asText("");
            String description = c.path("description").asText("");
            if (!COMMAND_NAME.matcher(command).matches()) {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
            entries.add(new BotCommandEntry(command, description));
        }
        String language = Objects.requireNonNullElse(p.string("language_code"), "");
        JsonNode scope = p.json("scope");
        String scopeType = scope == null ? "default" : scope.path("type").asText("default");
        state.commands.put(scopeType + "|" + language, List.copyOf(entries));
        return TelegramState.JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode setWebhook(Params p) throws ApiError {
        String url = p.string("url");
        String secret = p.string("secret_token");
        if (url == null || url.isBlank()) {
            return deleteWebhook(p);
        }
        // Telegram requires https; the fake also delivers to http on the loopback, where tests listen.
        if (!url.startsWith("https://")
                && !url.startsWith("http://127.0.0.1:")
                && !url.startsWith("http://localhost:")) {
            throw new ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }
        if (secret != null && !SECRET.matcher(secret).matches()) {
            throw new ApiError(400, "Bad Request: secret token contains unallowed characters");
        }
        if (p.bool("drop_pending_updates")) {
            state.updates.clear();
        }
        state.webhookUrl = url;
        state.webhookSecret = secret;
        webhookChanged.run();
        return TelegramState.JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode deleteWebhook(Params p) {
        if (p.bool("drop_pending_updates")) {
            state.updates.clear();
        }
        state.webhookUrl = null;
        state.webhookSecret = null;
        webhookChanged.run();
        return TelegramState.JSON.getNodeFactory().booleanNode(true);
    }

    private JsonNode webhookInfo() {
        ObjectNode info = TelegramState.JSON.createObjectNode();
        info.put("url", Objects.requireNonNullElse(state.webhookUrl, ""));
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", state.updates.size());
        return info;
    }

    static ObjectNode ok(JsonNode result) {
        ObjectNode answer = TelegramState.JSON.createObjectNode();
        answer.put("ok", true);
        answer.set("result", result);
        return answer;
    }

    static ObjectNode error(ApiError e) {
        ObjectNode answer = TelegramState.JSON.createObjectNode();
        answer.put("ok", false);
        answer.put("error_code", e.code);
        answer.put("description", e.getMessage());
        if (e.retryAfter > 0) {
            answer.putObject("parameters").put("retry_after", e.retryAfter);
        }
        return answer;
    }

    private static void respond(HttpExchange exchange, ObjectNode answer) throws IOException {
        byte[] bytes = TelegramState.JSON.writeValueAsBytes(answer);
        int status =
                answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(400);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
