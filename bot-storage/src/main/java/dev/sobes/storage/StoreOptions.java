package dev.sobes.storage;

import java.time.Duration;

/**
 * How a store caches and what it remembers.
 *
 * @param cachedSessions the most sessions kept in memory
 * @param idleSession how long an unused session stays in memory
 * @param inputMemory how long the ids of applied inputs are kept to recognise a redelivery
 *     (platforms redeliver within minutes to a day)
 */
public record StoreOptions(int cachedSessions, Duration idleSession, Duration inputMemory) {
    public static final StoreOptions DEFAULTS = new StoreOptions(10_000, Duration.ofMinutes(30), Duration.ofDays(7));

    public StoreOptions {
        if (cachedSessions < 0 || idleSession.isNegative() || inputMemory.isNegative()) {
            throw new IllegalArgumentException("store options are never negative");
        }
    }
}
