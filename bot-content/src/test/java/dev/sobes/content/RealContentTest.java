package dev.sobes.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Level;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.QuestionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loads the repository's own {@code content/} folder: any error in it fails the build. */
class RealContentTest {

    @Test
    void repositoryContentLoadsWithoutErrors() throws IOException {
        Path contentDir = contentDir();
        assertThat(contentDir).as("the content folder").isDirectory();

        LoadResult result = new ContentLoader().load(contentDir);

        StringBuilder report =
                new StringBuilder("Content in ").append(contentDir).append('\n');
        result.errors().forEach(e -> report.append("  ").append(e).append('\n'));
        report.append(result.stats()).append('\n');
        for (Pack pack : result.bank().packs()) {
            report.append("  ")
                    .append(pack.id())
                    .append(": ")
                    .append(pack.topics().size())
                    .append(" topics, ")
                    .append(pack.questions().size())
                    .append(" questions (")
                    .append(counts(pack))
                    .append(")\n");
        }
        System.out.print(report);

        assertThat(result.errors()).as(report.toString()).isEmpty();
        assertThat(result.bank().packs()).as("packs in " + contentDir).isNotEmpty();
    }

    private static String counts(Pack pack) {
        String levels = Arrays.stream(Level.values())
                .map(l -> l.code() + " " + pack.questions(null, l).size())
                .collect(Collectors.joining(", "));
        String kinds = Arrays.stream(QuestionKind.values())
                .map(k -> k.name().toLowerCase(Locale.ROOT) + " "
                        + pack.questions().stream().filter(q -> q.kind() == k).count())
                .collect(Collectors.joining(", "));
        return levels + "; " + kinds;
    }

    /** {@code ../content} from the module, as set by the build or found from the working folder. */
    private static Path contentDir() {
        String configured = System.getProperty("sobes.contentDir");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of("").toAbsolutePath().resolveSibling("content");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("content").toAbsolutePath();
        }
        return dir.normalize();
    }
}
