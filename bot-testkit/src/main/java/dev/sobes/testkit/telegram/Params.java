package dev.sobes.testkit.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one Bot API call, however they came: a JSON body, a multipart form (files
 * become {@code "<file name, N bytes>"}), a URL-encoded form or the query string, as Telegram accepts.
 */
final class Params {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern AMPERSAND = java.util.regex.Pattern.compile("&");
    private static final java.util.regex.Pattern SEMICOLON = java.util.regex.Pattern.compile(";");

    private static final String ATTACH = "attach://";

    private final ObjectNode values;
    private final Map<String, Upload> files;

    private Params(ObjectNode values, Map<String, Upload> files) {
        this.values = values;
        this.files = files;
    }

    /** A file sent in a multipart form: its name and its bytes. */
    static final class Upload {
        final String fileName;
        private final byte[] content;

        Upload(String fileName, byte[] content) {
            this.fileName = fileName;
            this.content = content.clone();
        }

        byte[] content() {
            return content.clone();
        }
    }

    static Params parse(@Nullable String contentType, byte[] body, @Nullable String rawQuery) throws BadRequest {
        ObjectNode values = JSON.createObjectNode();
        Map<String, Upload> files = new HashMap<>();
        if (rawQuery != null) {
            form(values, rawQuery);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return new Params(values, files);
        }
        if (type.startsWith("application/json")) {
            try {
                JsonNode node = JSON.readTree(body);
                if (!(node instanceof ObjectNode object)) {
                    throw new BadRequest("Bad Request: request body is not a JSON object");
                }
                values.setAll(object);
            } catch (java.io.IOException e) {
                throw new BadRequest("Bad Request: can't parse JSON: " + e.getMessage());
            }
        } else if (type.startsWith("multipart/form-data")) {
            multipart(values, files, contentType == null ? "" : contentType, body);
        } else {
            form(values, new String(body, StandardCharsets.UTF_8));
        }
        return new Params(values, files);
    }

    /** A request Telegram could not read at all. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    private static void form(ObjectNode values, String encoded) {
        for (String pair : AMPERSAND.split(encoded, -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
    }

    private static void multipart(ObjectNode values, Map<String, Upload> files, String contentType, byte[] body)
            throws BadRequest {
        int at = contentType.toLowerCase(Locale.ROOT).indexOf("boundary=");
        if (at < 0) {
            throw new BadRequest("Bad Request: multipart body without a boundary");
        }
        String boundary = contentType.substring(at + "boundary=".length()).replace("\"", "");
        boundary = SEMICOLON.split(boundary, -1)[0].trim();
        // ISO-8859-1 maps bytes to chars one to one, so parts can be cut and re-decoded as UTF-8.
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : java.util.regex.Pattern.compile("--" + java.util.regex.Pattern.quote(boundary))
                .split(raw, -1)) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            String content = part.substring(split + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            String name = headerParam(headers, "name");
            if (name == null) {
                continue;
            }
            String fileName = headerParam(headers, "filename");
            if (fileName != null) {
                values.put(name, "<file " + fileName + ", " + content.length() + " bytes>");
                files.put(name, new Upload(fileName, content.getBytes(StandardCharsets.ISO_8859_1)));
            } else {
                values.put(name, new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
    }

    private static @Nullable String headerParam(String headers, String param) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[; ]" + param + "=\"([^\"]*)\"")
                .matcher(headers);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The file sent as {@code name} in a multipart form, or null when none was: a part of that
     * name, or the part that the value {@code attach://<part name>} points to (as TelegramBots
     * sends new files).
     */
    @Nullable
    Upload file(String name) {
        Upload direct = files.get(name);
        if (direct != null) {
            return direct;
        }
        String value = string(name);
        return value != null && value.startsWith(ATTACH) ? files.get(value.substring(ATTACH.length())) : null;
    }

    @Nullable
    String string(String name) {
        JsonNode node = values.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    @Nullable
    Long longValue(String name) throws BadRequest {
        String text = string(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest("Bad Request: " + name + " is not a number: " + text);
        }
    }

    boolean bool(String name) {
        String text = string(name);
        return text != null && text.trim().equalsIgnoreCase("true");
    }

    /** A parameter that holds JSON, sent either as JSON or as a JSON string inside a form. */
    @Nullable
    JsonNode json(String name) throws BadRequest {
        JsonNode node = values.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            try {
                return JSON.readTree(node.asText());
            } catch (JsonProcessingException e) {
                throw new BadRequest("Bad Request: can't parse " + name + " JSON object");
            }
        }
        return node;
    }
}
