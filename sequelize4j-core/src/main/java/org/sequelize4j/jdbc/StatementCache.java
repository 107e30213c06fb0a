package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
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
    /** The cached statements currently lent out, with their cache: only these are kept on release. */
    private final Map<PreparedStatement, Lru> lent = Collections.synchronizedMap(new IdentityHashMap<>());

    StatementCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A prepared statement for {@code sql} on this connection; give it back with {@link #release}. */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        if (!enabled) {
            return connection.prepareStatement(sql);
        }
        Connection physical = connection.unwrap(Connection.class);
        Lru cache = cacheOf(physical);
        synchronized (cache) {
            PreparedStatement cached = cache.get(sql);
            if (cached != null && lent.containsKey(cached)) {
                // The cached one is in use further up this connection's stack: a one-off statement.
                return connection.prepareStatement(sql);
            }
            if (cached == null || cached.isClosed()) {
                cached = physical.prepareStatement(sql);
                cache.put(sql, cached);
            }
            lent.put(cached, cache);
            return cached;
        }
    }

    private Lru cacheOf(Connection physical) {
        synchronized (caches) {
            Lru cache = caches.get(physical);
            if (cache == null) {
                caches.keySet().removeIf(StatementCache::isClosed);
                cache = new Lru();
                caches.put(physical, cache);
            }
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
    void release(PreparedStatement statement, boolean failed, boolean large) throws SQLException {
        Lru cache = enabled ? lent.remove(statement) : null;
        if (cache == null) {
            statement.close();
            return;
        }
        synchronized (cache) {
            if (failed) {
                cache.values().remove(statement);
                statement.close();
            } else if (large) {
                statement.clearParameters();
            }
        }
    }

    /** One connection's statements by SQL text, least recently used first. */
    private final class Lru extends LinkedHashMap<String, PreparedStatement> {
        Lru() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= PER_CONNECTION || lent.containsKey(eldest.getValue())) {
                return false;
            }
            try {
                eldest.getValue().close();
            } catch (SQLException ignored) {
                // Closing a statement of a live connection does not fail in practice; it is dropped either way.
            }
            return true;
        }
    }
}
