package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActionCodecTest {
    final ActionCodec codec = new ActionCodec("sixteen bytes at least!".getBytes(StandardCharsets.UTF_8));
    final Conversation here = Conversation.direct(Platform.TELEGRAM, "100");
    final Conversation there = Conversation.direct(Platform.TELEGRAM, "200");

    @Test
    void issuedActionVerifiesInItsConversation() {
        String action = codec.issue(here, "grade:good:12");
        assertThat(codec.verify(here, action)).contains("grade:good:12");
    }

    @Test
    void actionFromAnotherConversationIsRefused() {
        assertThat(codec.verify(there, codec.issue(here, "next:3"))).isEmpty();
    }

    @Test
    void alteredPayloadIsRefused() {
        String action = codec.issue(here, "grade:hard:12");
        assertThat(codec.verify(here, action.replace("hard", "easy"))).isEmpty();
        assertThat(codec.verify(here, "grade:easy:12")).isEmpty();
        assertThat(codec.verify(here, "")).isEmpty();
        assertThat(codec.verify(here, ".")).isEmpty();
    }

    @Test
    void longestActionFitsTelegramCallbackData() {
        String action = codec.issue(here, "x".repeat(ActionCodec.MAX_PAYLOAD));
        assertThat(action.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void payloadOutsideTheAlphabetIsABug() {
        assertThatThrownBy(() -> codec.issue(here, "Grade Good")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anotherSecretDoesNotVerify() {
        ActionCodec other = new ActionCodec("a different secret key".getBytes(StandardCharsets.UTF_8));
        assertThat(other.verify(here, codec.issue(here, "stop"))).isEmpty();
    }
}
