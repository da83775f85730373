package dev.sobes.testkit.telegram;

/** A message a scripted user sent, so a test can edit it or refer to it. */
public record UserMessage(long chatId, int messageId, int updateId) {}
