/**
 * A fake Discord for end-to-end tests: the REST API and the gateway on 127.0.0.1, speaking the
 * wire format real client libraries expect, holding Discord's rules (lengths, component layout,
 * one response per interaction within three seconds, rate limits with 429), recording every
 * request, and driven by scripted users who run slash commands, press buttons, submit modals and
 * write messages.
 */
@NullMarked
package dev.sobes.testkit.discord;

import org.jspecify.annotations.NullMarked;
