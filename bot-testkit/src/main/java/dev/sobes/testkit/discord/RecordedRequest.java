package dev.sobes.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One REST request the bot made and how the fake answered it.
 *
 * @param method the HTTP method
 * @param path the path after {@code /api/v10/}, without the query
 * @param body the JSON body, or a missing node when there was none
 * @param status the HTTP status the fake answered with
 * @param error the fake's error message for a refused request, or empty
 */
public record RecordedRequest(String method, String path, JsonNode body, int status, String error) {
    /** Requests that would put a message in front of people: new messages, edits, replies. */
    public boolean postsMessage() {
        String m = method.toUpperCase(Locale.ROOT);
        if (path.endsWith("/callback")) {
            int type = body.path("type").asInt();
            return type == 4 || type == 7;
        }
        if (path.startsWith("webhooks/")) {
            return m.equals("POST") || m.equals("PATCH");
        }
        return path.startsWith("channels/")
                && path.contains("/messages")
                && !path.endsWith("/threads")
                && (m.equals("POST") || m.equals("PATCH"));
    }

    /** The message part of the body: a callback's {@code data}, or the body itself. */
    public JsonNode message() {
        return path.endsWith("/callback") ? body.path("data") : body;
    }
}
