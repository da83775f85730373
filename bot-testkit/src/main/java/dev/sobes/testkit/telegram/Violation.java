package dev.sobes.testkit.telegram;

/**
 * A call the fake refused because it broke one of Telegram's rules: {@code code} is the HTTP status
 * Telegram would answer (400, 404 or 429) and {@code description} Telegram's reason.
 */
public record Violation(String method, int code, String description) {}
