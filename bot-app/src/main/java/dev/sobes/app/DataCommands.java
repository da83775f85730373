package dev.sobes.app;

import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.PersonId;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import java.io.PrintStream;
import java.time.Clock;

/** The launcher's database commands: export and forget a person, migrate the schema. */
final class DataCommands {
    private DataCommands() {}

    static int export(Settings settings, String who, PrintStream out, PrintStream err) {
        PersonId person = Settings.person(who, "export");
        try (SqlStore store = open(settings)) {
            Attachment file = store.export(person);
            PackOwner owner = PackOwner.person(person);
            if (store.answers(person).isEmpty()
                    && store.grades(person).isEmpty()
                    && store.language(person).isEmpty()
                    && store.packs().all().stream()
                            .noneMatch(kept -> kept.owner().equals(owner))) {
                err.println("Nothing is kept about " + person.key() + "; the export is empty.");
            }
            out.write(file.content(), 0, file.size());
            out.flush();
        }
        return Sobes.EXIT_OK;
    }

    static int forget(Settings settings, String who, boolean yes, PrintStream out, PrintStream err) {
        PersonId person = Settings.person(who, "forget");
        try (SqlStore store = open(settings)) {
            int answers = store.answers(person).size();
            int grades = store.grades(person).size();
            if (!yes) {
                err.println("This deletes everything kept about " + person.key() + " (" + answers + " answers, "
                        + grades + " grades) and cannot be undone. Run again with --yes to delete it.");
                return Sobes.EXIT_CONFIG;
            }
            PackOwner owner = PackOwner.person(person);
            long packs = store.packs().all().stream()
                    .filter(kept -> kept.owner().equals(owner))
                    .count();
            store.forget(person);
            out.println("Deleted everything kept about " + person.key() + ": " + answers + " answers, " + grades
                    + " grades, " + packs + " own packs.");
        }
        return Sobes.EXIT_OK;
    }

    static int migrate(Settings settings, PrintStream out) {
        Database database = Storage.database(settings.asMap());
        try (SqlStore store = Storage.open(database, Clock.systemUTC())) {
            out.println("The database " + store.database().describe() + " is up to date.");
        }
        return Sobes.EXIT_OK;
    }

    private static SqlStore open(Settings settings) {
        return Storage.open(Storage.database(settings.asMap()), Clock.systemUTC());
    }
}
