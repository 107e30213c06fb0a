package org.sequelize4j.examples;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Sequelize;
import org.sequelize4j.migrations.Migration;
import org.sequelize4j.migrations.MigrationContext;
import org.sequelize4j.migrations.MigrationStatus;
import org.sequelize4j.migrations.Migrator;

/**
 * Migrations instead of sync: an SQL migration from the class path ({@code db/migrations}) creates a
 * table, a Java migration adds a column with the QueryInterface, and the history lands in
 * sequelize-cli's {@code SequelizeMeta}; then the last step is undone.
 */
final class Migrations implements Scenario {

    /** The Java step: runs after the SQL one, since names sort by their timestamp prefix. */
    static final class AddCodename implements Migration {
        @Override
        public String name() {
            return "20261202100000-add-codename";
        }

        @Override
        public void up(MigrationContext context) {
            context.queryInterface().addColumn("releases", "codename", attribute("codename", STRING));
        }

        @Override
        public void down(MigrationContext context) {
            context.queryInterface().removeColumn("releases", "codename");
        }
    }

    @Override
    public String title() {
        return "Migrations (QueryInterface, SQL and Java steps, SequelizeMeta)";
    }

    @Override
    public void run(Sequelize sequelize, PrintStream out) {
        Migrator migrator = new Migrator(sequelize, migratorOptions().classpath("db/migrations")
                .migrations(new AddCodename()));
        out.println("pending: " + migrator.pending());
        out.println("applied: " + migrator.up());
        out.println("releases columns: " + sequelize.getQueryInterface().describeTable("releases").keySet());
        sequelize.getQueryInterface().bulkInsert("releases", List.of(Map.of("version", "1.0", "codename", "Ada")));
        out.println("undone: " + migrator.down());
        out.println("releases columns: " + sequelize.getQueryInterface().describeTable("releases").keySet());
        List<MigrationStatus> status = migrator.status();
        out.println("status: " + status.stream().map(s -> s.name() + (s.applied() ? " up" : " down")).toList());
        migrator.down();
    }
}
