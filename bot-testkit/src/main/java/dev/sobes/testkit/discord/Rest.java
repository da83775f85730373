package dev.sobes.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The fake REST API: routes, Discord's rules for each, and rate limits. */
final class Rest {
    private static final String PREFIX = "/api/v10/";
    private static final String FILES = "/attachments/";
    private static final String MEDIA = "/media/attachments/";
    private static final Pattern FILE_PATH = Pattern.compile("/(?:media/)?attachments/(\\d+)/([^/]+)");
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("\\bfilename=\"([^\"]*)\"");
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern WEBHOOK = Pattern.compile("webhooks/(\\d+)/([^/]+)");
    private static final Pattern WEBHOOK_MESSAGE = Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/(@original|\\d+)");
    private static final Pattern CHANNEL = Pattern.compile("channels/(\\d+)");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages/(\\d+)");
    private static final Pattern THREADS = Pattern.compile("channels/(\\d+)(?:/messages/(\\d+))?/threads");
    private static final Pattern THREAD_MEMBER = Pattern.compile("channels/(\\d+)/thread-members/(@me|\\d+)");
    private static final Pattern GLOBAL_COMMANDS = Pattern.compile("applications/(\\d+)/commands");
    private static final Pattern GUILD_COMMANDS = Pattern.compile("applications/(\\d+)/guilds/(\\d+)/commands");
    private static final Pattern MENTION = Pattern.compile("<@([!&]?)(\\d+)>");

    private final FakeDiscord discord;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<ScriptedLimit> scripted = new ArrayDeque<>();
    private final Map<Long, Window> windows = new HashMap<>();
    private int channelLimit = 5;
    private long windowMillis = 5000;

    /** A request's JSON (a multipart request's {@code payload_json}) and the files it carries. */
    private record Body(JsonNode json, List<FakeFile> files) {}

    /** A 429 the test asked for. */
    /** A scripted refusal: 429 with {@code retryAfter}, or another status such as a 500. */
    private record ScriptedLimit(String method, Pattern path, int retryAfter, int status) {}

    /** A channel's fixed rate-limit window. */
    private static final class Window {
        long start;
        int used;
    }

    /** What the fake answers. */
    private record Answer(int status, @Nullable JsonNode body, Map<String, String> headers, String error) {
        static Answer ok(JsonNode body) {
            return new Answer(200, body, Map.of(), "");
        }

        static Answer noContent() {
            return new Answer(204, null, Map.of(), "");
        }

