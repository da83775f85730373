/**
 * Feedback on answers: which key points of a question an answer covers, and the grade that
 * coverage suggests. Offline and deterministic: words are normalised and stemmed (Lucene's Russian
 * and English stemmers), matched as whole words and phrases with small typos tolerated, negated
 * claims do not count, and pasting the question back or listing bare terms does not earn full
 * coverage.
 */
@NullMarked
package dev.sobes.core.feedback;

import org.jspecify.annotations.NullMarked;
