package dev.sobes.core.engine;

import dev.sobes.core.chat.Conversation;
import java.time.Instant;

/**
 * Wakes a conversation later: the engine asks for a {@link dev.sobes.core.chat.Tick} at a moment
 * (a timed question's deadline), and the application delivers it then. A tick that comes early,
 * late or twice is harmless: the engine checks the session's own deadline.
 */
public interface Alarms {
    Alarms NONE = (conversation, at) -> {};

    void wakeAt(Conversation conversation, Instant at);
}
