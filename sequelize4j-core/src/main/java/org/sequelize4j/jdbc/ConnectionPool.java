package org.sequelize4j.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.sequelize4j.PoolOptions;
import org.sequelize4j.dialect.ConnectionSettings;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.errors.ConnectionError;

/**
 * The HikariCP pool of one {@code Sequelize} instance. New connections run the dialect's set-up
 * (session settings, SQLite functions) before Hikari hands them out. For an in-memory SQLite database
 * one extra connection is held open for the pool's lifetime, so the database survives Hikari
 * replacing its connections.
 */
public final class ConnectionPool implements ConnectionScope, AutoCloseable {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final HikariDataSource dataSource;
    private final Connection keepAlive;

    /**
     * Opens the pool (lazily: no connection is made until the first use, except the keep-alive).
     *
     * @throws ConnectionError if the driver is missing or the in-memory database cannot be opened
     */
    public ConnectionPool(Dialect dialect, ConnectionSettings settings, PoolOptions options) {
        Driver driver = loadDriver(dialect, settings);
        DataSource raw = new DriverSource(driver, settings, dialect);
        HikariConfig config = new HikariConfig();
        config.setPoolName("sequelize4j-" + dialect.name() + "-" + POOL_NUMBER.incrementAndGet());
        config.setDataSource(raw);
        int max = options.max() != null ? options.max() : settings.defaultPoolMax();
        config.setMaximumPoolSize(max);
        config.setMinimumIdle(Math.min(options.min(), max));
        config.setIdleTimeout(Math.max(10_000, options.idle().toMillis()));
        config.setConnectionTimeout(Math.max(250, options.acquire().toMillis()));
        config.setMaxLifetime(Math.max(30_000, options.maxLifetime().toMillis()));
        if (options.leakDetection() != null) {
            config.setLeakDetectionThreshold(Math.max(2_000, options.leakDetection().toMillis()));
        }
        config.setAutoCommit(true);
        // Connections are made on first use, so constructing Sequelize never blocks on the network.
        config.setInitializationFailTimeout(-1);
        Connection held = null;
        if (settings.keepAliveUrl() != null) {
            try {
                held = raw.getConnection();
            } catch (SQLException e) {
                throw new ConnectionError("Cannot open the in-memory database: " + e.getMessage(), e);
            }
        }
        this.keepAlive = held;
        this.dataSource = new HikariDataSource(config);
    }

    private static Driver loadDriver(Dialect dialect, ConnectionSettings settings) {
        try {
            Class<?> type = Class.forName(settings.driverClassName(), true, ConnectionPool.class.getClassLoader());
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConnectionError("The JDBC driver for " + dialect.name() + " (" + settings.driverClassName()
                    + ") is not on the class path; add its dependency to your build", e);
        } catch (ReflectiveOperationException e) {
            throw new ConnectionError("Cannot create the JDBC driver " + settings.driverClassName(), e);
        }
    }

    /** A connection from the pool; the caller must close it to give it back. */
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * Closes a borrowed connection for good instead of returning it: for connections that are broken or
     * whose state is unknown (a transaction that could not be rolled back).
     */
    public void evict(Connection connection) {
        try {
            // Hikari closes the physical connection, which ends any open transaction without committing it.
            dataSource.evictConnection(connection);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more can be done with it.
            }
        }
    }

    @Override
    public <T> T run(ConnectionWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        }
    }

    @Override
    public String label() {
        return "default";
    }

    /** The pool's data source, for code that needs plain JDBC. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether the pool has been closed. */
    public boolean isClosed() {
        return dataSource.isClosed();
    }

    @Override
    public void close() {
        dataSource.close();
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException ignored) {
                // The database is being discarded anyway.
            }
        }
    }

    /** Opens connections through the driver and prepares them for Sequelize4j. */
    private static final class DriverSource implements DataSource {
        private final Driver driver;
        private final ConnectionSettings settings;
        private final Dialect dialect;

        DriverSource(Driver driver, ConnectionSettings settings, Dialect dialect) {
            this.driver = driver;
            this.settings = settings;
            this.dialect = dialect;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = driver.connect(settings.jdbcUrl(), settings.properties());
            if (connection == null) {
                throw new SQLException("Driver " + settings.driverClassName() + " does not accept " + settings.jdbcUrl(),
                        "08001");
            }
            try {
                if (!settings.initSql().isEmpty()) {
                    try (Statement statement = connection.createStatement()) {
                        for (String sql : settings.initSql()) {
                            statement.execute(sql);
                        }
                    }
                }
                dialect.initializeConnection(connection);
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("Credentials come from the Sequelize configuration");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // Logging goes through SLF4J.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // Hikari's connectionTimeout bounds connection attempts.
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    /** The acquire timeout in effect. */
    public Duration acquireTimeout() {
        return Duration.ofMillis(dataSource.getConnectionTimeout());
    }
}
