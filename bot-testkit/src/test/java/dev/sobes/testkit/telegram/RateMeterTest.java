package dev.sobes.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateMeterTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private final RateMeter meter = new RateMeter(RateLimits.telegram());

    @Test
    void oneMessageASecondInAChat() {
        assertThat(meter.tryAcquire(1, false, 0)).isZero();
        assertThat(meter.tryAcquire(1, false, SECOND / 2)).isEqualTo(1);
        assertThat(meter.tryAcquire(2, false, SECOND / 2)).as("another chat").isZero();
        assertThat(meter.tryAcquire(1, false, SECOND)).isZero();
    }

    @Test
    void twentyAMinuteInAGroup() {
        for (int i = 0; i < 20; i++) {
            assertThat(meter.tryAcquire(-100, true, i * SECOND)).isZero();
        }
        assertThat(meter.tryAcquire(-100, true, 20 * SECOND)).isEqualTo(40);
        assertThat(meter.tryAcquire(-100, true, 60 * SECOND)).isZero();
    }

    @Test
    void thirtyASecondOverall() {
        for (int chat = 0; chat < 30; chat++) {
            assertThat(meter.tryAcquire(chat, false, 0)).isZero();
        }
        assertThat(meter.tryAcquire(99, false, SECOND - 1)).isEqualTo(1);
        assertThat(meter.tryAcquire(99, false, SECOND)).isZero();
    }
}
