package dev.sobes.core.model;

/** A topic of a pack, such as "channels". */
public record Topic(String id, LocalizedText title) {}
