package dev.sobes.app;

import dev.sobes.content.ContentError;
import dev.sobes.content.ContentLoader;
import dev.sobes.content.ContentStats;
import dev.sobes.content.LoadResult;
import dev.sobes.content.MarkdownImport;
import dev.sobes.content.MarkdownImporter;
import dev.sobes.core.model.Level;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The launcher's content commands: checking packs, and importing Markdown notes as a pack. */
final class ContentCommands {
    /** Exit code when the content has errors, or notes yielded no question. */
    static final int EXIT_CONTENT = 1;

    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private ContentCommands() {}

    static Path contentDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("SOBES_CONTENT_DIR", "content"));
    }

    static int validate(List<String> args, Map<String, String> env, PrintStream out, PrintStream err)
            throws IOException {
        if (args.size() > 1) {
            err.println("validate takes at most one argument, the content folder.");
            return Sobes.EXIT_CONFIG;
        }
        Path dir = args.isEmpty() ? contentDir(env) : Path.of(args.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("The content folder " + dir.toAbsolutePath() + " does not exist.");
            return Sobes.EXIT_CONFIG;
        }
        LoadResult result = new ContentLoader().load(dir);
        for (ContentError error : result.errors()) {
            err.println(error);
        }
        for (String pack : result.skippedPacks()) {
            err.println("The pack " + pack + " has errors and would be skipped.");
        }
        out.println(ContentStats.of(result.bank()));
        if (!result.ok()) {
            err.println(result.errors().size() + " error(s) in " + dir.toAbsolutePath() + ".");
            return EXIT_CONTENT;
        }
        out.println("All packs are valid.");
        return 0;
    }

    static int importNotes(List<String> args, Map<String, String> env, PrintStream out, PrintStream err)
            throws IOException {
        String notes = null;
        String packId = null;
        Level level = Level.MIDDLE;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--pack") || arg.equals("--level")) && i + 1 >= args.size()) {
                err.println(arg + " needs a value.");
                return Sobes.EXIT_CONFIG;
            }
            if (arg.equals("--pack")) {
                packId = args.get(++i);
            } else if (arg.equals("--level")) {
                Optional<Level> parsed = Level.parse(args.get(++i));
                if (parsed.isEmpty()) {
                    err.println("--level is junior, middle or senior, not \"" + args.get(i) + "\".");
                    return Sobes.EXIT_CONFIG;
                }
                level = parsed.get();
            } else if (notes == null && !arg.startsWith("--")) {
                notes = arg;
            } else {
                err.println("Unexpected argument \"" + arg + "\". Usage: sobes import NOTES.md --pack ID");
                return Sobes.EXIT_CONFIG;
            }
        }
        if (notes == null || packId == null) {
            err.println("Usage: sobes import NOTES.md --pack ID [--level junior|middle|senior]");
            return Sobes.EXIT_CONFIG;
        }
        if (!PACK_ID.matcher(packId).matches()) {
            err.println("The pack id \"" + packId
                    + "\" must be lowercase letters, digits and '-', at most 40 characters, starting with a letter or"
                    + " digit.");
            return Sobes.EXIT_CONFIG;
        }
        Path file = Path.of(notes);
        if (!Files.isRegularFile(file)) {
            err.println("There is no file " + file.toAbsolutePath() + ".");
            return Sobes.EXIT_CONFIG;
        }
        Path dir = contentDir(env);
        if (Files.exists(dir.resolve(packId))) {
            err.println("The content folder already has a pack folder "
                    + dir.resolve(packId).toAbsolutePath() + "; choose another --pack id or remove that folder.");
            return Sobes.EXIT_CONFIG;
        }
        MarkdownImport imported = new MarkdownImporter(level).importFile(file, packId);
        out.println(imported.report());
        if (imported.report().importedCount() == 0) {
            err.println("No section of " + file + " had an answer to import; nothing was written.");
            return EXIT_CONTENT;
        }
        Files.createDirectories(dir);
        Path written = imported.writeTo(dir);
        out.println("Wrote the pack to " + written.toAbsolutePath() + ". Practise it with /practice " + packId + ".");
        return 0;
    }
}
