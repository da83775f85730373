/**
 * Ports to storage: sessions in flight, each person's progress and settings, and the records of
 * group interviews (leaderboards, reports, interviews between members).
 */
@NullMarked
package dev.sobes.core.store;

import org.jspecify.annotations.NullMarked;
