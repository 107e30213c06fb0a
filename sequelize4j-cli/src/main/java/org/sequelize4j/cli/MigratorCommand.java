package org.sequelize4j.cli;

import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.Migration;
import org.sequelize4j.migrations.MigrationHistory;
import org.sequelize4j.migrations.MigratorOptions;
import org.sequelize4j.migrations.Migrator;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** A verb that runs the migrator over the migrations folder on the configured database. */
abstract class MigratorCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    JavaMigrationOptions javaMigrations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** When the verb started, for the summary's duration (connecting included: it is part of the wait). */
    private long started;

    /** Does the verb's work and prints its summary. */
    abstract void run(Migrator migrator, PrintWriter out);

    /** The folder of SQL pairs this verb works on. */
    Path folder() {
        return connection.migrationsPath;
    }

    /** Where the verb's history is kept. */
    MigrationHistory history() {
        return MigrationHistory.SEQUELIZE_META;
    }

    /** How the folder is named in messages. */
    String what() {
        return "migrations folder " + folder().toAbsolutePath()
                + " does not exist (create it with migration:generate, or pass --migrations-path)";
    }

    @Override
    public Integer call() {
        started = System.nanoTime();
        Settings settings = Settings.resolve(connection, System.getenv());
        boolean folderPresent = Files.isDirectory(folder());
        if (!folderPresent && !javaMigrations.given()) {
            throw new ConfigError("The " + what());
        }
        List<Migration> java = javaMigrations.load();
        PrintWriter out = spec.commandLine().getOut();
        try (Sequelize sequelize = Sequelizes.open(settings)) {
            MigratorOptions options = migratorOptions().migrations(java);
            if (folderPresent) {
                options.folder(folder());
            }
            Migrator migrator = new Migrator(sequelize, options.history(history())
                    .listener((event, name, ms) -> {
                        out.println(switch (event) {
                            case MIGRATING -> "== " + name + ": migrating";
                            case MIGRATED -> "== " + name + ": migrated (" + ms + " ms)";
                            case REVERTING -> "== " + name + ": reverting";
                            case REVERTED -> "== " + name + ": reverted (" + ms + " ms)";
                        });
                        out.flush();
                    }));
            run(migrator, out);
        }
        out.flush();
        return Main.OK;
    }

    /** How long the verb has run, for its summary. */
    String took() {
        return (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    /** What is applied and pending now, for the summaries of the verbs that revert. */
    static String counts(Migrator migrator) {
        return migrator.executed().size() + " applied, " + migrator.pending().size() + " pending";
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
