package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;

/**
 * A person's totals on a leaderboard over a period.
 *
 * @param name the name they played under most recently
 * @param points the points of all their games in the period
 * @param games how many games of the period they played
 */
public record Standing(PersonId person, String name, int points, int games) {}
