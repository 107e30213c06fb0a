package org.sequelize4j.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The hand-written side's prepared statements, kept open per physical connection and re-executed for
 * every statement of the same text, as a careful JDBC developer on a pool does (a small statement
 * cache of their own, since HikariCP has none). This is the baseline issue 14 asks for: without it,
 * sqlite-jdbc compiles every statement from its text, and the raw side paid for work the library
 * already avoids.
 *
 * <p>Statements are prepared on the connection below the pool's proxy, because HikariCP closes every
 * statement made through a proxy when the connection goes back to the pool. With
 * {@code -Dbench.raw.statements=per-call} every lease prepares and closes its own statement instead,
 * the way naive JDBC code does (kept to compare with earlier runs).
 *
 * <p>Not thread-safe: the benchmark runs each side on one thread.
 */
public final class RawStatements {

    private final boolean reuse;
    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new IdentityHashMap<>();

    RawStatements(boolean reuse) {
        this.reuse = reuse;
    }

    /** {@code reuse} unless {@code bench.raw.statements=per-call}. */
    static RawStatements fromSystemProperties() {
        String mode = System.getProperty("bench.raw.statements", "reuse");
        if (!mode.equals("reuse") && !mode.equals("per-call")) {
            throw new IllegalArgumentException("bench.raw.statements must be reuse or per-call, not " + mode);
        }
        return new RawStatements(mode.equals("reuse"));
    }

    /** Whether statements are re-executed (true) or prepared per call. */
    public boolean reuses() {
        return reuse;
    }

    /** A statement for {@code sql} on the pooled connection {@code c}, to use in try-with-resources. */
    public Lease lease(Connection c, String sql) throws SQLException {
        return lease(c, sql, null);
    }

    /** As {@link #lease(Connection, String)}, returning the named generated keys. */
    public Lease lease(Connection c, String sql, String[] generatedKeys) throws SQLException {
        if (!reuse) {
            return new Lease(prepare(c, sql, generatedKeys), true);
        }
        Connection physical = c.unwrap(Connection.class);
        Map<String, PreparedStatement> statements = byConnection.computeIfAbsent(physical, k -> new HashMap<>());
        PreparedStatement ps = statements.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = prepare(physical, sql, generatedKeys);
            statements.put(sql, ps);
        }
        return new Lease(ps, false);
    }

    private static PreparedStatement prepare(Connection c, String sql, String[] generatedKeys) throws SQLException {
        return generatedKeys == null ? c.prepareStatement(sql) : c.prepareStatement(sql, generatedKeys);
    }

    /** Closes every kept statement (at the end of a database's run). */
    void closeAll() {
        for (Map<String, PreparedStatement> statements : byConnection.values()) {
            for (PreparedStatement ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // The connection is going away with the pool; nothing to keep.
                }
            }
        }
        byConnection.clear();
    }

    /** One use of a statement: closing it closes a per-call statement and keeps a reused one. */
    public static final class Lease implements AutoCloseable {
        private final PreparedStatement statement;
        private final boolean closeOnRelease;

        Lease(PreparedStatement statement, boolean closeOnRelease) {
            this.statement = statement;
            this.closeOnRelease = closeOnRelease;
        }

        /** The statement. */
        public PreparedStatement statement() {
            return statement;
        }

        @Override
        public void close() throws SQLException {
            if (closeOnRelease) {
                statement.close();
            }
        }
    }
}
