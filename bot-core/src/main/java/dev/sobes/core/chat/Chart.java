package dev.sobes.core.chat;

import java.util.List;

/**
 * A chart to show with a message where the platform shows images: panels of labelled bars.
 * Adapters that cannot show images ignore it; the message's text always carries the same numbers.
 *
 * @param title the chart's title, also its alternative text
 * @param panels the panels, drawn one under another
 */
public record Chart(String title, List<Panel> panels) {
    public Chart {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one panel");
        }
    }

    /** A bar chart: one bar per label, values in {@code unit}; horizontal bars suit long labels. */
    public record Panel(String title, String unit, List<Bar> bars, boolean horizontal) {
        public Panel {
            bars = List.copyOf(bars);
        }
    }

    public record Bar(String label, double value) {}
}
