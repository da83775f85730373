package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's commands, settings and exit codes, as a script or a service manager sees them. */
class LauncherIT {
    @TempDir
    Path temp;

    @Test
    void helpExplainsEveryCommandAndWhereTheSettingsAreDescribed() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(Map.of(), "--help")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout())
                    .contains("run", "serve", "console", "validate", "import", "export", "forget", "migrate", "version")
                    .contains("docs/configuration.md")
                    .contains("Exit codes: 0 done, 1 the content has errors, 2 a setting or an argument is")
                    .contains("3 something else");
        }
        try (TerminalProcess sobes = TerminalProcess.start(Map.of(), "forget", "--help")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout()).contains("--yes").contains("PERSON");
        }
    }

    @Test
    void anUnknownCommandIsAnArgumentError() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(Map.of(), "serv")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("'serv'").contains("Usage: sobes");
        }
    }

    @Test
    void versionPrintsTheVersion() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(Map.of(), "version")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout()).startsWith("sobes ").contains("0.1.0");
        }
    }

    @Test
    void aBadSettingStopsTheStartNamingTheSettingAndTheFix() throws Exception {
        Map<String, String[]> cases = Map.of(
                "SOBES_HTTP_PORT", new String[] {"eighty", "must be a port number"},
                "SOBES_ADMINS", new String[] {"telegram:1,alice", "write platform:user-id"},
                "SOBES_LANG", new String[] {"de", "must be ru or en"},
                "SOBES_SEED", new String[] {"x", "must be a whole number"},
                "SOBES_SHUTDOWN_SECONDS", new String[] {"0", "from 1 to 600"});
        for (Map.Entry<String, String[]> bad : cases.entrySet()) {
            try (TerminalProcess sobes = TerminalProcess.start(
                    Map.of("SOBES_CONTENT_DIR", ConsolePracticeIT.MINI, bad.getKey(), bad.getValue()[0]), "console")) {
                assertThat(sobes.finish()).as(bad.getKey()).isEqualTo(2);
                assertThat(sobes.stderr())
                        .as(bad.getKey())
                        .contains(bad.getKey())
                        .contains(bad.getValue()[1]);
            }
        }
    }

    @Test
    void serveWithoutATokenSaysWhichSettingIsMissing() throws Exception {
        try (TerminalProcess sobes =
                TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", ConsolePracticeIT.MINI), "serve")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("SOBES_TELEGRAM_TOKEN").contains("SOBES_DISCORD_TOKEN");
        }
    }

    @Test
    void settingsComeFromAFileUnderTheEnvironmentAndTyposAreNamed() throws Exception {
        Path file = temp.resolve("sobes.env");
        Files.writeString(file, """
                # settings for the test
                SOBES_CONTENT_DIR=%s
                SOBES_LANG="ru"
                SOBES_LNAG=en
                """.formatted(ConsolePracticeIT.MINI), StandardCharsets.UTF_8);
        try (TerminalProcess sobes = TerminalProcess.start(Map.of("SOBES_CONFIG_FILE", file.toString()), "console")) {
            assertThat(sobes.screen()).contains("Добро пожаловать");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stderr()).contains("Unknown setting SOBES_LNAG").contains("did you mean SOBES_LANG?");
        }
        try (TerminalProcess sobes = TerminalProcess.start(Map.of("SOBES_LANG", "en"), "--config", file.toString())) {
            assertThat(sobes.screen()).contains("Welcome to Sobes");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(
                Map.of(), "--config", temp.resolve("missing.env").toString())) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("missing.env").contains("SOBES_CONFIG_FILE");
        }
    }

    @Test
    void exportAndForgetWorkOnTheStoreFromTheCommandLine() throws Exception {
        Map<String, String> env = Map.of(
                "SOBES_CONTENT_DIR",
                ConsolePracticeIT.MINI,
                "SOBES_LANG",
                "en",
                "SOBES_DB_PATH",
                temp.resolve("sobes.db").toString(),
                "USER",
                "tester");
        Path notes = Files.writeString(temp.resolve("tester-notes.md"), DeskIT.NOTES, StandardCharsets.UTF_8);
        try (TerminalProcess sobes = TerminalProcess.start(env)) {
            sobes.screen();
            sobes.type("/ask mini-channels-unbuffered");
            assertThat(sobes.type(CrashRecoveryIT.ANSWER)).contains("Key points covered");
            assertThat(sobes.type("/upload " + notes)).contains("Imported «tester-notes»");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "export", "console:tester")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout())
                    .contains("\"person\" : \"console:tester\"")
                    .contains("mini-channels-unbuffered")
                    .contains("\"fileName\" : \"tester-notes.md\"");
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "forget", "console:tester")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("1 answers").contains("--yes");
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "forget", "console:tester", "--yes")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout())
                    .contains("Deleted everything kept about console:tester: 1 answers")
                    .contains("1 own packs");
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "export", "console:tester")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout())
                    .doesNotContain("mini-channels-unbuffered")
                    .doesNotContain("tester-notes");
            assertThat(sobes.stderr()).contains("Nothing is kept about console:tester");
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "migrate")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout()).contains("is up to date");
        }
    }
}
