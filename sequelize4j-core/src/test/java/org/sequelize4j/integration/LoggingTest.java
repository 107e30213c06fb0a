package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** The {@code logging} callback: every statement, its scope, timing and (on request) its values. */
class LoggingTest {

    private static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING), attribute("age", INTEGER)));
        sequelize.sync();
        return users;
    }

    private static void assertOne(List<String> messages, String prefix, String contains) {
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(prefix), messages.get(0));
        assertTrue(messages.get(0).contains(contains), messages.get(0));
    }

    @DialectTest
    void everyStatementIsLogged(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            ModelStatic<Model> user = users(sequelize);
            assertTrue(log.messages().stream().anyMatch(m -> m.startsWith("Executing (default): CREATE TABLE")),
                    log.messages().toString());
            assertTrue(log.messages().stream().allMatch(m -> m.startsWith("Executing (default): ")), log.messages().toString());

            int before = log.size();
            Model ada = user.create(Map.of("name", "Ada", "age", 36));
            List<String> inserts = log.since(before);
            assertTrue(inserts.get(0).startsWith("Executing (default): INSERT INTO "), inserts.toString());

            before = log.size();
            user.findAll(query().where(eq("name", "Ada")));
            assertOne(log.since(before), "Executing (default): SELECT ", "WHERE");
            assertFalse(log.last().contains("Ada"), "values are not logged by default: " + log.last());
            // The placeholder as the server numbers it, as Sequelize's logs show it ($1 on PostgreSQL).
            assertTrue(log.last().contains(sequelize.dialect().capabilities().numberedPlaceholders() ? "$1" : "?"),
                    log.last());

            before = log.size();
            user.count();
            assertOne(log.since(before), "Executing (default): SELECT COUNT(", "FROM");

            before = log.size();
            ada.set("age", 37);
            ada.save();
            assertOne(log.since(before), "Executing (default): UPDATE ", "SET");

            before = log.size();
            user.update(Map.of("age", 1), UpdateOptions.where(eq("name", "Ada")));
            assertOne(log.since(before), "Executing (default): UPDATE ", "WHERE");

            before = log.size();
            user.destroy(DestroyOptions.where(eq("name", "nobody")));
            assertOne(log.since(before), "Executing (default): DELETE FROM ", "WHERE");

            before = log.size();
            sequelize.query("SELECT 1 AS one");
            assertOne(log.since(before), "Executing (default): SELECT 1 AS one", "one");

            // A failing statement is logged as well.
            before = log.size();
            assertThrows(DatabaseError.class, () -> sequelize.query("SELECT * FROM no_such_table"));
            assertOne(log.since(before), "Executing (default): ", "no_such_table");

            // So is failing DDL (PostgreSQL and MariaDB check that a referenced table exists).
            if (dialect != TestDialect.SQLITE) {
                sequelize.define("orphan", List.of(attribute("parentId", INTEGER)
                        .references(org.sequelize4j.References.table("no_such_parent").key("id"))));
                DatabaseError failed = assertThrows(DatabaseError.class, sequelize::sync);
                assertTrue(failed.sql().contains("no_such_parent"), failed.sql());
                assertEquals("Executing (default): " + failed.sql(), log.last());
            }
        }
    }

    @DialectTest
    void benchmarkReportsElapsedTime(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.benchmark(true).loggingWithTime(log))) {
            ModelStatic<Model> users = users(sequelize);
            log.clear();
            users.findAll();
            assertEquals(1, log.size());
            String message = log.last();
            Matcher m = Pattern.compile("^Executed \\(default\\): SELECT .* Elapsed time: (\\d+)ms$").matcher(message);
            assertTrue(m.matches(), message);
            assertEquals(Long.valueOf(m.group(1)), log.elapsed().get(0));
            assertTrue(log.elapsed().get(0) >= 0);

            if (dialect != TestDialect.SQLITE) {
                log.clear();
                sequelize.query(dialect == TestDialect.POSTGRES ? "SELECT pg_sleep(0.25)" : "SELECT SLEEP(0.25)");
                assertTrue(log.elapsed().get(0) >= 240, log.messages().toString());
            }
        }
        // Without benchmark, no time is measured or reported.
        SqlLog plain = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.loggingWithTime(plain))) {
            users(sequelize).findAll();
            assertTrue(plain.last().startsWith("Executing (default): SELECT "), plain.last());
            assertFalse(plain.last().contains("Elapsed"), plain.last());
            assertNull(plain.elapsed().get(plain.size() - 1));
        }
    }

    @DialectTest
    void parametersOnlyWhenAskedFor(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logQueryParameters(true).logging((Consumer<String>) log))) {
            ModelStatic<Model> users = users(sequelize);
            users.create(Map.of("name", "Secret Ada", "age", 36));
            log.clear();
            users.findAll(query().where(eq("name", "Secret Ada")));
            assertTrue(log.last().contains("Secret Ada"), log.last());
            assertTrue(log.last().startsWith("Executing (default): SELECT "), log.last());
            log.clear();
            sequelize.query("SELECT :a AS a, :b AS b", QueryOptions.queryOptions().replacements(Map.of("a", 41, "b", "x")));
            assertTrue(log.last().endsWith("; [41, x]"), log.last());
        }
        SqlLog quiet = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) quiet))) {
            ModelStatic<Model> users = users(sequelize);
            users.create(Map.of("name", "Secret Ada", "age", 36));
            users.findAll(query().where(eq("name", "Secret Ada")));
            assertTrue(quiet.messages().stream().noneMatch(m -> m.contains("Secret")), quiet.messages().toString());
        }
    }

    @DialectTest
    void loggingFalseSilencesTheCallback(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log).benchmark(true).logging(false))) {
            ModelStatic<Model> users = users(sequelize);
            users.create(Map.of("name", "Ada"));
            users.findAll();
            sequelize.query("SELECT 1");
            sequelize.transaction(t -> users.count());
        }
        assertEquals(List.of(), log.messages());
    }

    @DialectTest
    void transactionStatementsCarryTheTransactionId(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging((Consumer<String>) log))) {
            ModelStatic<Model> users = users(sequelize);
            log.clear();
            String[] ids = new String[2];
            sequelize.transaction(t -> {
                ids[0] = t.id();
                users.create(Map.of("name", "in tx"));
                users.count();
                sequelize.query("SELECT 1 AS one");
                assertThrows(IllegalStateException.class, () -> sequelize.transaction(org.sequelize4j.TransactionOptions
                        .transactionOptions().nestMode(org.sequelize4j.TransactionOptions.NestMode.SAVEPOINT), nested -> {
                    ids[1] = nested.id();
                    users.create(Map.of("name", "rolled back"));
                    throw new IllegalStateException("undo the savepoint");
                }));
            });
            String label = "(" + ids[0] + "): ";
            List<String> messages = log.messages();
            assertTrue(messages.stream().allMatch(m -> m.contains(label) || m.contains("(" + ids[1] + "): ")),
                    messages.toString());
            assertTrue(messages.stream().noneMatch(m -> m.contains("(default)")), messages.toString());
            assertEquals("Executing " + label + "START TRANSACTION", messages.get(0));
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("Executing " + label + "INSERT INTO ")), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("Executing " + label + "SELECT 1 AS one")));
            assertTrue(messages.stream().anyMatch(m -> m.contains("SAVEPOINT")), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.startsWith("Executing (" + ids[1] + "): ROLLBACK TO SAVEPOINT")),
                    messages.toString());
            assertEquals("Executing " + label + "COMMIT", messages.get(messages.size() - 1));
            // The savepoint's insert was undone, the outer one kept.
            assertEquals(1, users.count());
            assertEquals("in tx", users.findOne(query()).get("name"));

            log.clear();
            Transaction unmanaged = sequelize.startUnmanagedTransaction();
            users.count(query().transaction(unmanaged));
            unmanaged.rollback();
            assertEquals(List.of("Executing (" + unmanaged.id() + "): START TRANSACTION",
                    log.messages().get(1), "Executing (" + unmanaged.id() + "): ROLLBACK"), log.messages());
            assertTrue(log.messages().get(1).startsWith("Executing (" + unmanaged.id() + "): SELECT COUNT("));
        }
    }
}
