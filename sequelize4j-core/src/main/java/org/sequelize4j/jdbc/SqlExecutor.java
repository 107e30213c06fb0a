package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.List;
import org.sequelize4j.dialect.ConnectionErrors;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.errors.AccessDeniedError;
import org.sequelize4j.errors.ConnectionAcquireTimeoutError;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.ConnectionRefusedError;
import org.sequelize4j.errors.HostNotFoundError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.sql.SqlStatement;

/**
 * Runs statements: binds parameters through their codecs, logs, times, and turns driver exceptions
 * into typed errors through the dialect. SELECTs outside a transaction are retried once when the
 * connection turned out to be broken (the pool may hand out a connection the server has just closed);
 * writes never are. With read replicas ({@link ReadRouting}), reads a caller marked routable go to a
 * replica and every other statement to the primary, this executor's pool.
 *
 * <p>Thread-safe; holds no connection between calls.
 */
public final class SqlExecutor {

    private final Dialect dialect;
    private final ConnectionPool pool;
    private final QueryLogger logger;
    private final StatementCache statements;
    private final ReadRouting routing;
    /** The dialect's second cancel, made once rather than as a method reference per statement. */
    private final StatementTimeouts.Recanceller recanceller;

    /** An executor over a pool. */
    public SqlExecutor(Dialect dialect, ConnectionPool pool, QueryLogger logger) {
        this(dialect, pool, logger, null);
    }

    /** An executor over a primary's pool and, when {@code routing} is not null, read replicas. */
    public SqlExecutor(Dialect dialect, ConnectionPool pool, QueryLogger logger, ReadRouting routing) {
        this.dialect = dialect;
        this.pool = pool;
        this.logger = logger;
        this.statements = new StatementCache(dialect.cachesPreparedStatements());
        this.routing = routing;
        this.recanceller = dialect::cancelAgain;
    }

    /** The replica routing, or null without replicas. */
    public ReadRouting routing() {
        return routing;
    }

    /** The pool a new top-level transaction with these options takes its connection from. */
    public ConnectionPool transactionPool(boolean readOnly) {
        return routing == null ? pool : routing.transactionPool(readOnly);
    }

