/**
 * The Telegram adapter: turns Bot API updates into the engine's inputs and the engine's replies
 * into Bot API calls, through TelegramBots. Updates arrive by long polling or at a webhook
 * endpoint; replies leave through an outbound queue that keeps Telegram's rate limits, retries
 * what can be retried, and never reorders a chat's messages. {@link dev.sobes.telegram.TelegramBot}
 * is the entry point.
 *
 * <p>In groups it carries the engine's group interviews and interviewer mode: a message only one
 * person may see goes to their private chat with the bot (or, if they never started one, a note in
 * the group asks them to); the group's creator and administrators are the chat's managers; an
 * answer written in the group is deleted where the bot may delete messages, and its writer warned
 * where it may not; a button that asks for text (Telegram has no private forms) is answered with a
 * note on where to write; and a command that names a person takes a mention or the author of the
 * message it replies to.
 */
@NullMarked
package dev.sobes.telegram;

import org.jspecify.annotations.NullMarked;
