package dev.sobes.testkit.discord;

import java.util.concurrent.atomic.AtomicLong;

/** Discord ids: milliseconds since 2015 in the high bits, so an id says when it was made. */
final class Snowflakes {
    static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private final AtomicLong counter = new AtomicLong();

    /** An id of "now"; Discord refuses follow-ups to interactions whose id is too old. */
    long next() {
        return ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (counter.getAndIncrement() & 0x3F_FFFFL);
    }

    /** An id of about now that a gateway with {@code total} shards routes to {@code shard}. */
    long onShard(int shard, int total) {
        if (shard < 0 || shard >= total) {
            throw new IllegalArgumentException("shard " + shard + " of " + total);
        }
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        while (millis % total != shard) {
            millis--;
        }
        return (millis << 22) | (counter.getAndIncrement() & 0x3F_FFFFL);
    }

    static int shardOf(long guildId, int total) {
        return (int) ((guildId >> 22) % total);
    }
}
