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

    @Option(names = "--seeder-storage", paramLabel = "none|sequelize", defaultValue = "none",
            description = "none: keep no history, run every seeder each time (default); sequelize: record them"
                    + " in SequelizeData")
    Storage storage;
}
