package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Lock;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.UnknownConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Driver errors become the same typed errors, with the same details, on every dialect. */
class ErrorsTest {

    private static ModelStatic<Model> accounts(Sequelize sequelize) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(
                attribute("id", INTEGER).primaryKey(true),
                attribute("email", STRING).unique(true),
                attribute("handle", STRING).field("user_handle").unique(true),
                attribute("team", STRING).unique("team_number"),
                attribute("number", INTEGER).unique("team_number")));
        sequelize.sync();
        accounts.create(Map.of("id", 1, "email", "ada@example.com", "handle", "ada", "team", "red", "number", 7));
        return accounts;
    }

    private static Map<String, Object> account(int id, String email, String handle, String team, int number) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("email", email);
        row.put("handle", handle);
        row.put("team", team);
        row.put("number", number);
        return row;
    }

    private static void assertUnique(UniqueConstraintError error, Map<String, Object> fields) {
        assertEquals(new ArrayList<>(fields.keySet()), new ArrayList<>(error.fields().keySet()), error.getMessage());
        assertEquals(fields, error.fields(), error.getMessage());
        List<String> paths = new ArrayList<>();
        for (ValidationErrorItem item : error.errors()) {
            paths.add(item.path());
            assertEquals("unique violation", item.type());
            assertEquals(fields.get(item.path()), item.value());
        }
        assertEquals(new ArrayList<>(fields.keySet()), paths);
        assertNotNull(error.sql());
        assertNotNull(error.original());
    }

    @DialectTest
    void uniqueViolationsNameTheirAttributesAndValues(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        assertUnique(assertThrows(UniqueConstraintError.class, () -> accounts.create(
                account(2, "ada@example.com", "other", "blue", 1))), Map.of("email", "ada@example.com"));
        assertUnique(assertThrows(UniqueConstraintError.class, () -> accounts.create(
                account(2, "b@example.com", "ada", "blue", 1))), Map.of("handle", "ada"));
        Map<String, Object> composite = new java.util.LinkedHashMap<>();
        composite.put("team", "red");
        composite.put("number", 7);
        assertUnique(assertThrows(UniqueConstraintError.class, () -> accounts.create(
                account(2, "b@example.com", "b", "red", 7))), composite);
        assertUnique(assertThrows(UniqueConstraintError.class, () -> accounts.create(
                account(1, "c@example.com", "c", "green", 1))), Map.of("id", 1));
        // A unique violation is a validation error, as in Sequelize.
        assertInstanceOf(ValidationError.class, assertThrows(UniqueConstraintError.class,
                () -> accounts.create(account(3, "ada@example.com", "x", "x", 3))));
        assertEquals(1, accounts.count());
    }

    @DialectTest
    void uniqueViolationsOfUpdates(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        Model bob = accounts.create(account(2, "bob@example.com", "bob", "blue", 1));
        UniqueConstraintError onSave = assertThrows(UniqueConstraintError.class,
                () -> bob.update(Map.of("email", "ada@example.com")));
        assertEquals(List.of("email"), new ArrayList<>(onSave.fields().keySet()));
        assertEquals(Map.of("handle", "ada"), assertThrows(UniqueConstraintError.class,
                () -> accounts.create(account(3, "c@example.com", "ada", "c", 3))).fields());
        UniqueConstraintError onBulk = assertThrows(UniqueConstraintError.class,
                () -> accounts.update(Map.of("handle", "ada"), UpdateOptions.where(eq("id", 2))));
        assertEquals(Map.of("handle", "ada"), onBulk.fields());
        assertEquals("bob@example.com", accounts.findByPk(2).get("email"));
    }

    @DialectTest
    void uniqueViolationOfAnInstanceSaveCarriesTheValue(Sequelize sequelize) {
        ModelStatic<Model> accounts = accounts(sequelize);
        Model bob = accounts.create(account(2, "bob@example.com", "bob", "blue", 1));
        UniqueConstraintError error = assertThrows(UniqueConstraintError.class,
                () -> bob.update(Map.of("team", "red", "number", 7)));
        assertEquals(List.of("team", "number"), new ArrayList<>(error.fields().keySet()));
        Map<String, Object> expected = new java.util.LinkedHashMap<>();
        expected.put("team", "red");
        expected.put("number", 7);
        // Typed, although SQLite reports no values, MariaDB none for a composite key and PostgreSQL text.
        assertEquals(expected, error.fields());
    }

    private static ModelStatic<Model> players(Sequelize sequelize) {
        ModelStatic<Model> teams = sequelize.define("team", List.of(attribute("name", STRING)));
        ModelStatic<Model> players = sequelize.define("player", List.of(
                attribute("name", STRING),
                attribute("teamId", INTEGER).references(References.model("team"))));
        sequelize.sync();
        teams.create(Map.of("name", "red"));
        return players;
    }

    @DialectTest
    void foreignKeyViolations(Sequelize sequelize) {
        ModelStatic<Model> players = players(sequelize);
        Object teamId = sequelize.model("team").findOne(query()).get("id");
        players.create(Map.of("name", "ok", "teamId", teamId));
        ForeignKeyConstraintError missing = assertThrows(ForeignKeyConstraintError.class,
                () -> players.create(Map.of("name", "orphan", "teamId", 999)));
        assertNotNull(missing.sql());
        assertTrue(missing.sql().startsWith("INSERT"), missing.sql());
        ForeignKeyConstraintError referenced = assertThrows(ForeignKeyConstraintError.class,
                () -> sequelize.query("DELETE FROM teams"));
        assertEquals("DELETE FROM teams", referenced.sql());
        assertEquals(1, players.count());
    }

    @Test
    void sqliteEnforcesForeignKeysOnEveryPooledConnection(@TempDir Path dir) {
        try (Sequelize sequelize = new Sequelize("sqlite:" + dir.resolve("fk.db"), o -> o.pool(p -> p.max(3)))) {
            ModelStatic<Model> players = players(sequelize);
            Transaction reader = sequelize.startUnmanagedTransaction();
            Transaction writer = sequelize.startUnmanagedTransaction();
            try {
                assertEquals(0, players.count(query().transaction(reader)));
                assertThrows(ForeignKeyConstraintError.class, () -> sequelize.query(
                        "INSERT INTO players (name, teamId, createdAt, updatedAt) VALUES ('x', 42, '2020-01-01', '2020-01-01')",
                        queryOptions().transaction(writer)));
                writer.rollback();
                assertThrows(ForeignKeyConstraintError.class, () -> sequelize.query(
                        "INSERT INTO players (name, teamId, createdAt, updatedAt) VALUES ('y', 43, '2020-01-01', '2020-01-01')",
                        queryOptions().transaction(reader)));
            } finally {
                reader.rollback();
                if (writer.isActive()) {
                    writer.rollback();
                }
            }
            assertThrows(ForeignKeyConstraintError.class, () -> players.create(Map.of("name", "z", "teamId", 44)));
        }
    }

    @DialectTest
    void databaseErrorsCarryTheirSqlAndParameters(Sequelize sequelize) {
        sequelize.query("CREATE TABLE stock (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL, qty INTEGER,"
                + " CONSTRAINT positive_qty CHECK (qty > 0))");
        DatabaseError syntax = assertThrows(DatabaseError.class, () -> sequelize.query(
                "SELEC name FROM stock WHERE id = ? AND name = :n".replace(":n", "?"),
                queryOptions().replacements(List.of(5, "it's"))));
        assertEquals(DatabaseError.class, syntax.getClass());
        assertEquals("SELEC name FROM stock WHERE id = ? AND name = ?", syntax.sql());
        assertEquals(List.of(5, "it's"), syntax.parameters());
        assertTrue(syntax.getMessage().contains("SELEC"), syntax.getMessage());
        assertNotNull(syntax.original());

        ModelStatic<Model> models = sequelize.define("widget", List.of(attribute("name", STRING)));
        models.sync();
        DatabaseError unknownColumn = assertThrows(DatabaseError.class, () -> models.findAll(query().where(
                Op.and(eq("name", "x"), Op.raw(Sql.literal("no_such_column = 1"))))));
        assertTrue(unknownColumn.sql().contains("no_such_column"), unknownColumn.sql());
        assertEquals(List.of("x"), unknownColumn.parameters());

        DatabaseError notNull = assertThrows(DatabaseError.class, () -> sequelize.query(
                "INSERT INTO stock (id, name, qty) VALUES (1, NULL, 1)"));
        assertEquals(DatabaseError.class, notNull.getClass(), notNull.toString());

        UnknownConstraintError check = assertThrows(UnknownConstraintError.class, () -> sequelize.query(
                "INSERT INTO stock (id, name, qty) VALUES ($1, $2, $3)", queryOptions().bind(List.of(1, "w", -5))));
        assertEquals("positive_qty", check.constraint(), check.getMessage());
        assertEquals(List.of(1, "w", -5), check.parameters());
        assertEquals(0, ((Number) sequelize.query("SELECT COUNT(*) AS n FROM stock").first().get("n")).intValue());
    }

    @DialectTest
    void notNullAttributesFailValidationBeforeTheDatabase(Sequelize sequelize) {
        ModelStatic<Model> things = sequelize.define("thing", List.of(attribute("name", STRING).allowNull(false)));
        sequelize.sync();
        ValidationError error = assertThrows(ValidationError.class, () -> things.create(Map.of()));
        assertEquals("name", error.errors().get(0).path());
        assertEquals(0, things.count());
    }

    @DialectTest
    void lockConflictsAreTimeouts(TestDialect dialect, @TempDir Path dir) throws Exception {
        if (dialect == TestDialect.SQLITE) {
            try (Sequelize sequelize = new Sequelize("sqlite:" + dir.resolve("busy.db") + "?busy_timeout=200",
                    o -> o.pool(p -> p.max(2)))) {
                ModelStatic<Model> items = sequelize.define("item", List.of(attribute("name", STRING)));
                sequelize.sync();
                Transaction first = sequelize.startUnmanagedTransaction(TransactionOptions.transactionOptions()
                        .type(TransactionOptions.Type.IMMEDIATE));
                try {
                    items.create(Map.of("name", "a"), org.sequelize4j.SaveOptions.saveOptions().transaction(first));
                    long start = System.nanoTime();
                    TimeoutError busy = assertThrows(TimeoutError.class, () -> items.create(Map.of("name", "b")));
                    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3));
                    assertTrue(!busy.isDeadlock());
                } finally {
                    first.rollback();
                }
                items.create(Map.of("name", "c"));
                assertEquals(1, items.count());
            }
            return;
        }
        try (Sequelize sequelize = dialect.open(o -> o.pool(p -> p.max(3)))) {
            ModelStatic<Model> items = sequelize.define("item", List.of(attribute("name", STRING)));
            sequelize.sync();
            Object a = items.create(Map.of("name", "a")).get("id");
            Object b = items.create(Map.of("name", "b")).get("id");

            Transaction holder = sequelize.startUnmanagedTransaction();
            Transaction waiter = sequelize.startUnmanagedTransaction();
            try {
                assertEquals(1, items.findAll(query().where(eq("id", a)).lock(Lock.UPDATE).transaction(holder)).size());
                TimeoutError noWait = assertThrows(TimeoutError.class, () -> items.findAll(query().where(eq("id", a))
                        .lock(Lock.UPDATE).noWait(true).transaction(waiter)));
                assertTrue(!noWait.isDeadlock());
                assertNotNull(noWait.sql());
            } finally {
                holder.rollback();
                waiter.rollback();
            }

            // A deadlock: each transaction holds one row and asks for the other's.
            Transaction t1 = sequelize.startUnmanagedTransaction();
            Transaction t2 = sequelize.startUnmanagedTransaction();
            List<SequelizeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            try {
                items.update(Map.of("name", "t1"), UpdateOptions.where(eq("id", a)).transaction(t1));
                items.update(Map.of("name", "t2"), UpdateOptions.where(eq("id", b)).transaction(t2));
                CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
                    try {
                        items.update(Map.of("name", "t1"), UpdateOptions.where(eq("id", b)).transaction(t1));
                    } catch (SequelizeException e) {
                        failures.add(e);
                    }
                });
                Thread.sleep(300);
                try {
                    items.update(Map.of("name", "t2"), UpdateOptions.where(eq("id", a)).transaction(t2));
                } catch (SequelizeException e) {
                    failures.add(e);
                }
                // The database aborts one of them, which lets the other finish.
                first.get(20, TimeUnit.SECONDS);
            } finally {
                if (t1.isActive()) {
                    t1.rollback();
                }
                if (t2.isActive()) {
                    t2.rollback();
                }
            }
            assertEquals(1, failures.size(), failures.toString());
            TimeoutError deadlock = assertInstanceOf(TimeoutError.class, failures.get(0));
            assertTrue(deadlock.isDeadlock(), deadlock.getMessage());
        }
    }

    @DialectTest
    void errorsOfAQueryWithoutTableContext(Sequelize sequelize, TestDialect dialect) {
        accounts(sequelize);
        UniqueConstraintError raw = assertThrows(UniqueConstraintError.class, () -> sequelize.query(
                "INSERT INTO accounts (id, email, user_handle, team, number, createdAt, updatedAt)"
                        .replace("createdAt", q(sequelize, "createdAt")).replace("updatedAt", q(sequelize, "updatedAt"))
                        + " VALUES (2, 'ada@example.com', 'x', 'y', 1, '2020-01-01', '2020-01-01')"));
        // Without a model the key's columns are known where the database names them; MariaDB names the key.
        assertEquals(List.of(dialect == TestDialect.MARIADB ? "accounts_email_unique" : "email"),
                new ArrayList<>(raw.fields().keySet()), raw.getMessage());
        // SQLite reports no values, and a raw statement has no instance to take them from.
        assertEquals(dialect == TestDialect.SQLITE ? null : "ada@example.com", raw.fields().values().iterator().next());
    }

    private static String q(Sequelize sequelize, String identifier) {
        return sequelize.dialect().quoteIdentifier(identifier);
    }

    @DialectTest
    void acquireTimeoutInsideTransactionsIsTyped(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.pool(p -> p.max(1).acquire(Duration.ofMillis(300))))) {
            Transaction only = sequelize.startUnmanagedTransaction();
            try {
                assertThrows(org.sequelize4j.errors.ConnectionAcquireTimeoutError.class,
                        () -> sequelize.transaction(TransactionOptions.transactionOptions()
                                .nestMode(TransactionOptions.NestMode.SEPARATE), t -> { }));
            } finally {
                only.rollback();
            }
        }
    }
}
