/**
 * A fake Telegram Bot API server on 127.0.0.1 for tests, with scriptable users and groups. It
 * holds Telegram's rules (text length, HTML that parses, callback data size, rate limits with 429)
 * and records every call, so a rule broken by a bot fails a test rather than a user's chat.
 */
@NullMarked
package dev.sobes.testkit.telegram;

import org.jspecify.annotations.NullMarked;
