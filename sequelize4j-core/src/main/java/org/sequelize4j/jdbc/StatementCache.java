package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps prepared statements open per physical connection and re-executes them, as hand-written JDBC
 * does for statements it runs again and again. sqlite-jdbc compiles every statement from its text
 * (compiling a short statement costs about as much as running it); pgjdbc and MariaDB Connector/J
 * parse the text and build a statement object on every {@code prepareStatement}, even when pgjdbc then
 * finds its server-side statement again (see {@code Dialect.cachesPreparedStatements}).
 *
 * <p>Statements are prepared on the physical connection, below the pool's proxy, because the pool
 * closes every statement made through a proxy when the connection is given back. They close with
 * their connection. A statement is lent to one caller at a time; a caller asking for a statement
 * that is already lent out (a query run while another with the same text is still being read) gets
 * a fresh, uncached one. At most {@link #PER_CONNECTION} statements are kept per connection, the
 * least recently used being closed first.
 *
 * <p>Thread-safe.
 */
final class StatementCache {

    /** Statements kept per connection. */
    static final int PER_CONNECTION = 100;

    private final boolean enabled;
    /**
     * Per physical connection, compared by identity. Not weak: every statement refers to its
     * connection, so a weak key would never be collected; closed connections are swept out instead
     * whenever a new connection is seen (the pool retires and opens connections rarely).
     */
    private final Map<Connection, Lru> caches = new IdentityHashMap<>();
    /** The connection asked for last and its cache: most calls ask for the same one again, without a lock. */
    private volatile LastCache last;

    private record LastCache(Connection connection, Lru cache) {
    }

    StatementCache(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * A prepared statement lent to one caller, to give back with {@link #release}: the cached entry
     * itself (no object per call), or a one-off statement that is closed on release.
     */
    static final class Lease {
        private final PreparedStatement statement;
        /** The cache that keeps the statement, or null for a one-off statement. */
        private final Lru owner;
        /** Whether a caller holds it now; guarded by the owner. */
        private boolean lent;

        private Lease(PreparedStatement statement, Lru owner) {
            this.statement = statement;
            this.owner = owner;
        }

        /** The statement to bind and run. */
        PreparedStatement statement() {
            return statement;
        }
    }

    /** A prepared statement for {@code sql} on this connection; give it back with {@link #release}. */
    Lease prepare(Connection connection, String sql) throws SQLException {
        if (!enabled) {
            return new Lease(connection.prepareStatement(sql), null);
        }
        Connection physical = connection.unwrap(Connection.class);
        Lru cache = cacheOf(physical);
        synchronized (cache) {
            Lease kept = cache.get(sql);
            if (kept != null && kept.lent) {
                // The cached one is in use further up this connection's stack: a one-off statement.
                return new Lease(connection.prepareStatement(sql), null);
            }
            if (kept == null || kept.statement.isClosed()) {
                kept = new Lease(physical.prepareStatement(sql), cache);
                cache.put(sql, kept);
            }
            kept.lent = true;
            return kept;
        }
    }

    private Lru cacheOf(Connection physical) {
        LastCache known = last;
        if (known != null && known.connection() == physical) {
            return known.cache();
        }
        synchronized (caches) {
            Lru cache = caches.get(physical);
            if (cache == null) {
                caches.keySet().removeIf(StatementCache::isClosed);
                cache = new Lru();
                caches.put(physical, cache);
            }
            last = new LastCache(physical, cache);
            return cache;
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Connections with a cache, for tests. */
    int connectionCount() {
        synchronized (caches) {
            return caches.size();
        }
    }

    /**
     * Gives a statement back: a cached one stays open for the next caller (unless {@code failed}, when
     * it is closed and forgotten, its state being unknown); any other is closed. The next caller binds
     * every parameter again, so a kept statement's parameters are cleared only when {@code large}
     * values are bound (the driver would hold them until then); clearing small ones is a native call
     * per statement on SQLite for nothing.
     */
    void release(Lease lease, boolean failed, boolean large) throws SQLException {
        Lru cache = lease.owner;
        if (cache == null) {
            lease.statement.close();
            return;
        }
        synchronized (cache) {
            lease.lent = false;
            if (failed) {
                cache.values().remove(lease);
                lease.statement.close();
            } else if (large) {
                lease.statement.clearParameters();
            }
        }
    }

    /** One connection's statements by SQL text, least recently used first. */
    private static final class Lru extends LinkedHashMap<String, Lease> {
        Lru() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Lease> eldest) {
            if (size() <= PER_CONNECTION || eldest.getValue().lent) {
                return false;
            }
            try {
                eldest.getValue().statement.close();
            } catch (SQLException ignored) {
                // Closing a statement of a live connection does not fail in practice; it is dropped either way.
            }
            return true;
        }
    }
}
