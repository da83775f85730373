/**
 * The Telegram adapter: turns Bot API updates into the engine's inputs and the engine's replies
 * into Bot API calls, through TelegramBots. Updates arrive by long polling or at a webhook
 * endpoint; replies leave through an outbound queue that keeps Telegram's rate limits, retries
 * what can be retried, and never reorders a chat's messages. {@link dev.sobes.telegram.TelegramBot}
 * is the entry point.
 */
@NullMarked
package dev.sobes.telegram;

import org.jspecify.annotations.NullMarked;
