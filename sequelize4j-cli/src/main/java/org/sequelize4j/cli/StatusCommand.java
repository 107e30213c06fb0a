package org.sequelize4j.cli;

import java.io.PrintWriter;
import java.util.List;
import org.sequelize4j.migrations.MigrationStatus;
import org.sequelize4j.migrations.Migrator;
import picocli.CommandLine.Command;

/** {@code db:migrate:status}: lists every migration as {@code up} (applied) or {@code down} (pending). */
@Command(name = "db:migrate:status", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  sequelize4j db:migrate:status --url sqlite:app.db",
                "  sequelize4j db:migrate:status --config config/config.json --env production"},
        description = "Lists every migration as up (applied) or down (pending).")
final class StatusCommand extends MigratorCommand {

    @Override
    void run(Migrator migrator, PrintWriter out) {
        List<MigrationStatus> all = migrator.status();
        int applied = 0;
        for (MigrationStatus status : all) {
            out.println((status.applied() ? "up   " : "down ") + status.name());
            applied += status.applied() ? 1 : 0;
        }
        out.println(applied + " applied, " + (all.size() - applied) + " pending.");
    }
}
