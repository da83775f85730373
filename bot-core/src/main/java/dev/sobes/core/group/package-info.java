/**
 * Group flows: group interviews (a host opens a lobby in a group chat or channel, members join,
 * each question is posted once and answered privately, the reference answer and everyone's
 * coverage are revealed together, with scoreboards and a leaderboard across games) and interviewer
 * mode (one member interviews another, ticking the key points the candidate covered).
 *
 * <p>The engine hands these inputs to {@link dev.sobes.core.group.GroupFlow}; the state of a game
 * in progress is part of its conversation's session, so the engine's per-conversation lock covers
 * every change to it. What adapters send and receive is described on {@code GroupFlow}.
 */
@NullMarked
package dev.sobes.core.group;

import org.jspecify.annotations.NullMarked;
