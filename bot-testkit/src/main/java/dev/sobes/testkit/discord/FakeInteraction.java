package dev.sobes.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interaction a scripted user started: a slash command, a button press, a modal submission or
 * an autocomplete request, and what the bot answered to it.
 */
public final class FakeInteraction {
    /** Interaction types as Discord numbers them. */
    static final int COMMAND = 2;

    static final int COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;

    private final FakeDiscord discord;
    private final long id;
    private final String token;
    private final int type;
    private final FakeUser user;
    private final FakeChannel channel;
    private final @Nullable FakeMessage sourceMessage;
    private final long createdNanos = System.nanoTime();
    private final List<Integer> callbacks = new ArrayList<>();
    private @Nullable JsonNode modal;
    private @Nullable JsonNode choices;
    private @Nullable Long originalMessageId;

    FakeInteraction(
            FakeDiscord discord,
            long id,
            String token,
            int type,
            FakeUser user,
            FakeChannel channel,
            @Nullable FakeMessage sourceMessage) {
        this.discord = discord;
        this.id = id;
        this.token = token;
        this.type = type;
        this.user = user;
        this.channel = channel;
        this.sourceMessage = sourceMessage;
    }

    public long id() {
        return id;
    }

    String token() {
        return token;
    }

    int type() {
        return type;
    }

    public FakeUser user() {
        return user;
    }

    public FakeChannel channel() {
        return channel;
    }

    /** The message whose button was pressed (or whose modal was submitted), if any. */
    public @Nullable FakeMessage sourceMessage() {
        return sourceMessage;
    }

    long ageMillis() {
        return (System.nanoTime() - createdNanos) / 1_000_000;
    }

    /** Called under the fake's lock. */
    boolean acknowledged() {
        return !callbacks.isEmpty();
    }

    void respond(int callbackType) {
        callbacks.add(callbackType);
    }

    void modal(JsonNode data) {
        modal = data;
    }

    void choices(JsonNode data) {
        choices = data;
    }

    @Nullable
    Long originalMessageId() {
        return originalMessageId;
    }

    void originalMessageId(long messageId) {
        originalMessageId = messageId;
    }

    /** The callback types the bot answered with (4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 choices, 9 modal). */
    public List<Integer> callbacks() {
        synchronized (discord) {
            return List.copyOf(callbacks);
        }
    }

    /** Waits until the bot acknowledges this interaction and returns the callback type. */
    public int awaitAcknowledgement() {
        return discord.await("an acknowledgement of " + this, () -> callbacks.isEmpty() ? null : callbacks.get(0));
    }

    /** Waits for the modal the bot opens in answer to this interaction. */
    public Modal awaitModal() {
        JsonNode data = discord.await("a modal in answer to " + this, () -> modal);
        return Modal.of(data);
    }

    /** Waits for the autocomplete choices the bot offers, as name → value pairs in order. */
    public List<Choice> awaitChoices() {
        JsonNode data = discord.await("autocomplete choices for " + this, () -> choices);
        List<Choice> out = new ArrayList<>();
        for (JsonNode choice : data.path("choices")) {
            out.add(new Choice(
                    choice.path("name").asText(), choice.path("value").asText()));
        }
        return out;
    }

    /** An autocomplete choice. */
    public record Choice(String name, String value) {}

    /** A modal as a person sees it: its title and its one text box. */
    public record Modal(
            String customId,
            String title,
            String label,
            String inputId,
            int inputUniqueId,
            int labelUniqueId,
            int maxLength,
            boolean paragraph) {
        static Modal of(JsonNode data) {
            JsonNode label = data.path("components").path(0);
            JsonNode input = label.path("component");
            return new Modal(
                    data.path("custom_id").asText(),
                    data.path("title").asText(),
                    label.path("label").asText(),
                    input.path("custom_id").asText(),
                    input.path("id").asInt(2),
                    label.path("id").asInt(1),
                    input.path("max_length").asInt(4000),
                    input.path("style").asInt() == 2);
        }
    }

    @Override
    public String toString() {
        return "interaction " + id + " of type " + type + " by " + user.name() + " in " + channel;
    }
}
