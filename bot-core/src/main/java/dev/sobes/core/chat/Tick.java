package dev.sobes.core.chat;

import java.time.Instant;

/** A timer firing for a conversation: deadlines and reminders are driven by ticks. */
public record Tick(Conversation conversation, Instant at) implements Input {}
