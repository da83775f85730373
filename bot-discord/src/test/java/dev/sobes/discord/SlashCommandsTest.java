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
                        "interview",
                        "report",
                        "upload",
                        "packs",
                        "deletepack",
                        "remind",
                        "timezone",
                        "export",
                        "forget",
                        "reload",
                        "counts",
                        "broadcast",
                        "reports");
        assertThat(all).hasSizeLessThanOrEqualTo(100);
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
    void namesAndDescriptionsKeepDiscordsRules() {
        for (SlashCommandData command : new SlashCommands(texts).all()) {
            List<String> names = new java.util.ArrayList<>(List.of(command.getName()));
            names.addAll(command.getNameLocalizations().toMap().values());
            List<String> descriptions = new java.util.ArrayList<>(List.of(command.getDescription()));
            descriptions.addAll(command.getDescriptionLocalizations().toMap().values());
            for (net.dv8tion.jda.api.interactions.commands.build.OptionData option : command.getOptions()) {
                names.add(option.getName());
                names.addAll(option.getNameLocalizations().toMap().values());
                descriptions.add(option.getDescription());
                descriptions.addAll(option.getDescriptionLocalizations().toMap().values());
            }
            for (String name : names) {
                assertThat(name).as("a name in /%s", command.getName()).matches("[-_\\p{Ll}\\p{Lo}\\p{N}]{1,32}");
            }
            for (String description : descriptions) {
                assertThat(description)
                        .as("a description in /%s", command.getName())
                        .hasSizeBetween(1, 100);
            }
        }
    }

    @Test
    void uploadTakesOneRequiredFile() {
        SlashCommandData upload = new SlashCommands(texts)
                .all().stream()
                        .filter(c -> c.getName().equals("upload"))
                        .findFirst()
                        .orElseThrow();
        assertThat(upload.getOptions()).singleElement().satisfies(option -> {
            assertThat(option.getType()).isEqualTo(net.dv8tion.jda.api.interactions.commands.OptionType.ATTACHMENT);
            assertThat(option.isRequired()).isTrue();
        });
    }

    @Test
    void duration_wholeMinutesOrSeconds() {
        assertThat(SlashCommands.duration(2)).isEqualTo("2m");
        assertThat(SlashCommands.duration(0.5)).isEqualTo("30s");
        assertThat(SlashCommands.duration(1.25)).isEqualTo("75s");
        assertThat(SlashCommands.duration(30)).isEqualTo("30m");
    }
}
