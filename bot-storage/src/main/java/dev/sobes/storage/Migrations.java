package dev.sobes.storage;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings the schema up to date at start-up with Flyway, from the versioned scripts in
 * {@code dev/sobes/storage/migration}; the same scripts serve SQLite and PostgreSQL. A database that
 * a newer version of Sobes has migrated further is refused untouched.
 */
final class Migrations {
    static final String LOCATION = "classpath:dev/sobes/storage/migration";

    private Migrations() {}

    static void run(DataSource source, Database database) throws StoreSetupException {
        Flyway flyway = configure(source, database).load();
        try {
            refuseNewerSchema(flyway.info(), database);
            flyway.migrate();
        } catch (FlywayException e) {
            throw explain(database, e);
        }
    }

    static FluentConfiguration configure(DataSource source, Database database) {
        FluentConfiguration config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(source)
                // Logs go where the application sends the rest (SLF4J), not to java.util.logging.
                .loggers("slf4j")
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .placeholders(Map.of(
                        "id",
                        Dialect.of(database).identityColumn(),
                        "blob",
                        Dialect.of(database).bytesColumn()));
        if (database instanceof Database.Postgres postgres && postgres.schema() != null) {
            config.schemas(postgres.schema()).defaultSchema(postgres.schema()).createSchemas(true);
        }
        return config;
    }

    private static void refuseNewerSchema(MigrationInfoService info, Database database) throws StoreSetupException {
        MigrationInfo[] all = info.all();
        Optional<MigrationVersion> known = Arrays.stream(all)
                .filter(m ->
                        m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(Comparator.naturalOrder());
        Optional<MigrationInfo> future = Arrays.stream(all)
                .filter(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (future.isPresent()) {
            throw new StoreSetupException("The database " + database.describe()
                    + " was set up by a newer version of Sobes (schema version "
                    + future.get().getVersion()
                    + "; this version knows up to " + known.map(String::valueOf).orElse("none")
                    + "). Nothing was changed. Run the newer version of Sobes, or choose another database.");
        }
    }

    private static StoreSetupException explain(Database database, FlywayException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("non-empty schema") || message.contains("without schema history")) {
            return new StoreSetupException(
                    "The database " + database.describe() + " holds tables of another program and no Sobes schema;"
                            + " Sobes will not write into it. Nothing was changed. Choose a new file, or an empty"
                            + " database or schema.",
                    e);
        }
        if (Failures.find(e, SQLException.class) != null) {
            return Failures.atStartUp(database, e);
        }
        return new StoreSetupException(
                "The schema of " + database.describe() + " could not be brought up to date: " + Failures.message(e), e);
    }
}
