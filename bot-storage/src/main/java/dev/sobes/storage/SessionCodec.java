package dev.sobes.storage;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.sobes.core.engine.Session;
import java.util.List;
import java.util.Map;

/**
 * A session as the JSON in the {@code sessions.state} column. The row's key and version are the
 * truth, not the copies inside the JSON. Fields added to the session later read as empty from older
 * rows; state this version cannot read at all starts the conversation afresh at the stored version,
 * rather than failing every input of that conversation.
 */
final class SessionCodec {
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Times in a session (such as a question's deadline) as ISO-8601 text.
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    String write(Session session) {
        try {
            return json.writeValueAsString(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session could not be written as JSON: " + session, e);
        }
    }

    /** The session stored for {@code key} at {@code version}; a fresh one when the state is unreadable. */
    Session read(String key, long version, String state) {
        try {
            JsonNode tree = json.readTree(state);
            if (tree instanceof ObjectNode object) {
                return json.treeToValue(withKeyAndVersion(object, key, version), Session.class);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // Unreadable: written by a version with another shape, or damaged. Start afresh below.
        }
        return fresh(key, version);
    }

    /** A new session, numbered so that the next write still follows the stored version. */
    Session fresh(String key, long version) {
        ObjectNode start = json.valueToTree(Session.start(key));
        try {
            return json.treeToValue(withKeyAndVersion(start, key, version), Session.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a new session could not be read back from JSON", e);
        }
    }

    private static ObjectNode withKeyAndVersion(ObjectNode state, String key, long version) {
        state.put("conversationKey", key);
        state.put("version", version);
        return state;
    }
}
