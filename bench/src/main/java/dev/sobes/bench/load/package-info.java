/**
 * The load driver: the packaged bot as a separate process against the fake Telegram on 127.0.0.1,
 * many simulated people practising at once, and a report of throughput, reply latency, refusals,
 * lost or doubled replies, heap and RSS.
 */
@NullMarked
package dev.sobes.bench.load;

import org.jspecify.annotations.NullMarked;
