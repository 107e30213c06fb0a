package org.sequelize4j.migrations;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.migrations.MigratorOptions.migratorOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.Concurrency;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Two migrators on two Sequelize instances over one database, started together, apply each migration once. */
class MigratorConcurrencyTest {

    @TempDir
    Path dir;

    /** Logs its own name into {@code runs} (no key: a second application would show as a second row). */
    private record Logged(String name) implements Migration {
        @Override
        public void up(MigrationContext context) {
            context.queryInterface().createTable("runs", List.of(attribute("name", STRING(100))));
            context.queryInterface().createTable("t_" + name.substring(name.length() - 1),
                    List.of(attribute("name", STRING(100))));
            context.queryInterface().bulkInsert("runs", List.of(Map.of("name", name)));
            try {
                // Long enough for the other runner to be waiting on the lock meanwhile.
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void down(MigrationContext context) {
        }
    }

    @DialectTest
    void twoRunnersApplyEachMigrationOnce(Sequelize harness, TestDialect dialect) throws Exception {
        List<Migration> migrations = List.of(new Logged("m1"), new Logged("m2"), new Logged("m3"));
        String url = dialect == TestDialect.SQLITE ? "sqlite:" + dir.resolve("migrations.db") : dialect.url();
        List<Sequelize> instances = List.of(new Sequelize(url), new Sequelize(url));
        try {
            List<Concurrency.Outcome<List<String>>> outcomes = Concurrency.runTogether(2, i ->
                    new Migrator(instances.get(i), migratorOptions().migrations(migrations)
                            .lockTimeout(Duration.ofSeconds(30))).up());
            List<String> ran = new ArrayList<>();
            for (Concurrency.Outcome<List<String>> outcome : outcomes) {
                assertTrue(outcome.ok(), () -> "a runner failed: " + outcome.error());
                ran.addAll(outcome.value());
            }
            assertEquals(List.of("m1", "m2", "m3"), ran.stream().sorted().toList(), "each applied by one runner");
            Sequelize one = instances.get(0);
            assertEquals(List.of("m1", "m2", "m3"), SampleMigrations.rows(one, "SELECT name FROM runs ORDER BY name")
                    .stream().map(row -> row.get("name")).toList());
            assertEquals(List.of("m1", "m2", "m3"), SampleMigrations.meta(one));
            assertEquals(List.of(), new Migrator(instances.get(1), migratorOptions().migrations(migrations)).pending());
        } finally {
            instances.forEach(Sequelize::close);
        }
    }
}
