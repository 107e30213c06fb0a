package org.sequelize4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sequelize4j.migrations.MigrationHistory;
import org.sequelize4j.migrations.Migrator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** sequelize-cli's seed verbs: the migrator run over the seeders folder with the seeders' history. */
final class SeedCommands {

    private SeedCommands() {
    }

    /** A verb working on the seeders folder. */
    abstract static class SeederCommand extends MigratorCommand {

        @Mixin
        SeederOptions seeders;

        @Override
        Path folder() {
            return seeders.seedersPath;
        }

        @Override
        MigrationHistory history() {
            return seeders.history(connection);
        }

        @Override
        String what() {
            return "seeders folder " + folder().toAbsolutePath()
                    + " does not exist (create it with seed:generate, or pass --seeders-path)";
        }

        /** The summary: how many ran and how long it took; with a history, how many have not run. */
        void ran(PrintWriter out, Migrator migrator, List<String> names, String verb) {
            String rest = history() == MigrationHistory.NONE ? "" : "; " + migrator.pending().size() + " not run yet";
            out.println(names.isEmpty() ? "No seeders were " + verb + rest + "."
                    : plural(names.size(), "seeder") + " " + verb + " in " + took() + rest + ".");
        }
    }

    /** {@code db:seed --seed NAME}: runs one seeder. */
    @Command(name = "db:seed", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j db:seed --seed 20260301000000-demo-users --url sqlite:app.db"},
            description = "Runs the seeder --seed NAME.")
    static final class Seed extends SeederCommand {

        @Option(names = "--seed", required = true, paramLabel = "NAME", description = "The seeder to run")
        String seed;

        @Override
        void run(Migrator migrator, PrintWriter out) {
            ran(out, migrator, migrator.upOnly(seed), "run");
        }
    }

    /** {@code db:seed:all}: runs every seeder (with storage sequelize, the ones not run yet). */
    @Command(name = "db:seed:all", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j db:seed:all --url sqlite:app.db",
                    "  sequelize4j db:seed:all --seeder-storage sequelize --seeders-path db/seeders"},
            description = "Runs every seeder, in name order (with --seeder-storage sequelize, those not run yet).")
    static final class All extends SeederCommand {

        @Override
        void run(Migrator migrator, PrintWriter out) {
            ran(out, migrator, migrator.up(), "run");
        }
    }

    /** {@code db:seed:undo [--seed NAME]}: undoes the last seeder, or the one named. */
    @Command(name = "db:seed:undo", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j db:seed:undo --url sqlite:app.db",
                    "  sequelize4j db:seed:undo --seed 20260301000000-demo-users"},
            description = "Undoes the last seeder (with no history: the last one found), or the one --seed names.")
    static final class Undo extends SeederCommand {

        @Option(names = "--seed", paramLabel = "NAME", description = "The seeder to undo")
        String seed;

        @Override
        void run(Migrator migrator, PrintWriter out) {
            ran(out, migrator, seed == null ? migrator.down() : migrator.downOnly(seed), "undone");
        }
    }

    /** {@code db:seed:undo:all}: undoes every seeder, newest first. */
    @Command(name = "db:seed:undo:all", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j db:seed:undo:all --seeder-storage sequelize"},
            description = "Undoes every seeder, newest first (with no history: every one found).")
    static final class UndoAll extends SeederCommand {

        @Override
        void run(Migrator migrator, PrintWriter out) {
            // With no history every seeder found counts as run, so undo down to the first one found.
            List<String> candidates = history() == MigrationHistory.NONE
                    ? migrator.status().stream().map(s -> s.name()).toList() : migrator.executed();
            ran(out, migrator, candidates.isEmpty() ? List.of() : migrator.down(candidates.get(0)), "undone");
        }
    }

    /** {@code seed:generate --name NAME}: writes an empty seeder pair. */
    @Command(name = "seed:generate", mixinStandardHelpOptions = true,
            footerHeading = "%nExamples:%n",
            footer = {"  sequelize4j seed:generate --name demo-users"},
            description = "Writes TIMESTAMP-NAME.up.sql and TIMESTAMP-NAME.down.sql into the seeders folder.")
    static final class Generate implements Callable<Integer> {

        @Mixin
        SeederOptions seeders;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "What the seeder adds, e.g. demo-users (letters, digits, - _ .)")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            GenerateCommand.write(seeders.seedersPath, name, "Seeder", spec.commandLine().getOut());
            return Main.OK;
        }
    }
}
