package dev.sobes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.engine.Mode;
import dev.sobes.core.engine.Session;
import org.junit.jupiter.api.Test;

class SessionCodecTest {
    final SessionCodec codec = new SessionCodec();

    @Test
    void aSessionRoundTripsThroughItsJson() {
        Session session = StoreContract.sampleSession("telegram:1", 4);
        assertThat(codec.read("telegram:1", 4, codec.write(session))).isEqualTo(session);
    }

    @Test
    void theRowsKeyAndVersionWinOverTheCopiesInTheJson() {
        String json = codec.write(StoreContract.sampleSession("telegram:1", 4));
        Session read = codec.read("telegram:2", 9, json);
        assertThat(read.conversationKey()).isEqualTo("telegram:2");
        assertThat(read.version()).isEqualTo(9);
    }

    @Test
    void unreadableStateGivesAFreshSessionAtTheStoredVersion() {
        for (String state : new String[] {"", "[]", "{\"mode\":\"NO_SUCH_MODE\"}", "garbage"}) {
            Session read = codec.read("telegram:1", 7, state);
            assertThat(read.mode()).as(state).isEqualTo(Mode.IDLE);
            assertThat(read.version()).as(state).isEqualTo(7);
        }
    }
}
