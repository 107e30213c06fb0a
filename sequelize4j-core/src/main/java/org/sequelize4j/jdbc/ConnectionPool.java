package org.sequelize4j.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>A caller waiting for a connection while the pool holds none gives up as soon as an attempt to
 * open one fails (the server refused it, the password is wrong, …) and gets that failure, as
 * Sequelize's callers do; Hikari on its own would keep the caller waiting for the whole acquire
 * timeout. A failure older than the caller's wait is not trusted: the caller asks the server itself, and
 * when the server is back it gets that connection at once, outside the pool and closed for good after
 * use, rather than waiting for Hikari's next attempt. A caller waiting for a busy pool's connections to
 * come back waits as usual.
 *
 * <p>Made with {@link #external}, it lends connections of a data source the application owns instead
 * ({@link ExternalConnections}), and closing it leaves that data source open.
 */
public final class ConnectionPool implements ConnectionScope, AutoCloseable {

    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectionPool.class);
    /** How long a caller of an empty pool waits between looks at the latest connection failure. */
    private static final long EMPTY_POOL_SLICE_MILLIS = 250;

    private final HikariPool pool;
    private final DriverSource source;
    private final long acquireMillis;
    private final int maxConnections;
    private final String poolName;
    private final DataSource dataSource = new PoolDataSource();
    private volatile boolean closed;
    private final Connection keepAlive;
    /** The application's data source this pool lends from, or null for a pool of its own. */
    private final ExternalConnections external;
    private final String label;
    private final HeldConnections held = new HeldConnections(this);

    /**
     * Opens the pool (lazily: no connection is made until the first use, except the keep-alive).
     *
     * @throws ConnectionError if the driver is missing or the in-memory database cannot be opened
     */
    public ConnectionPool(Dialect dialect, ConnectionSettings settings, PoolOptions options) {
        this(dialect, settings, options, "default");
    }

    /**
     * A pool whose statements are logged under {@code label} (a replica's {@code read host:port} next to the
     * primary's {@code default}).
     */
    public ConnectionPool(Dialect dialect, ConnectionSettings settings, PoolOptions options, String label) {
        this.label = label;
        this.external = null;
        Driver driver = DriverSource.load(dialect, settings);
        DriverSource raw = new DriverSource(driver, settings, dialect);
        this.source = raw;
        HikariConfig config = new HikariConfig();
        this.poolName = "sequelize4j-" + dialect.name() + "-" + POOL_NUMBER.incrementAndGet();
        config.setPoolName(poolName);
        config.setDataSource(raw);
        int max = options.max() != null ? options.max() : settings.defaultPoolMax();
        config.setMaximumPoolSize(max);
        this.maxConnections = max;
        config.setMinimumIdle(Math.min(options.min(), max));
        config.setIdleTimeout(Math.max(10_000, options.idle().toMillis()));
        this.acquireMillis = Math.max(250, options.acquire().toMillis());
        config.setConnectionTimeout(acquireMillis);
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
        config.validate();
        this.pool = new HikariPool(config);
    }

    /**
     * A pool that lends connections of {@code dataSource}, which the application owns and closes: no
     * pool of its own, and {@link #close()} leaves the data source open. Each physical connection gets
     * the dialect's session set-up the first time it is lent.
     */
    public static ConnectionPool external(Dialect dialect, ConnectionSettings settings, DataSource dataSource) {
        return new ConnectionPool(dialect, new ExternalConnections(dataSource, dialect, settings));
    }

    private ConnectionPool(Dialect dialect, ExternalConnections external) {
        this.external = external;
        this.label = "default";
        this.pool = null;
        this.source = null;
        this.keepAlive = null;
        this.acquireMillis = 30_000;
        this.maxConnections = external.maxConnections();
        this.poolName = "sequelize4j-" + dialect.name() + "-external-" + POOL_NUMBER.incrementAndGet();
    }


    /**
     * A connection from the pool; the caller must close it to give it back.
     *
     * @throws SQLTransientConnectionException when none became free within the acquire timeout, or at
     *     once when the pool holds no connection and opening one has just failed (the failure is the cause)
     */
    public Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("The connection pool is closed", "08003");
        }
        if (external != null) {
            return external.getConnection();
        }
        long start = System.nanoTime();
        long deadline = start + acquireMillis * 1_000_000L;
        // The first attempt may wait the whole acquire time; later ones what is left of it. Plain
        // arithmetic rather than TimeUnit: every statement outside a transaction borrows here.
        long remaining = acquireMillis;
        while (true) {
            // Waiting in slices only while the pool is empty keeps the usual first-come order of
            // callers waiting for busy connections.
            boolean empty = pool.getTotalConnections() == 0;
            long wait = Math.max(1, empty ? Math.min(remaining, EMPTY_POOL_SLICE_MILLIS) : remaining);
            try {
                return pool.getConnection(wait);
            } catch (SQLTransientConnectionException timeout) {
                if (pool.getTotalConnections() == 0) {
                    DriverSource.Failure failure = source.lastFailure();
                    if (failure != null && failure.nanoTime() - start >= 0) {
                        throw cannotConnect(failure.error());
                    }
                    if (failure != null) {
                        // The failure is older than this caller: the server may well be back while Hikari
                        // pauses (up to seconds) before its next attempt. Asking the server now answers at once.
                        try {
                            Connection direct = source.probe();
                            if (direct != null) {
                                return direct;
                            }
                        } catch (SQLException stillDown) {
                            throw cannotConnect(stillDown);
                        }
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw timeout;
                }
                remaining = left / 1_000_000L;
            }
        }
    }

    private static SQLTransientConnectionException cannotConnect(SQLException failure) {
        return new SQLTransientConnectionException("Cannot open a connection: " + failure.getMessage(),
                failure.getSQLState(), failure);
    }

    /**
     * Gives a connection the application lent for its own transaction (one an integration reports
     * bound to the thread) the session set-up of {@link #external} pools; nothing for a pool of its own.
     */
    public void prepareBound(Connection connection) throws SQLException {
        if (external != null) {
            external.prepare(connection);
        }
    }

    /** Whether this pool lends the application's connections ({@link #external}). */
    public boolean isExternal() {
        return external != null;
    }

    /**
     * Closes a borrowed connection for good instead of returning it: for connections that are broken or
     * whose state is unknown (a transaction that could not be rolled back).
     */
    public void evict(Connection connection) {
        if (external != null) {
            external.evict(connection);
            return;
        }
        try {
            // Hikari closes the physical connection, which ends any open transaction without committing it.
            pool.evictConnection(connection);
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
        return held.run(work);
    }

    /**
     * A statement outside a transaction failed because its connection broke: a connection this thread
     * holds is evicted, so that the next statement (a read's retry among them) borrows a live one
     * instead of meeting the same dead connection again.
     */
    @Override
    public void connectionBroken(SQLException cause) {
        held.broken();
    }

    /**
     * Lets go of every connection the pool holds idle, and of those in use as soon as they come back,
     * after one connection turned out broken. A server restart or failover closes every session at once,
     * and the pool only checks a connection that has been idle for a while (half a second) before handing it
     * out, so without this each caller would meet a dead connection in turn: a read would be retried, but a
     * write, which is never retried, would fail. Reconnecting costs a handshake per connection; handing out
     * dead ones costs failed writes.
     */
    public void evictAfterBrokenConnection(SQLException cause) {
        // The application's pool is the application's to manage: it validates what it lends.
        if (closed || external != null) {
            return;
        }
        LOG.warn("{}: a connection broke ({}); closing the other pooled connections, which the server has likely"
                + " closed too", poolName, cause.getMessage());
        pool.softEvictConnections();
    }

    /**
     * Runs {@code work} with one connection borrowed for all the statements it sends outside a
     * transaction (in auto-commit, as they would run anyway), instead of one borrow per statement: a
     * find with includes sends its queries back to back. Nested calls share the outer connection. When
     * the connection breaks, the following statements borrow another one.
     */
    public <T> T holding(java.util.function.Supplier<T> work) {
        // With one connection in all (SQLite in memory), holding it would starve a transaction that a
        // hook starts meanwhile; and there is no borrow to save.
        return maxConnections <= 1 ? work.get() : held.holding(work);
    }

    /** The connection {@link #holding} keeps for this thread, or null. */
    Connection heldConnection() {
        return held.connection();
    }

    /**
     * Runs work with {@code connection} held for this thread's statements, as {@link #holding} does with
     * one it borrows: a stream's include queries go to the connection its cursor reads from. Does nothing
     * more inside another holder, whose connection that is.
     */
    <T> T holding(Connection connection, java.util.function.Supplier<T> work) {
        return held.holding(connection, work);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public ConnectionPool owningPool() {
        return this;
    }

    /** The pool as a data source, for code that needs plain JDBC. */
    public DataSource dataSource() {
        return external != null ? external.dataSource() : dataSource;
    }

    /** Whether the pool has been closed. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (external != null) {
            return;
        }
        try {
            pool.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException ignored) {
                // The database is being discarded anyway.
            }
        }
    }


    /** The pool seen as a plain {@link DataSource}. */
    private final class PoolDataSource extends DataSourceBasics {
        @Override
        public Connection getConnection() throws SQLException {
            return ConnectionPool.this.getConnection();
        }

        /** Unwraps to {@link com.zaxxer.hikari.HikariPoolMXBean} for the pool's live counts. */
        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type == com.zaxxer.hikari.HikariPoolMXBean.class) {
                return type.cast(pool);
            }
            return super.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type == com.zaxxer.hikari.HikariPoolMXBean.class || super.isWrapperFor(type);
        }
    }


    /** The acquire timeout in effect. */
    public Duration acquireTimeout() {
        return Duration.ofMillis(acquireMillis);
    }
}
