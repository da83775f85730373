package dev.sobes.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Chart;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.Topic;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** /stats through the engine: the text and the chart carry the same numbers, and the chart draws. */
class StatsChartTest {
    static final QuestionBank BANK = new QuestionBank(List.of(new Pack(
            "go",
            LocalizedText.of("Go"),
            null,
            List.of(new Topic("maps", new LocalizedText("Мапы", "Maps"))),
            List.of(Question.open(
                    "go-maps-order",
                    "go",
                    "maps",
                    Level.JUNIOR,
                    LocalizedText.of("Is map iteration order defined?"),
                    LocalizedText.of("No: it is unspecified and randomised on purpose."),
                    List.of(
                            new KeyPoint(LocalizedText.of("Unspecified"), List.of(List.of("unspecified"))),
                            new KeyPoint(LocalizedText.of("Randomised"), List.of(List.of("random", "randomised"))),
                            new KeyPoint(LocalizedText.of("Sort the keys"), List.of(List.of("sort")))))))));

    @Test
    void statsReplyCarriesAChartThatDecodesToTheExpectedSize() throws Exception {
        Engine engine = new Engine(
                () -> BANK,
                new InMemorySessionStore(),
                new InMemoryProgressStore(),
                Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC),
                1,
                new ActionCodec("stats chart test secret".getBytes(StandardCharsets.UTF_8)));
        Conversation chat = Conversation.direct(Platform.TELEGRAM, "5");
        Person ann = new Person(new PersonId(Platform.TELEGRAM, "5"), "Ann", "en");
        engine.handle(new Command(chat, ann, "ask", List.of("go-maps-order")));
        List<Reply> feedback = engine.handle(new TextMessage(chat, ann, "It is unspecified, you must sort keys"));
        String good = feedback.get(0).allButtons().stream()
                .filter(b -> b.label().equals("Good"))
                .findFirst()
                .orElseThrow()
                .action();
        engine.handle(new ButtonPress(chat, ann, good));

        Reply stats = engine.handle(new Command(chat, ann, "stats", List.of())).get(0);
        assertThat(stats.text().plainText()).contains("answers: 1 (today: 1)").contains("Maps: ");
        Chart chart = java.util.Objects.requireNonNull(stats.chart(), "the stats reply has a chart");
        assertThat(chart.panels()).hasSize(2);
        assertThat(chart.panels().get(0).bars())
                .hasSize(14)
                .last()
                .extracting(Chart.Bar::value)
                .isEqualTo(1.0);
        assertThat(chart.panels().get(1).bars())
                .singleElement()
                .extracting(Chart.Bar::label)
                .isEqualTo("Maps");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart)));
        assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(360 + 200);
        assertThat(ChartImagesTest.distinctColours(image)).isGreaterThan(10);
    }
}
