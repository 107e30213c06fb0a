package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.Transaction;
import org.sequelize4j.errors.AccessDeniedError;
import org.sequelize4j.errors.ConnectionAcquireTimeoutError;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.ConnectionRefusedError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Connection URIs and options, the pool, and the connection errors. */
class ConnectionTest {

    private static final String DB = System.getProperty("sequelize4j.test.database", "test");

    private static ModelStatic<Model> notes(Sequelize sequelize) {
        ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("body", STRING)));
        notes.sync();
        return notes;
    }

    private static String one(Sequelize sequelize, String sql) {
        Object value = sequelize.query(sql).first().values().iterator().next();
        return String.valueOf(value);
    }

    @DialectTest
    void uriForms(TestDialect dialect, @TempDir Path dir) throws Exception {
        dialect.cleanDatabase();
        switch (dialect) {
            case SQLITE: {
                try (Sequelize memory = new Sequelize("sqlite::memory:")) {
                    notes(memory).create(Map.of("body", "x"));
                    assertEquals(":memory:", memory.getDatabaseName());
                    assertEquals("sqlite", memory.getDialect());
                }
                Path relative = Path.of("target", "connection-test", UUID.randomUUID() + ".db");
                Files.createDirectories(relative.getParent());
                try (Sequelize file = new Sequelize("sqlite:" + relative)) {
                    notes(file).create(Map.of("body", "kept"));
                }
                assertTrue(Files.size(relative) > 0, "the database is the relative file");
                try (Sequelize again = new Sequelize("sqlite:" + relative)) {
                    assertEquals("kept", notes(again).findOne(query()).get("body"));
                }
                Path absolute = dir.resolve("abs.db").toAbsolutePath();
                try (Sequelize file = new Sequelize("sqlite:" + absolute)) {
                    notes(file).create(Map.of("body", "abs"));
                }
                try (Sequelize file = new Sequelize("sqlite://" + absolute)) {
                    assertEquals("abs", notes(file).findOne(query()).get("body"));
                }
                Files.delete(relative);
                break;
            }
            case POSTGRES: {
                try (Sequelize pg = new Sequelize("postgres://postgres@127.0.0.1:5432/" + DB
                        + "?ApplicationName=s4j-uri-test")) {
                    assertEquals("postgres", pg.getDialect());
                    assertEquals(DB, one(pg, "SELECT current_database()"));
                    assertEquals("s4j-uri-test", one(pg, "SELECT current_setting('application_name')"));
                }
                try (Sequelize pg = new Sequelize("postgresql://postgres@127.0.0.1:5432/" + DB)) {
                    assertEquals("postgres", pg.getDialect());
                    assertEquals("postgres", one(pg, "SELECT current_user"));
                    assertEquals(DB, pg.getDatabaseName());
                }
                break;
            }
            case MARIADB: {
                try (Sequelize maria = new Sequelize("mariadb://root@127.0.0.1:3306/" + DB)) {
                    assertEquals("mariadb", maria.getDialect());
                    assertEquals(DB, one(maria, "SELECT DATABASE()"));
                    notes(maria).create(Map.of("body", "m"));
                }
                try (Sequelize mysql = new Sequelize("mysql://root@127.0.0.1:3306/" + DB + "?connectTimeout=5000")) {
                    assertEquals("mysql", mysql.getDialect());
                    assertEquals(DB, one(mysql, "SELECT DATABASE()"));
                    assertEquals("m", notes(mysql).findOne(query()).get("body"));
                }
                break;
            }
            default:
                throw new AssertionError(dialect);
        }
    }

    @DialectTest
    void optionsOverrideTheUri(TestDialect dialect) {
        dialect.cleanDatabase();
        switch (dialect) {
            case SQLITE: {
                Path never = Path.of("target", "never-" + UUID.randomUUID() + ".db");
                try (Sequelize s = new Sequelize("sqlite:" + never, o -> o.storage(":memory:"))) {
                    notes(s).create(Map.of("body", "x"));
                }
                assertFalse(Files.exists(never));
                try (Sequelize s = new Sequelize(SequelizeOptions.sequelizeOptions().dialect("sqlite"))) {
                    s.authenticate();
                    assertEquals(":memory:", s.getDatabaseName());
                }
                break;
            }
            case POSTGRES: {
                try (Sequelize pg = new Sequelize("postgres://nobody:secret@127.0.0.1:1/wrong?ApplicationName=uri",
                        o -> o.port(5432).username("postgres").database(DB).dialectOption("ApplicationName", "opt"))) {
                    assertEquals(DB, one(pg, "SELECT current_database()"));
                    assertEquals("opt", one(pg, "SELECT current_setting('application_name')"));
                    assertFalse(pg.toString().contains("secret"), pg.toString());
                }
                try (Sequelize pg = new Sequelize(SequelizeOptions.sequelizeOptions().dialect("postgresql")
                        .host("127.0.0.1").port(5432).username("postgres").database(DB))) {
                    pg.authenticate();
                }
                break;
            }
            case MARIADB: {
                try (Sequelize maria = new Sequelize("mariadb://nobody@127.0.0.1:1/wrong",
                        o -> o.port(3306).username("root").database(DB))) {
                    assertEquals(DB, one(maria, "SELECT DATABASE()"));
                }
                try (Sequelize maria = new Sequelize("mariadb://root@127.0.0.1:3306/" + DB, o -> o.dialect("mysql"))) {
                    assertEquals("mysql", maria.getDialect());
                    maria.authenticate();
                }
                break;
            }
            default:
                throw new AssertionError(dialect);
        }
    }

    @Test
    void inMemorySqliteIsSharedByPooledConnections() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite::memory:", o -> o.pool(p -> p.max(2).acquire(Duration.ofSeconds(2))))) {
            ModelStatic<Model> notes = notes(sequelize);
            notes.create(Map.of("body", "shared"));
            // Two transactions hold both pooled connections; each sees the same database.
            CountDownLatch bothOpen = new CountDownLatch(2);
            List<CompletableFuture<Long>> counts = List.of(
                    CompletableFuture.supplyAsync(() -> countWhileHolding(sequelize, notes, bothOpen)),
                    CompletableFuture.supplyAsync(() -> countWhileHolding(sequelize, notes, bothOpen)));
            for (CompletableFuture<Long> count : counts) {
                assertEquals(1L, count.get(20, TimeUnit.SECONDS));
            }
            notes.create(Map.of("body", "second"));
            assertEquals(2, notes.count());
        }
    }

    private static long countWhileHolding(Sequelize sequelize, ModelStatic<Model> notes, CountDownLatch bothOpen) {
        Transaction t = sequelize.startUnmanagedTransaction();
        try {
            long count = notes.count(query().transaction(t));
            bothOpen.countDown();
            if (!bothOpen.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the pool did not give out two connections at once");
            }
            return count;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            t.commit();
        }
    }

    @Test
    void inMemorySqliteSurvivesConnectionReplacement() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite::memory:", o -> o.pool(p -> p.max(2)))) {
            ModelStatic<Model> notes = notes(sequelize);
            notes.create(Map.of("body", "survivor"));
            HikariPoolMXBean pool = sequelize.dataSource().unwrap(HikariPoolMXBean.class);
            pool.softEvictConnections();
            for (int i = 0; i < 50 && pool.getTotalConnections() > 0; i++) {
                Thread.sleep(20);
            }
            assertEquals(0, pool.getTotalConnections(), "every pooled connection was closed");
            assertEquals("survivor", notes.findOne(query()).get("body"));
        }
    }

    @DialectTest
    void authenticateAndClose(TestDialect dialect) {
        Sequelize sequelize = dialect.open(o -> { });
        sequelize.authenticate();
        ModelStatic<Model> notes = notes(sequelize);
        assertFalse(sequelize.isClosed());
        sequelize.close();
        assertTrue(sequelize.isClosed());
        sequelize.close();
        assertThrows(ConnectionError.class, notes::count);
        assertThrows(ConnectionError.class, sequelize::authenticate);
        assertThrows(ConnectionError.class, () -> sequelize.query("SELECT 1"));
        assertThrows(ConnectionError.class, sequelize::startUnmanagedTransaction);
    }

    @DialectTest
    void wrongPortIsRefusedQuickly(TestDialect dialect, @TempDir Path dir) {
        String uri;
        switch (dialect) {
            case POSTGRES: uri = "postgres://postgres@127.0.0.1:1/" + DB; break;
            case MARIADB: uri = "mariadb://root@127.0.0.1:1/" + DB; break;
            default:
                // SQLite's equivalent: a file that cannot be opened.
                try (Sequelize s = new Sequelize("sqlite:" + dir.resolve("no/such/dir/x.db"),
                        o -> o.pool(p -> p.acquire(Duration.ofSeconds(1))))) {
                    ConnectionError error = assertThrows(ConnectionError.class, s::authenticate);
                    assertFalse(error instanceof ConnectionAcquireTimeoutError, error.toString());
                    assertTrue(error.getMessage().contains("open"), error.getMessage());
                }
                return;
        }
        try (Sequelize s = new Sequelize(uri, o -> o.pool(p -> p.acquire(Duration.ofSeconds(1))))) {
            long start = System.nanoTime();
            ConnectionError error = assertThrows(ConnectionError.class, s::authenticate);
            assertInstanceOf(ConnectionRefusedError.class, error, error.toString());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
            assertInstanceOf(ConnectionRefusedError.class, assertThrows(ConnectionError.class,
                    () -> s.query("SELECT 1")));
        }
    }

    @DialectTest
    void anEmptyPoolReportsAFailedConnectAtOnceNotAfterTheAcquireTimeout(TestDialect dialect, @TempDir Path dir)
            throws Exception {
        String uri;
        switch (dialect) {
            case POSTGRES: uri = "postgres://no_such_role_s4j@127.0.0.1:5432/" + DB; break;
            case MARIADB: uri = "mariadb://root@127.0.0.1:1/" + DB; break;
            default: uri = "sqlite:" + dir.resolve("later/x.db"); break;
        }
        // The default acquire timeout is 60 s: each failure must arrive long before it.
        try (Sequelize s = new Sequelize(uri)) {
            for (int attempt = 0; attempt < 2; attempt++) {
                long start = System.nanoTime();
                ConnectionError error = assertThrows(ConnectionError.class, s::authenticate);
                assertFalse(error instanceof ConnectionAcquireTimeoutError, error.toString());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(millis < 5_000, "failed after " + millis + " ms: " + error);
            }
            if (dialect == TestDialect.SQLITE) {
                // Once the database can be opened, the pool recovers without being recreated.
                Files.createDirectories(dir.resolve("later"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (true) {
                    try {
                        s.authenticate();
                        break;
                    } catch (ConnectionError stillFailing) {
                        assertTrue(System.nanoTime() < deadline, "never recovered: " + stillFailing);
                        Thread.sleep(200);
                    }
                }
                assertEquals(1, s.dataSource().unwrap(HikariPoolMXBean.class).getTotalConnections());
            }
        }
    }

    @DialectTest
    void wrongCredentialsAreAccessDenied(TestDialect dialect) {
        String uri;
        switch (dialect) {
            case POSTGRES: uri = "postgres://no_such_role_s4j@127.0.0.1:5432/" + DB; break;
            case MARIADB: uri = "mariadb://root:definitely-wrong@127.0.0.1:3306/" + DB; break;
            default:
                return;
        }
        try (Sequelize s = new Sequelize(uri, o -> o.pool(p -> p.acquire(Duration.ofSeconds(1))))) {
            ConnectionError error = assertThrows(ConnectionError.class, s::authenticate);
            assertInstanceOf(AccessDeniedError.class, error, error.toString());
        }
        if (dialect == TestDialect.MARIADB) {
            try (Sequelize s = new Sequelize("mariadb://no_such_user_s4j@127.0.0.1:3306/" + DB,
                    o -> o.pool(p -> p.acquire(Duration.ofSeconds(1))))) {
                assertInstanceOf(AccessDeniedError.class, assertThrows(ConnectionError.class, s::authenticate));
            }
        }
    }

    @DialectTest
    void unknownHostIsHostNotFound(TestDialect dialect) {
        if (dialect == TestDialect.SQLITE) {
            return;
        }
        String scheme = dialect == TestDialect.POSTGRES ? "postgres" : "mariadb";
        try (Sequelize s = new Sequelize(scheme + "://root@no-such-host.invalid:5432/" + DB,
                o -> o.pool(p -> p.acquire(Duration.ofSeconds(2))))) {
            ConnectionError error = assertThrows(ConnectionError.class, s::authenticate);
            assertInstanceOf(org.sequelize4j.errors.HostNotFoundError.class, error, error.toString());
        }
    }

    @DialectTest
    void percentEncodedCredentials(TestDialect dialect) {
        if (dialect != TestDialect.MARIADB) {
            return;
        }
        String password = "p@ss:w/rd?#&+ %";
        String encoded = "p%40ss%3Aw%2Frd%3F%23%26+%20%25";
        try (Sequelize root = dialect.open(o -> { })) {
            root.query("CREATE USER IF NOT EXISTS 's4j_uri_user'@'%' IDENTIFIED BY :pw",
                    org.sequelize4j.QueryOptions.queryOptions().replacements(Map.of("pw", password)));
            root.query("GRANT ALL ON " + DB + ".* TO 's4j_uri_user'@'%'");
            try {
                try (Sequelize user = new Sequelize("mariadb://s4j_uri_user:" + encoded + "@127.0.0.1:3306/" + DB
                        + "?connectTimeout=5000")) {
                    assertEquals("s4j_uri_user@%", one(user, "SELECT CURRENT_USER()"));
                    assertFalse(user.toString().contains("p@ss"), user.toString());
                }
                try (Sequelize wrong = new Sequelize("mariadb://s4j_uri_user:p%40ss@127.0.0.1:3306/" + DB,
                        o -> o.pool(p -> p.acquire(Duration.ofSeconds(1))))) {
                    assertInstanceOf(AccessDeniedError.class, assertThrows(ConnectionError.class, wrong::authenticate));
                }
            } finally {
                root.query("DROP USER 's4j_uri_user'@'%'");
            }
        }
    }

    @DialectTest
    void poolExhaustionTimesOut(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.pool(p -> p.max(2).acquire(Duration.ofMillis(500))))) {
            ModelStatic<Model> notes = notes(sequelize);
            notes.create(Map.of("body", "x"));
            Transaction first = sequelize.startUnmanagedTransaction();
            Transaction second = sequelize.startUnmanagedTransaction();
            try {
                long start = System.nanoTime();
                ConnectionError error = assertThrows(ConnectionError.class, notes::count);
                assertInstanceOf(ConnectionAcquireTimeoutError.class, error, error.toString());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(millis >= 400 && millis < 3000, "waited " + millis + " ms");
                assertInstanceOf(ConnectionAcquireTimeoutError.class,
                        assertThrows(ConnectionError.class, sequelize::startUnmanagedTransaction));
                assertEquals(1, notes.count(query().transaction(first)));
            } finally {
                first.rollback();
                second.rollback();
            }
            assertEquals(1, notes.count());
        }
    }

    @Test
    void unknownDialectsAndMalformedUris() {
        assertThrows(ConnectionError.class, () -> new Sequelize("oracle://scott@localhost/orcl"));
        assertThrows(ConnectionError.class, () -> new Sequelize(SequelizeOptions.sequelizeOptions().dialect("db2")));
        assertThrows(ConnectionError.class, () -> new Sequelize("no-dialect-here"));
        assertThrows(ConnectionError.class, () -> new Sequelize("postgres:localhost/db"));
        assertThrows(ConnectionError.class, () -> new Sequelize("postgres://u@localhost:port/db"));
        ConnectionError error = assertThrows(ConnectionError.class,
                () -> new Sequelize("postgres://u:topsecret@localhost:nope/db"));
        assertFalse(error.getMessage().contains("topsecret"), error.getMessage());
    }
}