    /** The pool, the scope of statements outside transactions. */
    public ConnectionPool pool() {
        return pool;
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    private ConnectionScope scopeOrPool(ConnectionScope scope) {
        ConnectionScope inner = CallScope.unwrap(scope);
        if (inner != null) {
            return inner;
        }
        // A routed read's call scope names the replica's pool; every other call scope names the primary's.
        return scope instanceof CallScope call && call.pool() instanceof ConnectionPool chosen ? chosen : pool;
    }

    /** The logger for a scope's statements: the instance's, or one with a call's own callback. */
    private QueryLogger loggerFor(ConnectionScope scope) {
        return scope instanceof CallScope call && call.ownLogging() ? logger.withCallback(call.callback()) : logger;
    }

    /**
     * A timer for the next statement of a scope: the call's own timeout, shortened to what is left of a
     * transaction's deadline (see {@link StatementTimeouts#forStatement}).
     */
    private StatementTimeouts.Timer timerFor(ConnectionScope scope, ConnectionScope target, String sql, List<Object> values) {
        long callMillis = scope instanceof CallScope call ? call.timeoutMillis() : 0;
        return StatementTimeouts.timer(StatementTimeouts.forStatement(target, callMillis, sql, values), recanceller);
    }

    private void log(QueryLogger to, String label, String sql, List<Object> values, long elapsedNanos) {
        to.log(label, dialect.sqlForLog(sql), values, elapsedNanos);
    }

    private void report(QueryLogger to, String label, String sql, List<Object> values, long start, Object result,
                        ErrorContext context, RuntimeException error) {
        long elapsed = start < 0 ? -1 : System.nanoTime() - start;
        // A write's count, or a find's rows; other results (a raw reader's own) are not counted.
        long rows = result instanceof Integer count ? count : result instanceof java.util.Collection<?> c ? c.size() : -1;
        to.report(label, dialect.sqlForLog(sql), values, elapsed, rows, context == null ? null : context.model(), error);
    }

    /** Runs a query and reads its result. */
    public <T> T query(ConnectionScope scope, SqlStatement statement, ErrorContext context, ResultReader<T> reader) {
        StatementWorks.TimedWork<T> work = new StatementWorks.CachedQuery<>(statements, statement, reader);
        if (isRoutable(scope, statement)) {
            CallScope call = (CallScope) scope;
            return routing.read(call.route(), replica -> retryingRead(call.on(replica), statement, context, work));
        }
        return retryingRead(scope, statement, context, work);
    }

    /** Whether a statement may go to a replica: a read its caller marked routable, outside any transaction. */
    private boolean isRoutable(ConnectionScope scope, SqlStatement statement) {
        return routing != null && scope instanceof CallScope call && call.route() != null && call.inner() == null
                && isRead(statement.sql());
    }

    /**
     * {@link #runStatement} for a statement its caller declares a read (a raw query of type SELECT):
     * outside a transaction it is tried once more on a fresh connection when the connection broke, as
     * finds are.
     */
    public <T> T runReadStatement(ConnectionScope scope, SqlStatement statement, ErrorContext context,
                                  StatementWork<T> work) {
        if (routing != null && scope instanceof CallScope call && call.route() != null && call.inner() == null) {
            // Declared a SELECT by its caller, whatever its text says: a write declared so reaches the replica,
            // which refuses it (ReadOnlyError), and it is never repeated on the primary.
            StatementWorks.TimedWork<T> uncached = uncached(statement, work);
            return routing.read(call.route(), replica -> retryingRead(call.on(replica), statement, context, uncached));
        }
        return retryingRead(scope, statement, context, uncached(statement, work));
    }

    /**
     * Runs a statement's work and, if it failed because the connection broke, runs it once more: only a read
     * ({@link #isRead}) outside a transaction. Inside one the transaction is lost with its connection, and
     * another connection would not see its work; a write may have been committed before the connection
     * broke. By then the pool has let go of the broken connection and its idle siblings
     * ({@link ConnectionPool#evictAfterBrokenConnection}), so the retry runs on a fresh one.
     */
    private <T> T retryingRead(ConnectionScope scope, SqlStatement statement, ErrorContext context,
                               StatementWorks.TimedWork<T> work) {
        try {
            return run(scope, statement, context, work);
        } catch (ConnectionError e) {
            if (!(scopeOrPool(scope) instanceof ConnectionPool) || !isRetryable(e) || !isRead(statement.sql())) {
                throw e;
            }
            return run(scope, statement, context, work);
        }
    }

    /**
     * Whether a statement only reads. INSERT, UPDATE and DELETE with RETURNING also come through
     * {@link #query}; those are never repeated, since the server may have committed one before the
     * connection broke, and a retry would then write it twice.
     */
    static boolean isRead(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        return sql.regionMatches(true, i, "SELECT", 0, 6);
    }

    /**
     * Whether work that failed with this error may be tried again on another connection: not when no
     * connection could be had at all (the pool already waited its acquire timeout, and a wrong password
     * stays wrong).
     */
    public boolean isRetryable(ConnectionError e) {
        return !(e instanceof ConnectionAcquireTimeoutError || e instanceof AccessDeniedError
                || e instanceof ConnectionRefusedError || e instanceof HostNotFoundError) && !pool.isClosed();
    }

    /** Runs an INSERT/UPDATE/DELETE and returns the number of rows it changed. */
    public int update(ConnectionScope scope, SqlStatement statement, ErrorContext context) {
        return run(scope, statement, context, new StatementWorks.CachedUpdate(statements, statement, dialect));
    }

    /** What runs on a prepared, bound statement. */
    @FunctionalInterface
    public interface StatementWork<T> {
        /** Executes the statement and reads its results; the statement must not be closed. */
        T run(PreparedStatement ps) throws SQLException;
    }

    /**
     * Prepares and binds a statement (outside the statement cache) and runs custom work on it, with
     * logging, the call's timeout and error translation as for every statement: for raw queries, whose
     * results the work reads its own way.
     */
    public <T> T runStatement(ConnectionScope scope, SqlStatement statement, ErrorContext context, StatementWork<T> work) {
        return run(scope, statement, context, uncached(statement, work));
    }

    /** Work that prepares its statement outside the statement cache, binds it and runs {@code work} on it. */
    private static <T> StatementWorks.TimedWork<T> uncached(SqlStatement statement, StatementWork<T> work) {
        return (connection, timer) -> {
            try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
                ParameterBinding.bind(ps, statement);
                try (StatementTimeouts.Timer running = timer.start(ps)) {
                    return work.run(ps);
                }
            }
        };
    }

