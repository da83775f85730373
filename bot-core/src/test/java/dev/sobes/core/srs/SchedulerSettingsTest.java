package dev.sobes.core.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {
    private static final SchedulerSettings DEFAULTS = SchedulerSettings.defaults();

    @Test
    void defaultsAreThePublishedFsrs6Parameters() {
        // DEFAULT_PARAMETERS of fsrs-rs (src/inference.rs) and py-fsrs 6.3.1, and default_w of ts-fsrs 5.4.2.
        assertThat(DEFAULTS.weights())
                .containsExactly(
                        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
                        0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
        assertThat(DEFAULTS.desiredRetention()).isEqualTo(0.9);
        assertThat(DEFAULTS.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(DEFAULTS.relearningSteps()).containsExactly(Duration.ofMinutes(10));
        assertThat(DEFAULTS.maximumInterval()).isEqualTo(Duration.ofDays(36500));
        assertThat(DEFAULTS.fuzz()).isTrue();
    }

    @Test
    void settingsCannotBeChangedThroughTheirWeights() {
        double[] weights = DEFAULTS.weights();
        weights[0] = 50;

        assertThat(DEFAULTS.weights()[0]).isEqualTo(0.212);
        assertThat(DEFAULTS).isEqualTo(SchedulerSettings.defaults());
        assertThat(DEFAULTS.hashCode()).isEqualTo(SchedulerSettings.defaults().hashCode());
        assertThat(DEFAULTS.withFuzz(false)).isNotEqualTo(DEFAULTS);
    }

    @Test
    void anFsrs5ParameterSetIsRejected() {
        double[] nineteen = new double[19];

        assertThatThrownBy(() -> withWeights(nineteen)).hasMessage("FSRS-6 needs 21 weights, got 19");
    }

    @Test
    void aWeightOutsideItsRangeIsNamed() {
        double[] weights = DEFAULTS.weights();
        weights[20] = 0.05;

        assertThatThrownBy(() -> withWeights(weights)).hasMessage("weight w20 = 0.05 is outside [0.1, 0.8]");
        weights[20] = Double.NaN;
        assertThatThrownBy(() -> withWeights(weights)).hasMessageContaining("w20 = NaN");
    }

    @Test
    void retentionMustBeAProbabilityBelowCertainty() {
        assertThatThrownBy(() -> DEFAULTS.withDesiredRetention(1.0)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> DEFAULTS.withDesiredRetention(0)).hasMessageContaining("strictly between 0 and 1");
    }

    @Test
    void stepsMustTakeTimeAndTheMaximumAtLeastADay() {
        assertThatThrownBy(() -> DEFAULTS.withSteps(List.of(Duration.ZERO), List.of()))
                .hasMessage("a learning step must be longer than zero, got PT0S");
        assertThatThrownBy(() -> DEFAULTS.withSteps(List.of(), List.of(Duration.ofMinutes(-5))))
                .hasMessage("a relearning step must be longer than zero, got PT-5M");
        assertThatThrownBy(() -> DEFAULTS.withMaximumInterval(Duration.ofHours(23)))
                .hasMessageContaining("at least one day");
    }

    private static SchedulerSettings withWeights(double[] weights) {
        return new SchedulerSettings(
                weights,
                DEFAULTS.desiredRetention(),
                DEFAULTS.learningSteps(),
                DEFAULTS.relearningSteps(),
                DEFAULTS.maximumInterval(),
                DEFAULTS.fuzz());
    }
}
