package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.sequelize4j.dialect.ConnectionSettings;
import org.sequelize4j.dialect.Dialect;

/**
 * Connections from a data source the application owns (its HikariCP pool, say), for a Sequelize that
 * shares it instead of opening a pool of its own. The application's pool opened them with its own
 * driver settings, so each physical connection gets the dialect's session set-up the first time
 * Sequelize meets it: what Sequelize's own pool does when it opens one.
 *
 * <p>Physical connections are recognised below the pool's per-borrow proxy ({@code unwrap(Connection)},
 * which HikariCP answers with the driver's connection), and held weakly, so a connection the pool
 * retires is forgotten with it. A pool whose proxies do not unwrap gets the set-up on every borrow:
 * slower, but still right, since the statements are idempotent.
 *
 * <p>Thread-safe.
 */
final class ExternalConnections {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final List<String> sessionSql;
    private final Map<Connection, Boolean> prepared = Collections.synchronizedMap(new WeakHashMap<>());

    ExternalConnections(DataSource dataSource, Dialect dialect, ConnectionSettings settings) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.sessionSql = dialect.externalSessionSql(settings);
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A new connection from the application's data source, prepared; the caller closes it. */
    Connection getConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            prepare(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs the session set-up on a connection unless its physical connection has had it. */
    void prepare(Connection connection) throws SQLException {
        Connection physical = physical(connection);
        if (prepared.containsKey(physical)) {
            return;
        }
        boolean inTransaction = !connection.getAutoCommit();
        if (!sessionSql.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : sessionSql) {
                    statement.execute(sql);
                }
            }
        }
        // Below the pool's proxy: SQLite registers its functions only on the driver's own connection class.
        dialect.initializeConnection(physical);
        if (!inTransaction || dialect.externalSessionSqlWorksInTransaction()) {
            prepared.put(physical, Boolean.TRUE);
        }
    }

    private static Connection physical(Connection connection) {
        try {
            Connection inner = connection.unwrap(Connection.class);
            return inner == null ? connection : inner;
        } catch (SQLException e) {
            return connection;
        }
    }

    /**
     * Lets go of a connection whose state is unknown: evicted from a HikariCP pool (which then closes the
     * physical connection, ending any transaction on it without committing), else closed.
     */
    void evict(Connection connection) {
        try {
            if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari) {
                hikari.evictConnection(connection);
            } else {
                connection.close();
            }
        } catch (SQLException | RuntimeException ignored) {
            // Nothing more can be done with it; the application's pool validates connections it gets back.
        }
    }

    /** The most connections the application's pool lends at once, when it says; else a large number. */
    int maxConnections() {
        if (dataSource instanceof com.zaxxer.hikari.HikariConfigMXBean hikari) {
            return hikari.getMaximumPoolSize();
        }
        return Integer.MAX_VALUE;
    }
}
