package org.sequelize4j.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;

/**
 * The library opens SQLite connections in multi-thread mode (SQLITE_OPEN_NOMUTEX): sqlite-jdbc makes every
 * native call on a connection under that connection's Java monitor, so SQLite's own per-connection mutex
 * only added a lock and an unlock to each call. These tests check the mode is asked for, that an
 * application's {@code open_mode} wins, and that threads sharing a pool, and even one connection, still
 * see every write and read whole rows.
 */
class SqliteThreadingModeTest {

    @TempDir
    Path dir;

    private static int openMode(Sequelize sequelize) throws Exception {
        try (Connection c = sequelize.dataSource().getConnection()) {
            return c.unwrap(SQLiteConnection.class).getDatabase().getConfig().getOpenModeFlags();
        }
    }

    @Test
    void fileAndMemoryConnectionsOpenWithoutTheConnectionMutex() throws Exception {
        for (String url : List.of("sqlite:" + dir.resolve("mode.db"), "sqlite::memory:")) {
            try (Sequelize sequelize = new Sequelize(url, o -> o.logging(false))) {
                int flags = openMode(sequelize);
                assertTrue((flags & SQLiteOpenMode.NOMUTEX.flag) != 0, url + ": open mode " + flags);
                assertTrue((flags & SQLiteOpenMode.READWRITE.flag) != 0, url + ": open mode " + flags);
                assertTrue((flags & SQLiteOpenMode.CREATE.flag) != 0, url + ": open mode " + flags);
                assertTrue((flags & SQLiteOpenMode.OPEN_URI.flag) != 0, url + ": open mode " + flags);
                try (Connection c = sequelize.dataSource().getConnection(); java.sql.Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("PRAGMA database_list")) {
                    assertTrue(rs.next());
                    // The in-memory URI is read as a URI (no file of that name), the file as its path.
                    assertEquals(url.endsWith(":memory:") ? "" : dir.resolve("mode.db").toString(), rs.getString("file"), url);
                }
                sequelize.query("CREATE TABLE t (x INTEGER)");
                sequelize.query("INSERT INTO t VALUES (1)");
            }
        }
    }

    @Test
    void anApplicationsOpenModeWins() throws Exception {
        int serialized = SQLiteOpenMode.READWRITE.flag | SQLiteOpenMode.CREATE.flag | SQLiteOpenMode.FULLMUTEX.flag;
        try (Sequelize sequelize = new Sequelize("sqlite:" + dir.resolve("full.db"),
                o -> o.logging(false).dialectOption("open_mode", String.valueOf(serialized)))) {
            assertEquals(serialized, openMode(sequelize) & ~SQLiteOpenMode.OPEN_URI.flag);
        }
    }

    /** Eight threads on a pool of four: every thread's creates and updates are there, read back whole. */
    @Test
    void threadsSharingThePoolKeepEveryWrite() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite:" + dir.resolve("pool.db"),
                o -> o.logging(false).pool(p -> p.max(4)))) {
            ModelStatic<Model> counters = sequelize.define("counter", List.of(
                    attribute("owner", STRING).allowNull(false), attribute("value", INTEGER).allowNull(false)));
            counters.sync();
            int threads = 8;
            int rounds = 60;
            List<Callable<Void>> work = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int t = 0; t < threads; t++) {
                String owner = "thread-" + t;
                work.add(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        Model row = counters.create(Map.of("owner", owner, "value", r));
                        Object id = row.get("id");
                        assertEquals(1, counters.update(Map.of("value", r * 10),
                                UpdateOptions.where(Map.of("id", id))).count());
                        Model read = counters.findByPk(id);
                        assertEquals(owner, read.get("owner"));
                        assertEquals(r * 10, read.get("value"));
                    }
                    return null;
                });
            }
            runTogether(work, start);
            for (int t = 0; t < threads; t++) {
                List<Model> rows = counters.findAll(org.sequelize4j.FindOptions.query()
                        .where(Map.of("owner", "thread-" + t)).order(org.sequelize4j.FindOptions.asc("id")));
                assertEquals(rounds, rows.size(), "rows of thread-" + t);
                for (int r = 0; r < rounds; r++) {
                    assertEquals(r * 10, rows.get(r).get("value"));
                }
            }
        }
    }

    /**
     * Two threads reading through one connection at once, each with its own statement: the driver's
     * monitor keeps their native calls apart, so each gets its own rows, whole.
     */
    @Test
    void twoThreadsOnOneConnectionReadTheirOwnRows() throws Exception {
        try (Sequelize sequelize = new Sequelize("sqlite:" + dir.resolve("shared.db"), o -> o.logging(false))) {
            sequelize.query("CREATE TABLE pairs (k INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT NOT NULL)");
            sequelize.query("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 500) "
                    + "INSERT INTO pairs SELECT k, 'a' || k, 'b' || k FROM n");
            try (Connection shared = sequelize.dataSource().getConnection()) {
                CountDownLatch start = new CountDownLatch(1);
                List<Callable<Void>> readers = new ArrayList<>();
                for (String column : List.of("a", "b")) {
                    readers.add(() -> {
                        start.await();
                        try (PreparedStatement ps = shared.prepareStatement("SELECT k, " + column + " FROM pairs WHERE k > ? ORDER BY k")) {
                            for (int pass = 0; pass < 40; pass++) {
                                ps.setInt(1, pass);
                                int expected = pass + 1;
                                try (ResultSet rs = ps.executeQuery()) {
                                    while (rs.next()) {
                                        assertEquals(expected, rs.getInt(1));
                                        assertEquals(column + expected, rs.getString(2));
                                        expected++;
                                    }
                                }
                                assertEquals(501, expected, column + " pass " + pass);
                            }
                        }
                        return null;
                    });
                }
                runTogether(readers, start);
            }
        }
    }

    private static void runTogether(List<Callable<Void>> work, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> w : work) {
                futures.add(pool.submit(w));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
