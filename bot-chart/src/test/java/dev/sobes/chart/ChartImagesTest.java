package dev.sobes.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Chart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartImagesTest {
    @Test
    void panelsAreDrawnOneUnderAnotherAsAReadablePng() throws IOException {
        Chart chart = new Chart(
                "Progress",
                List.of(
                        new Chart.Panel(
                                "Answers per day",
                                "answers",
                                List.of(new Chart.Bar("11-26", 3), new Chart.Bar("11-27", 5)),
                                false),
                        new Chart.Panel(
                                "Mastery by topic",
                                "%",
                                List.of(new Chart.Bar("Каналы и select", 82), new Chart.Bar("Maps", 40)),
                                true)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart)));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(360 + 200);
        assertThat(distinctColours(image))
                .as("a drawn chart, not a blank image")
                .isGreaterThan(10);
    }

    static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
