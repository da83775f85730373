package dev.sobes.core.engine;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises the inputs of each conversation: a fixed array of fair locks, chosen by the
 * conversation's key. Fairness hands the lock to waiting threads in arrival order, so inputs of one
 * conversation are applied one at a time and in the order they arrived, whatever thread brings
 * them; conversations that share a stripe only wait for each other briefly. Memory stays fixed
 * however many conversations there are.
 */
final class ConversationLocks {
    private final ReentrantLock[] stripes;

    ConversationLocks(int count) {
        stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    ReentrantLock lockFor(String conversationKey) {
        int hash = conversationKey.hashCode();
        return stripes[Math.floorMod(hash ^ (hash >>> 16), stripes.length)];
    }
}
