package dev.sobes.core.group;

import dev.sobes.core.chat.PersonId;
import java.time.Instant;

/**
 * A participant's answer to the open question; a later one replaces it until the reveal.
 *
 * @param at when the answer that counts arrived; ranks equal points
 */
public record Submission(PersonId person, String text, Instant at) {}
