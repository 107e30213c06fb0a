package org.sequelize4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sequelize4j.migrations.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db:migrate:undo:all [--to NAME]}: reverts every applied migration, newest first. */
@Command(name = "db:migrate:undo:all", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j db:migrate:undo:all --url sqlite:app.db",
                "  sequelize4j db:migrate:undo:all --to 20260102090000-add-teams"},
        description = "Reverts every applied migration, newest first (or down to and including --to).")
final class UndoAllCommand extends MigratorCommand {

    @Option(names = "--to", paramLabel = "NAME", description = "Oldest migration to revert")
    String to;

    @Override
    void run(Migrator migrator, PrintWriter out) {
        List<String> reverted;
        if (to != null) {
            reverted = migrator.down(to);
        } else {
            List<String> executed = migrator.executed();
            reverted = executed.isEmpty() ? List.of() : migrator.down(executed.get(0));
        }
        out.println(reverted.isEmpty() ? "No migrations were reverted: none is applied."
                : "Reverted " + plural(reverted.size(), "migration") + " in " + took() + "; " + counts(migrator) + ".");
    }
}
