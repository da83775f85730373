package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/** An input made by a person. */
public sealed interface UserInput extends Input permits Command, TextMessage, ButtonPress, Upload {
    Person person();

    /**
     * The platform's own id of this input (a Telegram update id, a Discord interaction or message
     * id), so that an input delivered twice is applied once; null where the platform has none.
     */
    @Nullable
    String sourceId();
}
