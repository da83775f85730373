package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Two processes split two shards: each handles only the events of its own shard (DMs go to shard
 * 0), over one engine, as two processes would over a shared database.
 */
class ShardingIT {
    @Test
    void twoProcessesEachAnswerTheirOwnShard() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            FakeGuild onZero = discord.addGuildOnShard("Shard zero", 0, 2);
            FakeGuild onOne = discord.addGuildOnShard("Shard one", 1, 2);
            FakeChannel zeroGeneral = onZero.addTextChannel("general");
            FakeChannel oneGeneral = onOne.addTextChannel("general");
            Harness first = new Harness(discord);
            List<String> firstSaw = new CopyOnWriteArrayList<>();
            List<String> secondSaw = new CopyOnWriteArrayList<>();
            first.start(shard(discord, 0), counting(first, firstSaw), DiscordBot.ACK_BUDGET);
            Harness second = new Harness(discord);
            try {
                second.start(shard(discord, 1), counting(first, secondSaw), DiscordBot.ACK_BUDGET);
                discord.awaitShards(2);
                discord.awaitCommands(null);
                assertThat(first.bot().shardIds()).containsExactly(0);
                assertThat(second.bot().shardIds()).containsExactly(1);

                FakeUser alice = discord.addUser("alice", "en-US");
                alice.runs(zeroGeneral, "/help");
                assertThat(zeroGeneral
                                .awaitReply(m -> m.text().contains("Commands"))
                                .ephemeralFor())
                        .isEqualTo(alice.id());
                alice.runs(oneGeneral, "/help");
                assertThat(oneGeneral
                                .awaitReply(m -> m.text().contains("Commands"))
                                .ephemeralFor())
                        .isEqualTo(alice.id());
                alice.runs(alice.dm(), "/help");
                FakeMessage inDm = alice.dm().awaitReply(m -> m.text().contains("Commands"));
                assertThat(inDm.isEphemeral()).isFalse();

                assertThat(firstSaw)
                        .containsExactly(zeroGeneral.id() + "", alice.dm().id() + "");
                assertThat(secondSaw).containsExactly(oneGeneral.id() + "");
                assertThat(discord.rejections()).isEmpty();

                // What is due unasked (a timer's reply) belongs to exactly one of the two processes.
                Conversation zero = new Conversation(Platform.DISCORD, zeroGeneral.id() + "", null, true);
                Conversation one = new Conversation(Platform.DISCORD, oneGeneral.id() + "", null, true);
                Conversation dm =
                        Conversation.direct(Platform.DISCORD, alice.dm().id() + "");
                assertThat(first.bot().reaches(zero)).isTrue();
                assertThat(first.bot().reaches(one)).isFalse();
                assertThat(first.bot().reaches(dm)).isTrue();
                assertThat(second.bot().reaches(zero)).isFalse();
                assertThat(second.bot().reaches(one)).isTrue();
                assertThat(second.bot().reaches(dm)).isFalse();
                assertThat(first.bot().reaches(Conversation.direct(Platform.TELEGRAM, "7")))
                        .isFalse();
            } finally {
                second.bot().close();
                first.bot().close();
            }
        }
    }

    private static DiscordSettings shard(FakeDiscord discord, int shard) {
        return new DiscordSettings(
                discord.token(), DiscordSettings.CommandScope.GLOBAL, null, 2, shard, shard, discord.restUrl(), false);
    }

    /** The shared engine, noting which channels this process handled. */
    private static Function<Input, List<Reply>> counting(Harness shared, List<String> saw) {
        return input -> {
            saw.add(input.conversation().chatId());
            return shared.engine.handle(input);
        };
    }
}
