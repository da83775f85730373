package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Slash commands registered in one guild for development, localized, with autocomplete. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandsIT {
    private Harness harness;
    private FakeDiscord discord;
    private FakeGuild dev;
    private FakeGuild other;
    private FakeChannel general;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        dev = discord.addGuild("Development");
        general = dev.addTextChannel("general");
        other = discord.addGuild("Somewhere else");
        other.addTextChannel("general");
        harness = new Harness(discord);
        DiscordSettings settings = new DiscordSettings(
                discord.token(), DiscordSettings.CommandScope.GUILD, dev.id(), 0, 0, 0, discord.restUrl(), false);
        harness.start(settings);
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void guildCommandsAreRegisteredInTheDevelopmentGuildOnly() {
        List<JsonNode> commands = discord.awaitCommands(dev);
        assertThat(commands)
                .extracting(c -> c.path("name").asText())
                .contains("practice", "mock", "review", "stats", "hint", "skip", "stop", "lang", "help")
                .contains("report", "upload", "remind", "timezone", "reload", "counts", "broadcast", "reports")
                .contains("packs", "deletepack");
        assertThat(discord.globalCommands()).isEmpty();
        assertThat(discord.guildCommands(other)).isEmpty();

        JsonNode practice = commands.stream()
                .filter(c -> c.path("name").asText().equals("practice"))
                .findFirst()
                .orElseThrow();
        assertThat(practice.path("name_localizations").path("ru").asText()).isEqualTo("практика");
        assertThat(practice.path("description_localizations").path("ru").asText())
                .isNotBlank();
        assertThat(practice.path("options"))
                .extracting(o -> o.path("name").asText())
                .containsExactly("pack", "topic", "level");
        JsonNode report = commands.stream()
                .filter(c -> c.path("name").asText().equals("report"))
                .findFirst()
                .orElseThrow();
        assertThat(report.path("options"))
                .extracting(
                        o -> o.path("name").asText() + ":" + o.path("required").asBoolean())
                .containsExactly("comment:true", "question:false");
        assertThat(report.path("name_localizations").path("ru").asText()).isEqualTo("жалоба");
        JsonNode upload = commands.stream()
                .filter(c -> c.path("name").asText().equals("upload"))
                .findFirst()
                .orElseThrow();
        assertThat(upload.path("options").path(0).path("type").asInt()).isEqualTo(11);
        for (JsonNode command : commands) {
            assertThat(command.path("name_localizations").path("ru").asText())
                    .as("Russian name of /%s", command.path("name").asText())
                    .isNotBlank();
        }
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void guildCommandsAreNotOfferedInDirectMessages() {
        discord.awaitCommands(dev);
        FakeUser alice = discord.addUser("alice", "en-US");
        assertThatThrownBy(() -> alice.runs(alice.dm(), "/help")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void topicsAreOfferedAsTheyAreTypedInThePersonsLanguage() {
        discord.awaitCommands(dev);
        FakeUser olga = discord.addUser("olga", "ru");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("pack", "go");
        typed.put("topic", "кан");
        FakeInteraction completing = olga.autocompletes(general, "practice", typed, "topic");
        assertThat(completing.awaitChoices()).containsExactly(new FakeInteraction.Choice("Каналы", "channels"));

        FakeUser sam = discord.addUser("sam", "en-US");
        FakeInteraction packs = sam.autocompletes(general, "practice", Map.of("pack", ""), "pack");
        assertThat(packs.awaitChoices()).containsExactly(new FakeInteraction.Choice("Go interview (go)", "go"));
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aPersonsLanguageCarriesToTheAdaptersOwnWords() {
        discord.awaitCommands(dev);
        FakeUser olga = discord.addUser("olga-2", "ru");
        olga.runs(general, "/practice pack:go topic:channels level:junior");
        FakeChannel thread = dev.awaitThread();
        FakeMessage card = thread.awaitReply(m -> m.hasButton("Ответить"));
        assertThat(thread.name()).isEqualTo("Практика · olga-2");
        assertThat(card.text()).contains("Нажмите **Ответить**");
        FakeInteraction opened = olga.clicks(card, "Ответить");
        assertThat(opened.awaitModal().title()).isEqualTo("Ваш ответ");
    }
}
