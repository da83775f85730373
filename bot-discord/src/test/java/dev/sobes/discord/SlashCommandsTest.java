package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Lang;
import java.util.List;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    private final AdapterTexts texts = new AdapterTexts();

    @Test
    void everyCommandHasARussianNameAndDescription() {
        List<SlashCommandData> all = new SlashCommands(texts).all();
        assertThat(all)
                .extracting(SlashCommandData::getName)
                .containsExactly(
                        "practice",
                        "mock",
                        "review",
                        "stats",
                        "hint",
                        "skip",
                        "next",
                        "stop",
                        "lang",
                        "help",
                        "ask",
                        "group",
                        "join",
                        "leave",
                        "begin",
                        "reveal",
                        "end",
                        "leaderboard",
                        "interview");
        for (SlashCommandData command : all) {
            assertThat(command.getNameLocalizations().get(DiscordLocale.RUSSIAN))
                    .isNotBlank();
            assertThat(command.getDescriptionLocalizations().get(DiscordLocale.RUSSIAN))
                    .isNotBlank();
        }
    }

    @Test
    void choices_packsAndTopicsMatchWhatWasTyped() {
        assertThat(SlashCommands.choices(TestBank.bank(), "pack", "", "", Lang.EN))
                .extracting(Command.Choice::getAsString)
                .containsExactly("go");
        assertThat(SlashCommands.choices(TestBank.bank(), "topic", "RUN", "go", Lang.EN))
                .extracting(Command.Choice::getName)
                .containsExactly("Runtime");
        assertThat(SlashCommands.choices(TestBank.bank(), "topic", "", "", Lang.RU))
                .extracting(Command.Choice::getName)
                .containsExactly("Каналы", "Рантайм");
        assertThat(SlashCommands.choices(TestBank.bank(), "topic", "", "sql", Lang.EN))
                .isEmpty();
    }

    @Test
    void groupCommandsAreOfferedInServersOnly() {
        for (SlashCommandData command : new SlashCommands(texts).all()) {
            boolean inDirectMessages = command.getContexts().contains(InteractionContextType.BOT_DM);
            assertThat(inDirectMessages)
                    .as("/%s in direct messages", command.getName())
                    .isEqualTo(!SlashCommands.GROUP.contains(command.getName()));
        }
    }

    @Test
    void duration_wholeMinutesOrSeconds() {
        assertThat(SlashCommands.duration(2)).isEqualTo("2m");
        assertThat(SlashCommands.duration(0.5)).isEqualTo("30s");
        assertThat(SlashCommands.duration(1.25)).isEqualTo("75s");
        assertThat(SlashCommands.duration(30)).isEqualTo("30m");
    }
}
