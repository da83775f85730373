package dev.sobes.core.chat;

/** Something that happened in a conversation, for the engine to answer. */
public sealed interface Input permits UserInput, Tick, Unreachable {
    Conversation conversation();
}
