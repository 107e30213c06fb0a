package org.sequelize4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sequelize4j.migrations.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db:migrate [--to NAME]}: applies the pending migrations. */
@Command(name = "db:migrate", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j db:migrate --url sqlite:app.db",
                "  sequelize4j db:migrate --to 20260102090000-add-teams --env test",
                "  DATABASE_URL=postgres://app@db/app sequelize4j db:migrate"},
        description = "Applies every pending migration, in name order (or up to and including --to).")
final class MigrateCommand extends MigratorCommand {

    @Option(names = "--to", paramLabel = "NAME", description = "Last migration to apply")
    String to;

    @Override
    void run(Migrator migrator, PrintWriter out) {
        List<String> applied = migrator.up(to);
        int pending = migrator.pending().size();
        if (!applied.isEmpty()) {
            out.println("Applied " + plural(applied.size(), "migration") + " in " + took() + "; " + pending + " pending.");
        } else if (pending == 0) {
            out.println("No migrations were executed, database schema was already up to date.");
        } else {
            out.println("No migrations were executed; " + pending + " pending after " + to + ".");
        }
    }
}