        Answer withHeaders(Map<String, String> extra) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(extra);
            return new Answer(status, body, all, error);
        }
    }

    Rest(FakeDiscord discord) {
        this.discord = discord;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "fake-discord-rest");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.createContext(FILES, this::serveFile);
        server.createContext(MEDIA, this::serveFile);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    /** Where a stored file is served: its CDN URL, or its media proxy URL. */
    String fileUrl(FakeFile file, boolean proxy) {
        String name =
                java.net.URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return "http://127.0.0.1:" + server.getAddress().getPort() + (proxy ? MEDIA : FILES) + file.id() + "/" + name;
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Matcher m = FILE_PATH.matcher(exchange.getRequestURI().getPath());
            FakeFile file = m.matches() ? discord.file(Long.parseLong(m.group(1))) : null;
            if (file == null
                    || !file.name().equals(m.group(2))
                    || !exchange.getRequestMethod().equalsIgnoreCase("GET")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (!discord.downloaded(file)) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String type = file.contentType();
            exchange.getResponseHeaders().add("Content-Type", type == null ? "application/octet-stream" : type);
            exchange.sendResponseHeaders(200, file.size());
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.content());
            }
        }
    }

    synchronized void rateLimitNext(String method, String pathPattern, int retryAfterSeconds) {
        scripted.add(new ScriptedLimit(
                method.toUpperCase(Locale.ROOT), Pattern.compile(pathPattern), retryAfterSeconds, 429));
    }

    synchronized void failNext(String method, String pathPattern, int status, int times) {
        for (int i = 0; i < times; i++) {
            scripted.add(new ScriptedLimit(method.toUpperCase(Locale.ROOT), Pattern.compile(pathPattern), 0, status));
        }
    }

    synchronized void channelMessageLimit(int limit, Duration window) {
        channelLimit = limit;
        windowMillis = window.toMillis();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String fullPath = exchange.getRequestURI().getPath();
            Body request = readBody(exchange);
            JsonNode body = request.json();
            String path = fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath;
            Answer answer;
            // Answer and record together, so a test that sees the effect also sees the request.
            synchronized (discord) {
                try {
                    answer = answer(exchange, method, path, request);
                } catch (RuntimeException e) {
                    answer = error(500, 0, "fake Discord failed: " + e);
                }
                discord.record(new RecordedRequest(method, path, body, answer.status(), answer.error()));
                if (answer.status() >= 400 && answer.status() != 429) {
                    discord.reject(method + " " + path + " -> " + answer.status() + " " + answer.error());
                }
            }
            send(exchange, answer);
        }
    }

    private static Body readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                return new Body(MissingNode.getInstance(), List.of());
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (type != null && type.startsWith("multipart/form-data")) {
                return multipart(type, bytes);
            }
            if (type != null && type.startsWith("multipart/")) {
                return new Body(
                        Payloads.object().put("_unreadable", "a multipart type other than form-data"), List.of());
            }
            return new Body(Payloads.JSON.readTree(bytes), List.of());
        }
    }

    /**
     * A multipart/form-data body as Discord reads it: the JSON in the part {@code payload_json}, and
     * the files in parts named {@code files[n]}. A part Discord would not take is named in {@code
     * _unreadable}, and the request refused.
     */
    private static Body multipart(String contentType, byte[] bytes) throws IOException {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            return new Body(Payloads.object().put("_unreadable", "no multipart boundary"), List.of());
        }
        byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        JsonNode json = Payloads.object();
        List<FakeFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int at = indexOf(bytes, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < bytes.length && bytes[start] == '-' && bytes[start + 1] == '-') {
                break;
            }
            start += 2;
            int next = indexOf(bytes, delimiter, start);
            if (next < 0) {
                problems.add("an unterminated part");
                break;
            }
            int end = next - 2;
            byte[] crlfcrlf = {'\r', '\n', '\r', '\n'};
            int headersEnd = indexOf(bytes, crlfcrlf, start);
            if (headersEnd < 0 || headersEnd > end) {
                problems.add("a part without headers");
                at = next;
                continue;
            }
            String headers = new String(bytes, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] content = java.util.Arrays.copyOfRange(bytes, headersEnd + 4, Math.max(headersEnd + 4, end));
            String name = null;
            String fileName = null;
            String partType = null;
            for (String header : headers.lines().toList()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    Matcher n = DISPOSITION_NAME.matcher(header);
                    name = n.find() ? n.group(1) : null;
                    Matcher f = DISPOSITION_FILE.matcher(header);
                    fileName = f.find() ? f.group(1) : null;
                } else if (lower.startsWith("content-type:")) {
                    partType = header.substring(header.indexOf(':') + 1).strip();
                }
            }
            if ("payload_json".equals(name)) {
                json = Payloads.JSON.readTree(content);
            } else if (name != null && name.matches("files\\[\\d+]") && fileName != null && !fileName.isEmpty()) {
                files.add(FakeFile.of(fileName, partType, content));
            } else {
                problems.add("a part named " + name);
            }
            at = next;
        }
        if (!problems.isEmpty()) {
            ObjectNode refused = Payloads.object();
            refused.put("_unreadable", String.join("; ", problems));
            return new Body(refused, files);
        }
        return new Body(json, files);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        JsonNode body = answer.body();
        if (body == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer answer(HttpExchange exchange, String method, String path, Body request) {
        JsonNode body = request.json();
        if (!exchange.getRequestURI().getPath().startsWith(PREFIX)) {
            return error(404, 0, "404: Not Found");
        }
        boolean tokenInPath = path.startsWith("interactions/") || path.startsWith("webhooks/");
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!tokenInPath && !("Bot " + discord.token()).equals(auth)) {
            return error(401, 0, "401: Unauthorized");
        }
        if (body.has("_unreadable")) {
            return error(
                    400, 50035, "Invalid Form Body: " + body.path("_unreadable").asText());
        }
        Answer tooMuch = files(request.files());
        if (tooMuch != null) {
            return tooMuch;
        }
        Answer limited = scriptedLimit(method, path);
        if (limited != null) {
            return limited;
        }
        return route(method, path, request);
    }

    private synchronized @Nullable Answer scriptedLimit(String method, String path) {
        ScriptedLimit next = scripted.peek();
        if (next != null
                && next.method().equals(method)
                && next.path().matcher(path).matches()) {
            scripted.poll();
            if (next.status() != 429) {
                return error(next.status(), 0, next.status() + ": the server failed (scripted)");
            }
            return tooManyRequests(next.retryAfter(), "scripted");
        }
        return null;
    }

    private static Answer tooManyRequests(int retryAfter, String bucket) {
        ObjectNode body = Payloads.object();
        body.put("message", "You are being rate limited.");
        body.put("retry_after", (double) retryAfter);
        body.put("global", false);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Integer.toString(retryAfter));
        headers.put("X-RateLimit-Scope", "user");
        headers.put("X-RateLimit-Bucket", bucket);
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset-After", Integer.toString(retryAfter));
        headers.put(
                "X-RateLimit-Reset",
                String.format(Locale.ROOT, "%.3f", System.currentTimeMillis() / 1000.0 + retryAfter));
        // Discord's own 429s pass through its proxy; without this header a client takes it for a ban.
        headers.put("Via", "1.1 google");
        return new Answer(429, body, headers, "429 Too Many Requests");
    }

    /** Discord's limits on the files of one request: ten at most, none over the upload limit. */
    private static @Nullable Answer files(List<FakeFile> files) {
        if (files.size() > FakeDiscord.FILES_PER_MESSAGE) {
            return error(
                    400,
                    50035,
                    "Invalid Form Body: files: Must be " + FakeDiscord.FILES_PER_MESSAGE + " or fewer in length.");
        }
        for (FakeFile file : files) {
            if (file.size() > FakeDiscord.ATTACHMENT_SIZE_LIMIT) {
                return error(413, 40005, "Request entity too large (" + file.name() + ": " + file.size() + " bytes)");
            }
        }
        return null;
    }

    private Answer route(String method, String path, Body request) {
        JsonNode body = request.json();
        List<FakeFile> files = request.files();
        Matcher m;
        if (method.equals("GET") && path.equals("users/@me")) {
            return Answer.ok(discord.selfUserJson());
        }
        if (method.equals("GET") && path.equals("gateway")) {
            return Answer.ok(Payloads.object().put("url", discord.gatewayUrl()));
        }
        if (method.equals("GET") && path.equals("gateway/bot")) {
            ObjectNode gateway = Payloads.object();
            gateway.put("url", discord.gatewayUrl());
            gateway.put("shards", discord.recommendedShards());
            gateway.set(
                    "session_start_limit",
                    Payloads.object()
                            .put("total", 1000)
                            .put("remaining", 999)
                            .put("reset_after", 0)
                            .put("max_concurrency", 16));
            return Answer.ok(gateway);
        }
        m = match(GUILD_COMMANDS, path);
        if (m != null) {
            return commands(method, m.group(2), body, Long.parseLong(m.group(2)));
        }
        m = match(GLOBAL_COMMANDS, path);
        if (m != null) {
            return commands(method, "global", body, null);
        }
        m = match(CALLBACK, path);
        if (method.equals("POST") && m != null) {
            return callback(Long.parseLong(m.group(1)), m.group(2), body, files);
        }
        m = match(WEBHOOK_MESSAGE, path);
        if (m != null) {
            return webhookMessage(method, m.group(2), m.group(3), body, files);
        }
        m = match(WEBHOOK, path);
        if (method.equals("POST") && m != null) {
            return followUp(m.group(2), body, files);
        }
        if (method.equals("POST") && path.equals("users/@me/channels")) {
            return openDm(body);
        }
        m = match(THREADS, path);
        if (method.equals("POST") && m != null) {
            return startThread(Long.parseLong(m.group(1)), body);
        }
        m = match(THREAD_MEMBER, path);
        if (method.equals("PUT") && m != null) {
            return discord.channel(Long.parseLong(m.group(1))) == null
                    ? error(404, 10003, "Unknown Channel")
                    : Answer.noContent();
        }
        m = match(CHANNEL_MESSAGES, path);
        if (method.equals("POST") && m != null) {
            return postMessage(Long.parseLong(m.group(1)), body, files);
        }
        m = match(CHANNEL_MESSAGE, path);
        if (m != null) {
            return channelMessage(method, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), body, files);
        }
        m = match(CHANNEL, path);
        if (method.equals("GET") && m != null) {
            return channel(Long.parseLong(m.group(1)));
        }
        return error(404, 0, "404: Not Found (the fake has no route " + method + " " + path + ")");
    }

    private static @Nullable Matcher match(Pattern pattern, String path) {
        Matcher m = pattern.matcher(path);
        return m.matches() ? m : null;
    }

    // Commands.

    private Answer commands(String method, String scope, JsonNode body, @Nullable Long guildId) {
        if (method.equals("GET")) {
            List<JsonNode> registered = guildId == null ? discord.globalCommands() : commandsOf(guildId);
            ArrayNode out = Payloads.array();
            registered.forEach(out::add);
            return Answer.ok(out);
        }
        if (!method.equals("PUT")) {
            return error(405, 0, "405: Method Not Allowed");
        }
        if (guildId != null && discord.guild(guildId) == null) {
            return error(404, 10004, "Unknown Guild");
        }
        List<String> problems = Rules.commands(body);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        ArrayNode registered = Payloads.array();
        for (JsonNode command : body) {
            ObjectNode copy = command.deepCopy();
            long id = discord.newId();
            copy.put("id", Long.toString(id));
            copy.put("application_id", Long.toString(discord.botId()));
            copy.put("version", Long.toString(id));
            if (!copy.has("type")) {
                copy.put("type", 1);
            }
            if (guildId != null) {
                copy.put("guild_id", Long.toString(guildId));
            }
            registered.add(copy);
        }
        discord.registerCommands(scope, registered);
        return Answer.ok(registered);
    }

    private List<JsonNode> commandsOf(long guildId) {
        FakeGuild guild = discord.guild(guildId);
        return guild == null ? List.of() : discord.guildCommands(guild);
    }

    // Interaction responses.

    private Answer callback(long interactionId, String token, JsonNode body, List<FakeFile> files) {
        synchronized (discord) {
            FakeInteraction interaction = discord.interaction(interactionId);
            if (interaction == null || !interaction.token().equals(token)) {
                return error(404, 10062, "Unknown interaction");
            }
            if (interaction.acknowledged()) {
                return error(400, 40060, "Interaction has already been acknowledged.");
            }
            long age = interaction.ageMillis();
            long limit = discord.acknowledgeWithin().toMillis();
            if (age > limit) {
                return error(
                        404,
                        10062,
                        "Unknown interaction (answered after " + age + " ms; the limit is " + limit + " ms)");
            }
            int type = body.path("type").asInt(-1);
            JsonNode data = body.path("data");
            int kind = interaction.type();
            if (kind == FakeInteraction.AUTOCOMPLETE && type != 8) {
                return error(400, 50035, "an autocomplete interaction takes only choices (type 8)");
            }
            FakeMessage source = interaction.sourceMessage();
            return switch (type) {
                case 4 -> {
                    List<String> problems = Rules.message(data, files.size());
                    if (!problems.isEmpty()) {
                        yield invalid(problems);
                    }
                    FakeMessage created = create(interaction.channel(), data, ephemeralFor(data, interaction), files);
                    interaction.respond(4);
                    interaction.originalMessageId(created.id());
                    yield Answer.ok(callbackAnswer(interaction, 4, created.id()));
                }
                case 5 -> {
                    ObjectNode empty = Payloads.object().put("content", "");
                    empty.put("flags", data.path("flags").asInt(0));
                    FakeMessage placeholder =
                            create(interaction.channel(), empty, ephemeralFor(data, interaction), List.of());
                    interaction.respond(5);
                    interaction.originalMessageId(placeholder.id());
                    yield Answer.ok(callbackAnswer(interaction, 5, placeholder.id()));
                }
                case 6, 7 -> {
                    if (source == null) {
                        yield error(400, 50035, "only an interaction on a message can update it (type " + type + ")");
                    }
                    if (type == 7) {
                        Answer edited = edit(source.id(), data, files);
                        if (edited.status() != 200) {
                            yield edited;
                        }
                    }
                    interaction.respond(type);
                    interaction.originalMessageId(source.id());
                    yield Answer.ok(callbackAnswer(interaction, type, type == 7 ? source.id() : null));
                }
                case 8 -> {
                    if (kind != FakeInteraction.AUTOCOMPLETE) {
                        yield error(400, 50035, "choices answer only autocomplete interactions");
                    }
                    List<String> problems = Rules.choices(data);
                    if (!problems.isEmpty()) {
                        yield invalid(problems);
                    }
                    interaction.respond(8);
                    interaction.choices(data);
                    discord.changed();
                    yield Answer.ok(callbackAnswer(interaction, 8, null));
                }
                case 9 -> {
                    if (kind == FakeInteraction.MODAL_SUBMIT) {
                        yield error(400, 50035, "a modal cannot answer a modal submission");
                    }
                    List<String> problems = Rules.modal(data);
                    if (!problems.isEmpty()) {
                        yield invalid(problems);
                    }
                    interaction.respond(9);
                    interaction.modal(data);
                    discord.changed();
                    yield Answer.ok(callbackAnswer(interaction, 9, null));
                }
                default -> error(400, 50035, "unknown interaction callback type " + type);
            };
        }
    }

    private static @Nullable Long ephemeralFor(JsonNode data, FakeInteraction interaction) {
        boolean ephemeral = (data.path("flags").asInt(0) & 64) != 0;
        return ephemeral && interaction.channel().isGuildChannel()
                ? interaction.user().id()
                : null;
    }

    private ObjectNode callbackAnswer(FakeInteraction interaction, int type, @Nullable Long messageId) {
        ObjectNode answer = Payloads.object();
        ObjectNode about = answer.putObject("interaction");
        about.put("id", Long.toString(interaction.id()));
        about.put("type", interaction.type());
        if (messageId != null) {
            about.put("response_message_id", Long.toString(messageId));
        }
        ObjectNode resource = answer.putObject("resource");
        resource.put("type", type);
        if (messageId != null) {
            resource.set("message", discord.messageJson(messageId));
        }
        return answer;
    }

    private Answer followUp(String token, JsonNode body, List<FakeFile> files) {
        synchronized (discord) {
            FakeInteraction interaction = discord.interactionByToken(token);
            if (interaction == null) {
                return error(404, 10015, "Unknown Webhook");
            }
            if (!interaction.acknowledged()) {
                return error(400, 40060, "a follow-up needs the interaction acknowledged first");
            }
            List<String> problems = Rules.message(body, files.size());
            if (!problems.isEmpty()) {
                return invalid(problems);
            }
            FakeMessage created = create(interaction.channel(), body, ephemeralFor(body, interaction), files);
            return Answer.ok(discord.messageJson(created.id()));
        }
    }

    private Answer webhookMessage(String method, String token, String which, JsonNode body, List<FakeFile> files) {
        synchronized (discord) {
            FakeInteraction interaction = discord.interactionByToken(token);
            if (interaction == null) {
                return error(404, 10015, "Unknown Webhook");
            }
            Long id = which.equals("@original") ? interaction.originalMessageId() : Long.valueOf(which);
            if (id == null || discord.stored(id) == null) {
                return error(404, 10008, "Unknown Message");
            }
            return switch (method) {
                case "GET" -> Answer.ok(discord.messageJson(id));
                case "PATCH" -> edit(id, body, files);
                case "DELETE" -> {
                    discord.delete(id);
                    yield Answer.noContent();
                }
                default -> error(405, 0, "405: Method Not Allowed");
            };
        }
    }

    // Channels.

    /**
     * A channel by id. A DM channel (every one here is the bot's own) names its recipient; a server
     * channel is shown only where the bot may view channels, as Discord answers Missing Access.
     */
    private Answer channel(long id) {
        FakeChannel channel = discord.channel(id);
        if (channel == null) {
            return error(404, 10003, "Unknown Channel");
        }
        FakeGuild guild = channel.guild();
        if (guild != null && !guild.botMay(FakeGuild.Permissions.VIEW_CHANNEL)) {
            return error(403, 50001, "Missing Access");
        }
        return Answer.ok(discord.channelJson(channel));
    }

    /** Opens (or returns the open) DM channel with {@code recipient_id}, a snowflake as a string or number. */
    private Answer openDm(JsonNode body) {
        JsonNode id = body.path("recipient_id");
        if (!(id.isTextual() || id.isIntegralNumber()) || !id.asText().matches("\\d{1,20}")) {
            return invalid(List.of("recipient_id: Value \"" + id.asText() + "\" is not snowflake."));
        }
        long recipient = id.asLong();
        FakeUser user = discord.user(recipient);
        if (user == null) {
            return error(400, 50033, "Invalid Recipient(s)");
        }
        return Answer.ok(discord.channelJson(user.dm()));
    }

    private Answer startThread(long parentId, JsonNode body) {
        synchronized (discord) {
            FakeChannel parent = discord.channel(parentId);
            if (parent == null) {
                return error(404, 10003, "Unknown Channel");
            }
            FakeGuild guild = parent.guild();
            if (guild == null || parent.kind() != FakeChannel.Kind.TEXT) {
                return error(400, 50024, "Cannot execute action on this channel type");
            }
            int type = body.path("type").asInt(11);
            if (type != 11) {
                return error(403, 50013, "Missing Permissions (the fake makes public threads only)");
            }
            if (!guild.botMay(FakeGuild.Permissions.CREATE_PUBLIC_THREADS)) {
                return error(403, 50013, "Missing Permissions");
            }
            String name = body.path("name").asText("");
            if (name.isEmpty() || name.length() > Rules.THREAD_NAME) {
                return invalid(List.of("name: Must be between 1 and " + Rules.THREAD_NAME + " in length."));
            }
            FakeChannel thread = discord.addThread(parent, name);
            ObjectNode json = discord.channelJson(thread);
            ObjectNode event = json.deepCopy();
            event.put("newly_created", true);
            discord.dispatch(guild.id(), "THREAD_CREATE", event, 0);
            return new Answer(201, json, Map.of(), "");
        }
    }

    private Answer postMessage(long channelId, JsonNode body, List<FakeFile> files) {
        synchronized (discord) {
            FakeChannel channel = discord.channel(channelId);
            if (channel == null) {
                return error(404, 10003, "Unknown Channel");
            }
            Answer refused = mayPost(channel);
            if (refused != null) {
                return refused;
            }
            FakeGuild guild = channel.guild();
            if (!files.isEmpty() && guild != null && !guild.botMay(FakeGuild.Permissions.ATTACH_FILES)) {
                return error(403, 50013, "Missing Permissions (Attach Files)");
            }
            Map<String, String> limitHeaders = new LinkedHashMap<>();
            Answer limited = channelWindow(channelId, limitHeaders);
            if (limited != null) {
                return limited;
            }
            List<String> problems = Rules.message(body, files.size());
            if (!problems.isEmpty()) {
                return invalid(problems);
            }
            FakeMessage created = create(channel, body, null, files);
            return Answer.ok(discord.messageJson(created.id())).withHeaders(limitHeaders);
        }
    }

    private @Nullable Answer mayPost(FakeChannel channel) {
        FakeGuild guild = channel.guild();
        if (guild == null) {
            FakeUser recipient = channel.recipient();
            if (recipient != null && !recipient.acceptsDirectMessages()) {
                return error(403, 50007, "Cannot send messages to this user");
            }
            return null;
        }
        long needed = channel.kind() == FakeChannel.Kind.THREAD
                ? FakeGuild.Permissions.SEND_MESSAGES_IN_THREADS
                : FakeGuild.Permissions.SEND_MESSAGES;
        return guild.botMay(needed | FakeGuild.Permissions.VIEW_CHANNEL)
                ? null
                : error(403, 50013, "Missing Permissions");
    }

    private synchronized @Nullable Answer channelWindow(long channelId, Map<String, String> headers) {
        long now = System.currentTimeMillis();
        Window window = windows.computeIfAbsent(channelId, id -> new Window());
        if (now - window.start >= windowMillis) {
            window.start = now;
            window.used = 0;
        }
        long resetAfter = window.start + windowMillis - now;
        if (window.used >= channelLimit) {
            return tooManyRequests((int) Math.max(1, (resetAfter + 999) / 1000), "channel-messages");
        }
        window.used++;
        headers.put("X-RateLimit-Bucket", "channel-messages");
        headers.put("X-RateLimit-Limit", Integer.toString(channelLimit));
        headers.put("X-RateLimit-Remaining", Integer.toString(channelLimit - window.used));
        headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", resetAfter / 1000.0));
        headers.put("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", (window.start + windowMillis) / 1000.0));
        return null;
    }

    private Answer channelMessage(String method, long channelId, long messageId, JsonNode body, List<FakeFile> files) {
        synchronized (discord) {
            FakeDiscord.Stored stored = discord.stored(messageId);
            if (stored == null
                    || stored.message().channelId() != channelId
                    || stored.message().isEphemeral()) {
                return error(404, 10008, "Unknown Message");
            }
            return switch (method) {
                case "GET" -> Answer.ok(discord.messageJson(messageId));
                case "PATCH" ->
                    stored.message().authorId() == discord.botId()
                            ? edit(messageId, body, files)
                            : error(403, 50005, "Cannot edit a message authored by another user");
                case "DELETE" -> {
                    Answer refused = mayDelete(stored);
                    if (refused != null) {
                        yield refused;
                    }
                    discord.delete(messageId);
                    yield Answer.noContent();
                }
                default -> error(405, 0, "405: Method Not Allowed");
            };
        }
    }

    /** The bot deletes its own messages anywhere, others' only in a server where it may manage messages. */
    private @Nullable Answer mayDelete(FakeDiscord.Stored stored) {
        if (stored.message().authorId() == discord.botId()) {
            return null;
        }
        Long guildId = stored.guildId();
        FakeGuild guild = guildId == null ? null : discord.guild(guildId);
        if (guild == null) {
            return error(403, 50003, "Cannot execute action on a DM channel");
        }
        return guild.botMay(FakeGuild.Permissions.MANAGE_MESSAGES) ? null : error(403, 50013, "Missing Permissions");
    }

    // Messages.

    /** Creates a bot message in {@code channel} from what the bot sent. Called under the fake's lock. */
    private FakeMessage create(FakeChannel channel, JsonNode sent, @Nullable Long ephemeralFor, List<FakeFile> files) {
        List<FakeFile> kept = new ArrayList<>();
        for (FakeFile file : files) {
            kept.add(discord.keep(file));
        }
        JsonNode embeds = asStored(sent.path("embeds"));
        JsonNode components = sent.path("components").isArray() ? sent.path("components") : Payloads.array();
        FakeMessage message = new FakeMessage(
                discord.newId(),
                channel.id(),
                discord.botId(),
                sent.path("content").asText(""),
                embeds(embeds),
                rows(components),
                ephemeralFor,
                0,
                kept);
        FakeGuild guild = channel.guild();
        checkMentions(sent, message.content(), guild);
        discord.store(message, embeds, components, guild == null ? null : guild.id());
        if (ephemeralFor == null) {
            long intent = guild == null ? FakeDiscord.INTENT_DIRECT_MESSAGES : FakeDiscord.INTENT_GUILD_MESSAGES;
            discord.dispatch(
                    guild == null ? null : guild.id(), "MESSAGE_CREATE", discord.messageJson(message.id()), intent);
        }
        return message;
    }

    /**
     * Applies an edit to a message, keeping the parts the edit leaves out. Files: new ones replace
     * the old; without new ones, an {@code attachments} list keeps the old files it names, and no
     * list keeps them all.
     */
    private Answer edit(long messageId, JsonNode changes, List<FakeFile> files) {
        FakeDiscord.Stored before = discord.stored(messageId);
        if (before == null) {
            return error(404, 10008, "Unknown Message");
        }
        FakeMessage old = before.message();
        ObjectNode merged = Payloads.object();
        merged.put("content", changes.has("content") ? changes.path("content").asText("") : old.content());
        merged.set("embeds", changes.path("embeds").isArray() ? asStored(changes.path("embeds")) : before.embeds());
        merged.set(
                "components", changes.path("components").isArray() ? changes.path("components") : before.components());
        List<FakeFile> keptFiles = new ArrayList<>();
        if (!files.isEmpty()) {
            files.forEach(file -> keptFiles.add(discord.keep(file)));
        } else if (changes.path("attachments").isArray()) {
            List<String> named = new ArrayList<>();
            changes.path("attachments").forEach(a -> named.add(a.path("id").asText()));
            old.files().stream()
                    .filter(file -> named.contains(Long.toString(file.id())))
                    .forEach(keptFiles::add);
        } else {
            keptFiles.addAll(old.files());
        }
        List<String> problems = Rules.message(merged, keptFiles.size());
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        FakeChannel channel = discord.channel(old.channelId());
        FakeGuild guild = channel == null ? null : channel.guild();
        checkMentions(changes, merged.path("content").asText(), guild);
        FakeMessage updated = new FakeMessage(
                old.id(),
                old.channelId(),
                old.authorId(),
                merged.path("content").asText(),
                embeds(merged.path("embeds")),
                rows(merged.path("components")),
                old.ephemeralFor(),
                old.version() + 1,
                keptFiles);
        discord.store(updated, merged.path("embeds"), merged.path("components"), before.guildId());
        return Answer.ok(discord.messageJson(messageId));
    }

    /**
     * Records mentions that would notify someone. Without {@code allowed_mentions} Discord parses
     * everything in the content; with it, only what it allows.
     */
    private void checkMentions(JsonNode sent, String content, @Nullable FakeGuild guild) {
        JsonNode allowed = sent.path("allowed_mentions");
        List<String> parse = new ArrayList<>();
        if (allowed.isMissingNode() || allowed.isNull()) {
            parse.addAll(List.of("users", "roles", "everyone"));
        } else {
            allowed.path("parse").forEach(p -> parse.add(p.asText()));
        }
        List<String> users = new ArrayList<>();
        allowed.path("users").forEach(u -> users.add(u.asText()));
        List<String> roles = new ArrayList<>();
        allowed.path("roles").forEach(r -> roles.add(r.asText()));
        boolean mayEveryone = guild != null && guild.botMay(FakeGuild.Permissions.MENTION_EVERYONE);
        if ((content.contains("@everyone") || content.contains("@here")) && parse.contains("everyone") && mayEveryone) {
            discord.ping("@everyone in: " + content);
        }
        Matcher m = MENTION.matcher(content);
        while (m.find()) {
            boolean role = m.group(1).equals("&");
            String id = m.group(2);
            if (role ? parse.contains("roles") || roles.contains(id) : parse.contains("users") || users.contains(id)) {
                discord.ping((role ? "role " : "user ") + id + " in: " + content);
            }
        }
    }

    /** Embeds as Discord stores them: every embed a bot sends is of type "rich". */
    private static ArrayNode asStored(JsonNode sent) {
        ArrayNode out = Payloads.array();
        for (JsonNode embed : sent) {
            ObjectNode copy = embed.deepCopy();
            if (!copy.hasNonNull("type")) {
                copy.put("type", "rich");
            }
            out.add(copy);
        }
        return out;
    }

    private static List<FakeMessage.Embed> embeds(JsonNode embeds) {
        List<FakeMessage.Embed> out = new ArrayList<>();
        for (JsonNode embed : embeds) {
            List<FakeMessage.Field> fields = new ArrayList<>();
            for (JsonNode field : embed.path("fields")) {
                fields.add(new FakeMessage.Field(
                        field.path("name").asText(""), field.path("value").asText("")));
            }
            out.add(new FakeMessage.Embed(text(embed, "title"), text(embed, "description"), fields));
        }
        return out;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static List<List<FakeMessage.Button>> rows(JsonNode components) {
        List<List<FakeMessage.Button>> rows = new ArrayList<>();
        for (JsonNode row : components) {
            List<FakeMessage.Button> buttons = new ArrayList<>();
            for (JsonNode button : row.path("components")) {
                if (button.path("type").asInt() == 2) {
                    buttons.add(new FakeMessage.Button(
                            button.path("label").asText(""),
                            text(button, "custom_id"),
                            button.path("style").asInt(),
                            button.path("disabled").asBoolean()));
                }
            }
            rows.add(buttons);
        }
        return rows;
    }

    // Errors.

    private static Answer invalid(List<String> problems) {
        return error(400, 50035, "Invalid Form Body: " + String.join("; ", problems));
    }

    private static Answer error(int status, int code, String message) {
        ObjectNode body = Payloads.object();
        body.put("code", code);
        body.put("message", message);
        return new Answer(status, body, Map.of(), message);
    }
}
