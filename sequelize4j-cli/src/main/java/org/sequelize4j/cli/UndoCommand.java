package org.sequelize4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.migrations.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db:migrate:undo [--name NAME]}: reverts the last applied migration. */
@Command(name = "db:migrate:undo", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j db:migrate:undo --url sqlite:app.db",
                "  sequelize4j db:migrate:undo --name 20260102090000-add-teams"},
        description = "Reverts the last applied migration; with --name, checks that it is that one.")
final class UndoCommand extends MigratorCommand {

    @Option(names = "--name", paramLabel = "NAME", description = "The migration to revert: the last applied one")
    String name;

    @Override
    void run(Migrator migrator, PrintWriter out) {
        List<String> reverted;
        if (name == null) {
            reverted = migrator.down();
        } else {
            List<String> executed = migrator.executed();
            if (!executed.contains(name)) {
                throw new MigrationError(name, MigrationError.Reason.UNKNOWN_TARGET, "Migration '" + name
                        + "' is not applied; applied: " + executed, List.of(), null);
            }
            String last = executed.get(executed.size() - 1);
            if (!last.equals(name)) {
                // The runner reverts newest first; taking a middle one out would leave later ones on a
                // schema they were not written for.
                throw new MigrationError(name, MigrationError.Reason.UNKNOWN_TARGET, "Migration '" + name
                        + "' is not the last applied one ('" + last + "' is); use db:migrate:undo:all --to "
                        + name + " to revert it and every later one", List.of(), null);
            }
            reverted = migrator.down(name);
        }
        out.println(reverted.isEmpty() ? "No migrations were reverted: none is applied."
                : "Reverted " + plural(reverted.size(), "migration") + " in " + took() + "; " + counts(migrator) + ".");
    }
}
