package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static final Conversation DM = Conversation.direct(Platform.DISCORD, "1");
    private static final Outgoing.OutButton ANSWER = new Outgoing.OutButton("!answer:q1", "Answer", true);

    private static List<List<Button>> rows(int rows, int perRow) {
        List<List<Button>> out = new ArrayList<>();
        int n = 0;
        for (int r = 0; r < rows; r++) {
            List<Button> row = new ArrayList<>();
            for (int b = 0; b < perRow; b++) {
                row.add(new Button("Topic " + n, "topic:t" + n + ".mac"));
                n++;
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void theEnginesRowsAreKeptWhenTheyFit() {
        Reply reply = Reply.to(DM, RichText.of("Choose")).withButtons(rows(2, 4));
        List<Outgoing> out = Layout.render(reply, null, null, "⋯");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).rows()).hasSize(2).allMatch(r -> r.size() == 4);
    }

    @Test
    void manyRowsAreReflowedIntoFiveOfFive() {
        Reply reply = Reply.to(DM, RichText.of("Choose a topic")).withButtons(rows(9, 2));
        List<Outgoing> out = Layout.render(reply, null, null, "⋯");
        assertThat(out).hasSize(1);
        assertThat(out.get(0).rows()).hasSize(4).allMatch(r -> r.size() <= 5);
        assertThat(out.get(0).buttons()).hasSize(18);
        assertThat(out.get(0).buttons().get(17).label()).isEqualTo("Topic 17");
    }

    @Test
    void moreThanTwentyFiveButtonsGoOnInFurtherMessages() {
        Reply reply = Reply.to(DM, RichText.of("Choose a topic")).withButtons(rows(15, 4));
        List<Outgoing> out = Layout.render(reply, null, null, "⋯");
        assertThat(out).hasSize(3);
        assertThat(out).allMatch(o -> o.rows().size() <= 5 && o.rows().stream().allMatch(r -> r.size() <= 5));
        assertThat(out.get(0).content()).isEqualTo("Choose a topic");
        assertThat(out.get(1).content()).isEqualTo("⋯");
        assertThat(out.stream().mapToInt(o -> o.buttons().size()).sum()).isEqualTo(60);
    }

    @Test
    void theAnswerButtonLeadsTheFirstRow() {
        Reply card =
                Reply.to(DM, RichText.of("Question")).withButtons(rows(1, 3)).withKey("q1");
        List<Outgoing> out = Layout.render(card, ANSWER, null, "⋯");
        assertThat(out.get(0).rows().get(0).get(0)).isEqualTo(ANSWER);
        assertThat(out.get(0).rows().get(0)).hasSize(4);

        Reply full =
                Reply.to(DM, RichText.of("Question")).withButtons(rows(1, 5)).withKey("q1");
        assertThat(Layout.render(full, ANSWER, null, "⋯").get(0).rows().get(0)).containsExactly(ANSWER);
    }

    @Test
    void longLabelsAreShortenedAndDuplicateIdsDropped() {
        Button twice = new Button("Stop", "stop.mac");
        Reply reply = Reply.to(DM, RichText.of("x"))
                .withButtons(List.of(List.of(new Button("L".repeat(120), "a.mac"), twice), List.of(twice)));
        Outgoing out = Layout.render(reply, null, null, "⋯").get(0);
        assertThat(out.buttons()).hasSize(2);
        assertThat(out.buttons().get(0).label()).hasSize(80).endsWith("…");
    }

    @Test
    void feedbackCardsAreEmbedsWithTheirHeaderAsTitle() {
        RichText text = RichText.builder()
                .paragraph(Span.bold("Key points covered: 1 of 2"))
                .text("Reference answer text")
                .build();
        Reply feedback = Reply.to(DM, text).withKey("f3");
        Outgoing out = Layout.render(feedback, null, null, "⋯").get(0);
        assertThat(out.content()).isEmpty();
        assertThat(out.embeds()).hasSize(1);
        assertThat(out.embeds().get(0).title()).isEqualTo("Key points covered: 1 of 2");
        assertThat(out.embeds().get(0).description()).isEqualTo("Reference answer text");
    }

    @Test
    void textTooLongForAMessageGoesInEmbedsWithinEveryLimit() {
        RichText.Builder builder = RichText.builder().paragraph(Span.bold("Header"));
        for (int i = 0; i < 400; i++) {
            builder.text("A sentence of a long reference answer, number " + i + ".");
        }
        Reply reply = Reply.to(DM, builder.build()).withButtons(rows(1, 2));
        List<Outgoing> out = Layout.render(reply, null, null, "⋯");
        assertThat(out).hasSizeGreaterThan(1);
        for (Outgoing message : out) {
            assertThat(message.embeds()).hasSizeLessThanOrEqualTo(10);
            assertThat(message.embeds().stream()
                            .mapToInt(Outgoing.Embed::length)
                            .sum())
                    .isLessThanOrEqualTo(6000);
            assertThat(message.embeds()).allMatch(e -> e.description().length() <= 4096);
        }
        assertThat(out.get(0).embeds().get(0).title()).isEqualTo("Header");
        assertThat(out.get(out.size() - 1).buttons()).hasSize(2);
        assertThat(out.subList(0, out.size() - 1)).allMatch(o -> o.buttons().isEmpty());
    }

    @Test
    void shortTextStaysInTheMessage() {
        Outgoing out = Layout.render(Reply.to(DM, RichText.of("Skipped.")), null, null, "⋯")
                .get(0);
        assertThat(out.content()).isEqualTo("Skipped.");
        assertThat(out.embeds()).isEmpty();
    }

    @Test
    void aButtonThatAsksForTextOpensAFormAndStandsOut() {
        Conversation channel = new Conversation(Platform.DISCORD, "7", null, true);
        Button answer = new Button("Answer", "g:abc:ans:1.AbCdEfGhIjKl").askingForText();
        Reply reply = Reply.to(channel, RichText.of("Question 1")).withButtons(List.of(List.of(answer)));
        Outgoing.OutButton out =
                Layout.render(reply, null, null, "⋯").get(0).buttons().get(0);
        assertThat(out.id()).isEqualTo("!text:g:abc:ans:1.AbCdEfGhIjKl");
        assertThat(out.primary()).isTrue();
        assertThat(FormIds.actionOfButton(out.id())).contains(answer.action());
    }
}
