package dev.sobes.core.chat;

/** Free text written by a person: usually an answer. */
public record TextMessage(Conversation conversation, Person person, String text) implements UserInput {}
