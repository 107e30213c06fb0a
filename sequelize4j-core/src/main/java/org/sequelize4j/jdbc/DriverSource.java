package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sequelize4j.dialect.ConnectionSettings;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.errors.ConnectionError;

/** Opens connections through the driver and prepares them for Sequelize4j. */
final class DriverSource extends DataSourceBasics {
    /** A failed attempt to connect, and when it happened ({@link System#nanoTime()}). */
    record Failure(SQLException error, long nanoTime) {
    }

    private final Driver driver;
    private final ConnectionSettings settings;
    private final Dialect dialect;
    /** The latest attempt's failure, or null once an attempt has succeeded. */
    private volatile Failure lastFailure;
    private final AtomicBoolean probing = new AtomicBoolean();

    DriverSource(Driver driver, ConnectionSettings settings, Dialect dialect) {
        this.driver = driver;
        this.settings = settings;
        this.dialect = dialect;
    }

    /**
     * The dialect's JDBC driver.
     *
     * @throws ConnectionError when it is not on the class path or cannot be created
     */
    static Driver load(Dialect dialect, ConnectionSettings settings) {
        try {
            Class<?> type = Class.forName(settings.driverClassName(), true, DriverSource.class.getClassLoader());
            return (Driver) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ConnectionError("The JDBC driver for " + dialect.name() + " (" + settings.driverClassName()
                    + ") is not on the class path; add its dependency to your build", e);
        } catch (ReflectiveOperationException e) {
            throw new ConnectionError("Cannot create the JDBC driver " + settings.driverClassName(), e);
        }
    }

    /**
     * A connection opened now, outside the pool, for a caller that found the pool empty after a failure
     * older than its wait; null when another caller's probe is under way (its outcome will be news). The
     * caller's close() closes it for good. A failure is recorded as usual, so callers waiting see it.
     *
     * @throws SQLException when the server still cannot be reached
     */
    Connection probe() throws SQLException {
        if (!probing.compareAndSet(false, true)) {
            return null;
        }
        try {
            return getConnection();
        } finally {
            probing.set(false);
        }
    }

    Failure lastFailure() {
        return lastFailure;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Connection connection = connect();
            lastFailure = null;
            return connection;
        } catch (SQLException e) {
            lastFailure = new Failure(e, System.nanoTime());
            throw e;
        }
    }

    private Connection connect() throws SQLException {
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
}
