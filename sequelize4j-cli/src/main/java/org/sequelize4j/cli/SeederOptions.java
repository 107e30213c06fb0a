package org.sequelize4j.cli;

import java.nio.file.Path;
import org.sequelize4j.migrations.MigrationHistory;
import picocli.CommandLine.Option;

/** The options of the seed verbs: where the seeders are and whether their runs are recorded. */
public final class SeederOptions {

    /** sequelize-cli's {@code seederStorage} values. */
    enum Storage {
        /** Nothing recorded: every seeder runs on each {@code db:seed:all}. */
        none(MigrationHistory.NONE),
        /** Runs recorded in {@code SequelizeData}. */
        sequelize(MigrationHistory.SEQUELIZE_DATA);

        final MigrationHistory history;

        Storage(MigrationHistory history) {
            this.history = history;
        }
    }

    @Option(names = "--seeders-path", paramLabel = "DIR", defaultValue = "seeders",
            description = "Folder of NAME.up.sql / NAME.down.sql seeders (default: ${DEFAULT-VALUE})")
    Path seedersPath;

    @Option(names = "--seeder-storage", paramLabel = "none|sequelize",
            description = "none: keep no history, run every seeder each time; sequelize: record them in"
                    + " SequelizeData (default: the configuration file's seederStorage, else none)")
    Storage storage;

    /** The storage asked for: the option, else the configuration file's {@code seederStorage}, else none. */
    MigrationHistory history(ConnectionOptions connection) {
        if (storage != null) {
            return storage.history;
        }
        String configured = Settings.setting(connection, System.getenv(), "seederStorage");
        if (configured == null) {
            return MigrationHistory.NONE;
        }
        for (Storage candidate : Storage.values()) {
            if (candidate.name().equals(configured)) {
                return candidate.history;
            }
        }
        throw new ConfigError("seederStorage '" + configured + "' in the configuration file is not supported:"
                + " use none or sequelize");
    }
}
