package dev.sobes.core.chat;

/**
 * Reported by an adapter when the platform refused to deliver the bot's message to a conversation,
 * so that the engine stops sending what it sends unasked (the daily reminder of due cards). The
 * engine answers it with no replies.
 *
 * <p>Adapters report it for any reply they gave up on, whatever the reply was: the engine decides
 * what it means. Today it matters for direct conversations only, where a reminder may be on.
 *
 * <ul>
 *   <li>{@code permanent}: the platform says the bot may not write there until the person acts —
 *       Telegram's 403 Forbidden ("bot was blocked by the user", "user is deactivated", "bot can't
 *       initiate conversation with a user") or 400 "chat not found"; Discord's "Cannot send
 *       messages to this user" (error 50007) or an unknown channel or user. The reminder turns off
 *       at once; the person turns it on again with {@code /remind} once they write to the bot.
 *   <li>not {@code permanent}: delivery failed after the adapter's own retries for another reason
 *       (the platform's servers or the network). The reminder turns off after a few such failures
 *       in a row; any message from the person in that conversation resets the count.
 * </ul>
 *
 * @param conversation where the message could not be delivered, as the reply named it
 * @param permanent true when the platform refuses the conversation itself, not just this once
 */
public record Unreachable(Conversation conversation, boolean permanent) implements Input {
    /** A conversation the platform refuses for good: the person blocked the bot or left. */
    public static Unreachable blocked(Conversation conversation) {
        return new Unreachable(conversation, true);
    }
}
