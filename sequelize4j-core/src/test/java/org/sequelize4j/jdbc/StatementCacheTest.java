package org.sequelize4j.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The SQLite statement cache, on real sqlite-jdbc connections. */
class StatementCacheTest {

    private static Connection open() throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
        }
        return connection;
    }

    private static String name(StatementCache cache, Connection connection, int id) throws SQLException {
        StatementCache.Lease lease = cache.prepare(connection, "SELECT name FROM t WHERE id = ?");
        PreparedStatement ps = lease.statement();
        try {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } finally {
            cache.release(lease, false, false);
        }
    }

    private static void insert(StatementCache cache, Connection connection, int id, String name) throws SQLException {
        StatementCache.Lease lease = cache.prepare(connection, "INSERT INTO t (id, name) VALUES (?, ?)");
        PreparedStatement ps = lease.statement();
        boolean failed = true;
        try {
            ps.setInt(1, id);
            ps.setString(2, name);
            ps.executeUpdate();
            failed = false;
        } finally {
            cache.release(lease, failed, false);
        }
    }

    @Test
    void aReleasedStatementIsLentAgainAndStaysOpen() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection connection = open()) {
            StatementCache.Lease first = cache.prepare(connection, "SELECT 1");
            cache.release(first, false, false);
            StatementCache.Lease second = cache.prepare(connection, "SELECT 1");
            assertSame(first.statement(), second.statement());
            assertFalse(second.statement().isClosed());
            cache.release(second, false, false);
        }
    }

    @Test
    void aStatementInUseIsNotLentTwice() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection connection = open()) {
            StatementCache.Lease outer = cache.prepare(connection, "SELECT 1");
            StatementCache.Lease inner = cache.prepare(connection, "SELECT 1");
            assertNotSame(outer.statement(), inner.statement());
            cache.release(inner, false, false);
            assertTrue(inner.statement().isClosed(), "the one-off statement is closed on release");
            cache.release(outer, false, false);
            assertFalse(outer.statement().isClosed());
            assertSame(outer.statement(), cache.prepare(connection, "SELECT 1").statement());
        }
    }

    @Test
    void aFailedStatementIsClosedAndTheNextCallerGetsAWorkingOne() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection connection = open()) {
            insert(cache, connection, 1, "ada");
            assertThrows(SQLException.class, () -> insert(cache, connection, 2, "ada"));
            insert(cache, connection, 3, "grace");
            assertEquals("grace", name(cache, connection, 3));
            assertEquals(null, name(cache, connection, 2));
        }
    }

    @Test
    void cachedStatementsSurviveSchemaChangesAndDoNotBlockDrops() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection connection = open()) {
            insert(cache, connection, 1, "ada");
            assertEquals("ada", name(cache, connection, 1));
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER TABLE t ADD COLUMN extra TEXT");
                s.execute("DROP TABLE t");
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, other INTEGER)");
            }
            insert(cache, connection, 1, "grace");
            assertEquals("grace", name(cache, connection, 1));
        }
    }

    @Test
    void atMostOneHundredStatementsAreKeptPerConnection() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection connection = open()) {
            StatementCache.Lease oldestLease = cache.prepare(connection, "SELECT 0");
            PreparedStatement oldest = oldestLease.statement();
            cache.release(oldestLease, false, false);
            for (int i = 1; i <= StatementCache.PER_CONNECTION; i++) {
                cache.release(cache.prepare(connection, "SELECT " + i), false, false);
            }
            assertTrue(oldest.isClosed(), "the least recently used statement was closed");
            StatementCache.Lease again = cache.prepare(connection, "SELECT 0");
            assertNotSame(oldest, again.statement());
            try (ResultSet rs = again.statement().executeQuery()) {
                assertTrue(rs.next());
            }
            cache.release(again, false, false);
        }
    }

    @Test
    void connectionsAskedForInTurnKeepTheirOwnStatements() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection a = open(); Connection b = open()) {
            insert(cache, a, 1, "on a");
            insert(cache, b, 1, "on b");
            for (int round = 0; round < 3; round++) {
                // The cache remembers the connection asked for last: switching must never lend another's statement.
                assertEquals("on a", name(cache, a, 1));
                assertEquals("on b", name(cache, b, 1));
            }
            StatementCache.Lease fromA = cache.prepare(a, "SELECT 1");
            cache.release(fromA, false, false);
            StatementCache.Lease fromB = cache.prepare(b, "SELECT 1");
            cache.release(fromB, false, false);
            assertNotSame(fromA.statement(), fromB.statement());
            assertSame(a, fromA.statement().getConnection());
            assertSame(b, fromB.statement().getConnection());
            assertSame(fromA.statement(), cache.prepare(a, "SELECT 1").statement());
        }
    }

    @Test
    void closedConnectionsAreForgotten() throws Exception {
        StatementCache cache = new StatementCache(true);
        Connection first = open();
        cache.release(cache.prepare(first, "SELECT 1"), false, false);
        first.close();
        try (Connection second = open()) {
            cache.release(cache.prepare(second, "SELECT 1"), false, false);
            assertEquals(1, cache.connectionCount());
        }
    }

    @Test
    void disabledCachePreparesAndClosesEveryTime() throws Exception {
        StatementCache cache = new StatementCache(false);
        try (Connection connection = open()) {
            StatementCache.Lease lease = cache.prepare(connection, "SELECT 1");
            cache.release(lease, false, false);
            assertTrue(lease.statement().isClosed());
        }
    }

    /** What a kept statement still holds when lent again without binding (sqlite-jdbc: null once cleared). */
    private static String heldParameter(StatementCache cache, Connection connection, String bound, boolean large)
            throws SQLException {
        StatementCache.Lease lease = cache.prepare(connection, "SELECT ?");
        PreparedStatement ps = lease.statement();
        ps.setString(1, bound);
        ps.executeQuery().close();
        cache.release(lease, false, large);
        StatementCache.Lease again = cache.prepare(connection, "SELECT ?");
        assertSame(ps, again.statement());
        try (ResultSet rs = again.statement().executeQuery()) {
            rs.next();
            return rs.getString(1);
        } finally {
            cache.release(again, false, false);
        }
    }

    @Test
    void onlyLargeValuesAreClearedFromAKeptStatement() throws Exception {
        StatementCache cache = new StatementCache(true);
        try (Connection connection = open()) {
            assertEquals("small", heldParameter(cache, connection, "small", false),
                    "a small value stays bound until the next call binds over it");
            assertEquals(null, heldParameter(cache, connection, "x".repeat(10_000), true),
                    "a large value is let go of at once");
        }
    }

    @Test
    void valuesCountAsLargeByKindAndSize() throws Exception {
        try (Connection connection = open(); PreparedStatement ps = connection.prepareStatement("SELECT ?, ?")) {
            org.sequelize4j.types.ValueCodec text = org.sequelize4j.dialect.StandardCodecs.STRING;
            assertFalse(ParameterBinding.bind(ps, new org.sequelize4j.sql.SqlStatement("SELECT ?, ?",
                    java.util.List.of("short", 42), java.util.Arrays.asList(text, null))));
            assertTrue(ParameterBinding.bind(ps, new org.sequelize4j.sql.SqlStatement("SELECT ?, ?",
                    java.util.List.of("y".repeat(9_000), 1), java.util.Arrays.asList(text, null))));
            assertTrue(ParameterBinding.bind(ps, new org.sequelize4j.sql.SqlStatement("SELECT ?, ?",
                    java.util.List.of(new byte[9_000], 1), java.util.Arrays.asList(null, null))));
        }
    }
}
