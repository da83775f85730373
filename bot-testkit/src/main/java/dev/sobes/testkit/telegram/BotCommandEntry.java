package dev.sobes.testkit.telegram;

/** One entry of a bot's command menu, as registered with setMyCommands. */
public record BotCommandEntry(String command, String description) {}
