/**
 * Spaced repetition: the FSRS-6 scheduler that decides when a graded question comes back.
 *
 * <p>Everything here is a pure function of its arguments: time and randomness come in as
 * parameters, so a stored history of grades replays to the same card. See
 * {@code docs/spaced-repetition.md} for the algorithm, its parameters and how it is checked.
 */
@NullMarked
package dev.sobes.core.srs;

import org.jspecify.annotations.NullMarked;