    /**
     * Runs an INSERT and reads the generated keys the driver reports (for dialects without RETURNING).
     *
     * @param keyReader reads the generated-keys result set
     */
    public <T> T insertWithGeneratedKeys(ConnectionScope scope, SqlStatement statement, ErrorContext context,
                                         ResultReader<T> keyReader) {
        return run(scope, statement, context, (connection, timer) -> {
            try (PreparedStatement ps = connection.prepareStatement(statement.sql(), Statement.RETURN_GENERATED_KEYS)) {
                ParameterBinding.bind(ps, statement);
                try (StatementTimeouts.Timer running = timer.start(ps)) {
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        return keyReader.read(keys);
                    }
                }
            }
        });
    }

    /**
     * Runs statements without parameters (DDL) one after another on one connection, each held to the
     * call's timeout and the transaction's deadline.
     */
    public void execute(ConnectionScope scope, List<String> statements) {
        execute(scope, statements, true);
    }

    /**
     * Runs a transaction's own control statements (savepoints, SET CONSTRAINTS): like
     * {@link #execute(ConnectionScope, List)}, but never refused or cancelled for time, since rolling back
     * to a savepoint must work after the transaction's time is up.
     */
    public void executeControl(ConnectionScope scope, List<String> statements) {
        execute(scope, statements, false);
    }

    private void execute(ConnectionScope scope, List<String> statements, boolean bounded) {
        if (statements.isEmpty()) {
            return;
        }
        ConnectionScope target = scopeOrPool(scope);
        QueryLogger logger = loggerFor(scope);
        String[] current = new String[1];
        StatementTimeouts.Timer[] timer = new StatementTimeouts.Timer[1];
        if (routing != null) {
            routing.wrote();
        }
        try {
            target.run(connection -> {
                runAll(connection, statements, logger, target.label(), current,
                        sql -> bounded ? timerFor(scope, target, sql, List.of()) : StatementTimeouts.none(), timer);
                return null;
            });
        } catch (SQLException e) {
            SequelizeException error = failed(logger, target, current[0], e);
            throw timer[0] == null ? error : timer[0].explain(error, target);
        }
    }

    /**
     * Runs {@code before}, then {@code statements} in one transaction (rolled back when one fails), then
     * {@code after} whatever happened, on one connection of the pool: for DDL that changes a table in
     * several steps that must all happen or none.
     */
    public void executeAtomically(List<String> before, List<String> statements, List<String> after) {
        executeAtomically(before, statements, after, connection -> null);
    }

    /**
     * As {@link #executeAtomically(List, List, List)}, with {@code verify} run on the connection after
     * {@code statements} and before the commit: a failure it throws rolls everything back, so a change
     * whose result the database does not check by itself (SQLite's foreign keys, off while a table is
     * rebuilt) can still be refused before anyone sees it.
     */
    public void executeAtomically(List<String> before, List<String> statements, List<String> after,
                                  ConnectionWork<?> verify) {
        QueryLogger logger = loggerFor(null);
        String[] current = new String[1];
        java.util.function.Function<String, StatementTimeouts.Timer> unbounded = sql -> StatementTimeouts.none();
        StatementTimeouts.Timer[] timer = new StatementTimeouts.Timer[1];
        try {
            pool.run(connection -> {
                runAll(connection, before, logger, pool.label(), current, unbounded, timer);
                boolean autoCommit = connection.getAutoCommit();
                try {
                    connection.setAutoCommit(false);
                    runAll(connection, statements, logger, pool.label(), current, unbounded, timer);
                    verify.apply(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(autoCommit);
                    runAll(connection, after, logger, pool.label(), new String[1], unbounded, timer);
                }
                return null;
            });
        } catch (SQLException e) {
            throw failed(logger, pool, current[0], e);
        }
    }

    private void runAll(java.sql.Connection connection, List<String> statements, QueryLogger logger, String label,
                        String[] current, java.util.function.Function<String, StatementTimeouts.Timer> timers,
                        StatementTimeouts.Timer[] timer) throws SQLException {
        if (statements.isEmpty()) {
            return;
        }
        String restore = dialect.prepareSessionForDdl(connection, statements);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                current[0] = sql;
                timer[0] = timers.apply(sql);
                long start = logger.isTimed() ? System.nanoTime() : -1;
                try (StatementTimeouts.Timer running = timer[0].start(st)) {
                    st.execute(sql);
                }
                if (logger.isActive()) {
                    log(logger, label, sql, List.of(), start < 0 ? -1 : System.nanoTime() - start);
                }
            }
        } finally {
            if (restore != null) {
                try (Statement st = connection.createStatement()) {
                    st.execute(restore);
                }
            }
        }
    }

    private SequelizeException failed(QueryLogger logger, ConnectionScope target, String sql, SQLException e) {
        SequelizeException error = translate(target, e, sql, List.of(), ErrorContext.NONE);
        if (logger.isActive() && sql != null) {
            // Failed statements are logged too, as run() does, so the log shows what was attempted.
            report(logger, target.label(), sql, List.of(), -1, null, null, error);
        }
        return error;
    }

    /** Runs arbitrary work with a connection of the scope, translating failures. */
    public <T> T withConnection(ConnectionScope scope, ConnectionWork<T> work) {
        ConnectionScope target = scopeOrPool(scope);
        try {
            return target.run(work);
        } catch (SQLException e) {
            throw translate(target, e, null, List.of(), ErrorContext.NONE);
        }
    }

    /** Runs the work for one statement on the scope's connection, with logging, its timer and error translation. */
    private <T> T run(ConnectionScope scope, SqlStatement statement, ErrorContext context, StatementWorks.TimedWork<T> work) {
        ConnectionScope target = scopeOrPool(scope);
        QueryLogger logger = loggerFor(scope);
        dialect.checkStatementSize(statement);
        if (routing != null && !isRead(statement.sql())) {
            routing.wrote();
        }
        StatementTimeouts.Timer timer = timerFor(scope, target, statement.sql(), statement.values());
        boolean log = logger.isActive(statement.sql());
        long start = log && logger.isTimed(statement.sql()) ? System.nanoTime() : -1;
        try {
            T result = target.run(new StatementWorks.Timed<>(work, timer));
            if (log) {
                report(logger, target.label(), statement.sql(), statement.values(), start, result, context, null);
            }
            return result;
        } catch (SQLException e) {
            SequelizeException error = timer.explain(translate(target, e, statement.sql(), statement.values(), context),
                    target);
            if (log) {
                report(logger, target.label(), statement.sql(), statement.values(), start, null, context, error);
            }
            throw error;
        } catch (RuntimeException e) {
            // Typed errors raised on the way (no connection to be had, a value that cannot be read) are
            // failures of this statement too, for listeners counting outcomes; they pass on unchanged.
            if (log) {
                report(logger, target.label(), statement.sql(), statement.values(), start, null, context, e);
            }
            throw e;
        }
    }

    /**
     * Opens a query whose rows are read as they are asked for (a streamed find); the caller closes it.
     *
     * @param fetchSize rows the driver fetches at a time
     */
    public Cursor openCursor(ConnectionScope scope, SqlStatement statement, ErrorContext context, int fetchSize) {
        return Cursor.open(this, scope, scopeOrPool(scope), statement, context, fetchSize);
    }

    /** Logs a statement that ran on {@code target}, timed from {@code start} ({@link #startTiming()}). */
    void logStatement(ConnectionScope scope, ConnectionScope target, SqlStatement statement, long start) {
        QueryLogger to = loggerFor(scope);
        if (to.isActive()) {
            log(to, target.label(), statement.sql(), statement.values(), start < 0 ? -1 : System.nanoTime() - start);
        }
    }

    /** The typed error for a statement that failed on {@code target}. */
    SequelizeException translateFailure(ConnectionScope target, SQLException e, SqlStatement statement,
                                        ErrorContext context) {
        return translate(target, e, statement.sql(), statement.values(), context);
    }

    /** The start time for {@link #logControl}, or -1 when statements are not timed. */
    public long startTiming() {
        return logger.isActive() && logger.isTimed() ? System.nanoTime() : -1;
    }

    /**
     * Logs transaction control done through JDBC calls rather than statements ({@code START TRANSACTION},
     * {@code COMMIT}, {@code ROLLBACK}), as Sequelize logs them, so a log shows where transactions begin and end.
     *
     * @param start the value {@link #startTiming()} returned before the work
     */
    public void logControl(ConnectionScope scope, String text, long start) {
        if (logger.isActive()) {
            logger.log(scope.label(), text, List.of(), start < 0 ? -1 : System.nanoTime() - start);
        }
    }

    /** The typed error for a failure to get a connection from the pool. */
    public SequelizeException translatePoolError(SQLException e) {
        return translate(pool, e, null, List.of(), ErrorContext.NONE);
    }

    private SequelizeException translate(ConnectionScope target, SQLException e, String sql, List<Object> values,
                                         ErrorContext context) {
        if (pool.isClosed()) {
            return new ConnectionError("This Sequelize instance has been closed; its connection pool is gone", e);
        }
        if (e instanceof SQLTransientConnectionException) {
            if (e.getCause() instanceof SQLException) {
                // The pool gave up because connecting failed; its cause says why (refused, access denied, …).
                SequelizeException cause = dialect.errors().translate((SQLException) e.getCause(), null, List.of(),
                        ErrorContext.NONE);
                return cause instanceof ConnectionError ? cause
                        : new ConnectionError("Cannot open a " + dialect.name() + " connection: " + cause.getMessage(), e);
            }
            return ConnectionErrors.translate(e, dialect.name());
        }
        if (dialect.errors().isConnectionError(e)) {
            target.connectionBroken(e);
            // The broken connection's own pool: a replica restarting says nothing about the primary's sessions.
            ConnectionPool owner = target.owningPool();
            (owner != null ? owner : pool).evictAfterBrokenConnection(e);
        }
        return dialect.errors().translate(e, sql, values, context);
    }

    /** Connects once and runs a trivial query, to prove the configuration works. */
    public void authenticate() {
        withConnection(null, (Connection connection) -> {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT 1+1 AS result")) {
                rs.next();
            }
            return null;
        });
    }
}
