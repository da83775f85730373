package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Chart;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A reply's files become calls before its text, to the same chat, private ones to the person. */
class ReplyRendererTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final ReplyRenderer renderer = new ReplyRenderer(new MessageIds(100), new AdapterTexts(), "sobes_bot");
    private final Attachment export =
            new Attachment("sobes-export.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    private final Chart chart = new Chart(
            "Your <progress>", List.of(new Chart.Panel("Answers", "answers", List.of(new Chart.Bar("Mon", 3)), false)));

    @Test
    void theAttachmentAndTheChartGoFirstThenTheText() {
        Reply reply = Reply.to(Conversation.direct(Platform.TELEGRAM, "7"), RichText.of("Here it is"))
                .withAttachment(export)
                .withChart(chart);

        List<Outgoing> calls = renderer.render(reply, null);

        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).isInstanceOfSatisfying(Outgoing.SendFile.class, f -> {
            assertThat(f.photo()).isFalse();
            assertThat(f.file()).isEqualTo(export);
            assertThat(f.chatId()).isEqualTo("7");
        });
        assertThat(calls.get(1)).isInstanceOfSatisfying(Outgoing.SendFile.class, f -> {
            assertThat(f.photo()).isTrue();
            assertThat(f.file().content()).startsWith(PNG_SIGNATURE);
            assertThat(Objects.requireNonNull(f.caption()).html()).isEqualTo("Your &lt;progress&gt;");
        });
        assertThat(calls.get(2)).isInstanceOf(Outgoing.Send.class);
    }

    @Test
    void aPrivateReplyInAGroupSendsItsFileToThePersonWithAWayBackToTheGroup() {
        Conversation group = new Conversation(Platform.TELEGRAM, "-100", null, true);
        Reply reply = Reply.to(group, RichText.of("Your data"))
                .withAttachment(export)
                .privateTo(new PersonId(Platform.TELEGRAM, "7"));

        List<Outgoing> calls = renderer.render(reply, null);

        assertThat(calls).allSatisfy(c -> assertThat(c.chatId()).isEqualTo("7"));
        assertThat(calls.get(0)).isInstanceOfSatisfying(Outgoing.SendFile.class, f -> {
            assertThat(Objects.requireNonNull(f.fallback()).groupChatId()).isEqualTo("-100");
        });
    }

    @Test
    void aReplyWithAFileAndNoTextStillSendsTheFile() {
        Reply reply = Reply.to(Conversation.direct(Platform.TELEGRAM, "7"), new RichText(List.of()))
                .withAttachment(export);

        assertThat(renderer.render(reply, null)).singleElement().isInstanceOf(Outgoing.SendFile.class);
    }
}
