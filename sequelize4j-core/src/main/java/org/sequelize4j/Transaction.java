package org.sequelize4j;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.ConnectionWork;
import org.sequelize4j.jdbc.SqlExecutor;

/**
 * A database transaction: one connection held from the pool until {@link #commit()} or
 * {@link #rollback()}. A savepoint ({@code NestMode.SAVEPOINT}) is a Transaction on the same connection.
 *
 * <p>Prefer managed transactions, {@code sequelize.transaction(t -> ...)}, which commit when the
 * callback returns, roll back when it throws, and make every operation inside the callback use the
 * transaction without being passed it. Unmanaged ones ({@code sequelize.startUnmanagedTransaction()})
 * must be ended by hand: a forgotten transaction keeps its connection out of the pool.
 *
 * <p>A transaction may be used from several threads, but statements on it run one at a time.
 */
public final class Transaction implements ConnectionScope {

    /** Lifecycle states. */
    public enum State {
        /** Open. */
        ACTIVE,
        /** Committed (or, for a savepoint, released). */
        COMMITTED,
        /** Rolled back. */
        ROLLED_BACK
    }

    private static final AtomicLong IDS = new AtomicLong();

    private final SqlExecutor executor;
    /** Where the connection came from: the primary's pool, or a replica's for a read-only transaction. */
    private final org.sequelize4j.jdbc.ConnectionPool pool;
    private final Connection connection;
    private final Transaction parent;
    private final String id;
    private final String savepoint;
    private final ReentrantLock lock;
    private final TransactionOptions options;
    private final TransactionCallbacks callbacks = new TransactionCallbacks();
    private volatile State state = State.ACTIVE;
    private volatile boolean broken;
    /** Set on the outermost transaction once a statement was cancelled for its timeout: only rollback remains. */
    private volatile TimeoutError doomed;
    private final TransactionDeadline deadline;
    private boolean released;
    /** Begun, and to be ended, by a framework (see {@link ExternalTransactions}); never by Sequelize. */
    private boolean external;

    private Transaction(SqlExecutor executor, org.sequelize4j.jdbc.ConnectionPool pool, Connection connection,
                        Transaction parent, String savepoint, ReentrantLock lock, TransactionOptions options) {
        this.executor = executor;
        this.pool = pool;
        this.connection = connection;
        this.parent = parent;
        this.id = Long.toString(IDS.incrementAndGet(), 36);
        this.savepoint = savepoint;
        this.lock = lock;
        this.options = options;
        this.deadline = TransactionDeadline.of(options.timeout(), parent == null ? null : parent.deadline);
    }

    /**
     * Starts a top-level transaction on a new connection from the pool. Starting is tried once more when
     * the connection turned out broken while it was being set up (after a server restart): nothing of the
     * transaction had run yet, so nothing can happen twice.
     */
    static Transaction begin(SqlExecutor executor, TransactionOptions options) {
        org.sequelize4j.jdbc.ConnectionPool pool = executor.transactionPool(options.isReadOnly());
        if (pool != executor.pool()) {
            try {
                return beginOnce(executor, options, pool);
            } catch (ConnectionError e) {
                // A read-only transaction on an unreachable replica starts on the primary instead.
                executor.routing().transactionFailed(pool, e);
                pool = executor.pool();
            }
        }
        try {
            return beginOnce(executor, options, pool);
        } catch (ConnectionError e) {
            if (!executor.isRetryable(e)) {
                throw e;
            }
            return beginOnce(executor, options, pool);
        }
    }

    private static Transaction beginOnce(SqlExecutor executor, TransactionOptions options,
                                         org.sequelize4j.jdbc.ConnectionPool pool) {
        Dialect dialect = executor.dialect();
        Connection connection;
        try {
            connection = pool.getConnection();
        } catch (SQLException e) {
            throw executor.translatePoolError(e);
        }
        try {
            long start = executor.startTiming();
            dialect.beginTransaction(connection, options);
            Transaction t = new Transaction(executor, pool, connection, null, null, new ReentrantLock(), options);
            executor.logControl(t, "START TRANSACTION", start);
            if (options.isDeferConstraints()) {
                String sql = dialect.setConstraintsSql(true, options.deferredConstraints());
                if (sql != null) {
                    executor.executeControl(t, List.of(sql));
                }
            }
            return t;
        } catch (SQLException | RuntimeException e) {
            // Its state is unknown (sqlite-jdbc, for one, records auto-commit off before its BEGIN
            // fails), so the connection is not given back for reuse.
            pool.evict(connection);
            if (e instanceof SequelizeException) {
                throw (SequelizeException) e;
            }
            if (e instanceof SQLException) {
                SQLException failure = (SQLException) e;
                if (dialect.errors().isConnectionError(failure)) {
                    pool.evictAfterBrokenConnection(failure);
                }
                // Typed like any statement's failure: SQLITE_BUSY at BEGIN IMMEDIATE is a TimeoutError.
                throw dialect.errors().translate(failure, "BEGIN", List.of(), ErrorContext.NONE);
            }
            throw new ConnectionError("Cannot start a transaction: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps a transaction a framework runs on {@code connection} (already begun, and ended by the
     * framework), so that statements, savepoints and callbacks work in it as in one of Sequelize's.
     */
    static Transaction external(SqlExecutor executor, Connection connection, TransactionOptions options) {
        Transaction t = new Transaction(executor, executor.pool(), connection, null, null, new ReentrantLock(), options);
        t.external = true;
        return t;
    }

    /** Whether a framework, not Sequelize, ends this transaction (or the one this savepoint is in). */
    boolean isExternal() {
        return root().external;
    }

    /** Whether this transaction runs on that very connection object. */
    boolean runsOn(Connection other) {
        return connection == other;
    }

    /** Records how the framework ended an external transaction, and runs the callbacks that waited for it. */
    void externalEnded(boolean committed) {
        lock.lock();
        try {
            if (state != State.ACTIVE) {
                return;
            }
            state = committed ? State.COMMITTED : State.ROLLED_BACK;
        } finally {
            lock.unlock();
        }
        if (committed) {
            callbacks.committed();
        } else {
            callbacks.rolledBack();
        }
    }

    private void refuseIfExternal(String action) {
        if (external) {
            throw new SequelizeException("Cannot " + action + " transaction " + id + ": it belongs to the application's"
                    + " transaction manager (it was joined, not begun, by Sequelize) and ends when that transaction"
                    + " does; throw from the callback to have it rolled back");
        }
    }

    /** Starts a savepoint inside this transaction. */
    Transaction savepoint(TransactionOptions nestedOptions) {
        requireActive("start a savepoint in");
        String name = "sp_" + Long.toString(IDS.incrementAndGet(), 36);
        Transaction nested = new Transaction(executor, pool, connection, this, name, lock, nestedOptions);
        TimeoutError late = timeUp("no savepoint can start in it");
        if (late != null) {
            throw late;
        }
        executor.executeControl(this, List.of(executor.dialect().savepointSql(name)));
        return nested;
    }

    /**
     * Runs {@code work} inside a savepoint of this transaction: released when it returns, rolled back to
     * when it throws, so that work of several statements is all or nothing while the transaction goes on.
     * Statements of the work that run in this transaction run inside the savepoint.
     */
    public <R> R inSavepoint(java.util.function.Supplier<R> work) {
        Transaction nested = savepoint(TransactionOptions.transactionOptions());
        R result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            nested.rollbackQuietly();
            throw e;
        }
        nested.commit();
        return result;
    }

    /** Commits (or releases the savepoint). Throws if the transaction already ended. */
    public void commit() {
        refuseIfExternal("commit");
        requireActive("commit");
        // Statements of other threads wait on the lock and re-check the state once they hold it, so
        // none can run between COMMIT and the connection going back to the pool.
        lock.lock();
        try {
            requireActive("commit");
            TimeoutError late = timeUp("it cannot commit");
            if (late != null) {
                if (parent == null) {
                    rollbackQuietly();
                }
                throw late;
            }
            if (parent != null) {
                executor.executeControl(this, List.of(executor.dialect().releaseSavepointSql(savepoint)));
                state = State.COMMITTED;
            } else if (broken) {
                rollbackQuietly();
                throw new ConnectionError("Cannot commit transaction " + id + ": its connection broke", null);
            } else {
                commitTopLevel();
            }
        } finally {
            lock.unlock();
        }
        if (parent != null) {
            // The outermost transaction decides whether this work lasts: its commit or rollback runs
            // these callbacks.
            callbacks.handOver(parent.callbacks);
            return;
        }
        callbacks.committed();
    }

    private void commitTopLevel() {
        boolean committed = false;
        try {
            long start = executor.startTiming();
            executor.withConnection(this, c -> {
                executor.dialect().beforeCommit(c, options);
                executor.dialect().endTransaction(c);
                c.commit();
                return null;
            });
            executor.logControl(this, "COMMIT", start);
            committed = true;
        } finally {
            if (committed) {
                state = State.COMMITTED;
                release(false);
            } else {
                // The database may have ended it already (a deferred constraint failing at COMMIT, a
                // serialization failure); rolling back makes sure, and releases the connection.
                rollbackQuietly();
            }
        }
    }

    /**
     * Rolls back (to the savepoint, for a nested transaction). Throws if the transaction already ended.
     * A top-level transaction whose connection broke counts as rolled back: this returns normally.
     */
    public void rollback() {
        refuseIfExternal("roll back");
        requireActive("roll back");
        RuntimeException failure = null;
        lock.lock();
        try {
            requireActive("roll back");
            if (parent != null) {
                try {
                    if (!parent.broken && root().doomed == null) {
                        // Runs while still active: run() refuses statements of ended transactions. A doomed
                        // transaction is past saving: its top-level rollback discards the savepoint's work.
                        executor.executeControl(this, List.of(executor.dialect().rollbackToSavepointSql(savepoint)));
                    }
                } finally {
                    state = State.ROLLED_BACK;
                }
            } else {
                failure = rollbackTopLevel();
            }
        } finally {
            lock.unlock();
        }
        callbacks.rolledBack();
        if (failure != null) {
            throw failure;
        }
    }

    /** Rolls back a top-level transaction and releases its connection; returns a failure to rethrow, or null. */
    private RuntimeException rollbackTopLevel() {
        boolean rolledBack = false;
        RuntimeException failure = null;
        try {
            if (!broken) {
                long start = executor.startTiming();
                executor.withConnection(this, c -> {
                    executor.dialect().endTransaction(c);
                    c.rollback();
                    return null;
                });
                executor.logControl(this, "ROLLBACK", start);
                rolledBack = true;
            }
        } catch (ConnectionError e) {
            // The connection is gone, and the server discards a transaction whose connection is gone:
            // the rollback has happened. Throwing here would only hide the error that led to it.
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            state = State.ROLLED_BACK;
            // A connection that was not rolled back must never go back to the pool: resetting
            // auto-commit on it would commit the work. Closing it for good ends the transaction.
            release(!rolledBack);
        }
        return failure;
    }

    /** Rolls back if still active, never throwing (used when something else already failed). */
    void rollbackQuietly() {
        if (state != State.ACTIVE) {
            return;
        }
        try {
            rollback();
        } catch (RuntimeException ignored) {
            // rollback() has marked the transaction ended and discarded its connection.
        }
    }

    /**
     * Gives the connection back to the pool after COMMIT or ROLLBACK, or with {@code discard}, evicts it
     * (its transaction may still hold uncommitted work, or the connection is broken).
     */
    private void release(boolean discard) {
        synchronized (this) {
            if (released) {
                return;
            }
            released = true;
        }
        if (discard) {
            pool.evict(connection);
            return;
        }
        try {
            connection.setAutoCommit(true);
            executor.dialect().afterTransaction(connection, options);
        } catch (SQLException e) {
            pool.evict(connection);
            return;
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing more to do with a connection that will not close.
        }
    }

    /** Throws unless the transaction (and a savepoint's enclosing one) is still open; {@code action} is for the message. */
    void requireActive(String action) {
        if (state != State.ACTIVE) {
            throw new SequelizeException("Cannot " + action + " transaction " + id + ": it has already been "
                    + (state == State.COMMITTED ? "committed" : "rolled back"));
        }
        if (parent != null && parent.state != State.ACTIVE) {
            throw new SequelizeException("Cannot " + action + " savepoint " + id + ": its transaction has ended");
        }
    }

    /**
     * Runs {@code callback}, given this transaction, after the outermost commit succeeded (a savepoint's
     * callbacks wait for the transaction around it); never if the work is rolled back.
     *
     * @return this transaction
     */
    public Transaction afterCommit(java.util.function.Consumer<Transaction> callback) {
        callbacks.afterCommit(this, callback);
        return this;
    }

    /** {@link #afterCommit(java.util.function.Consumer)} for a callback that does not need the transaction. */
    public Transaction afterCommit(Runnable callback) {
        java.util.Objects.requireNonNull(callback, "afterCommit callback");
        return afterCommit(t -> callback.run());
    }

    /**
     * Runs {@code callback}, given this transaction, after this transaction (or savepoint) rolled back,
     * or after the transaction around a released savepoint rolled back.
     *
     * @return this transaction
     */
    public Transaction afterRollback(java.util.function.Consumer<Transaction> callback) {
        callbacks.afterRollback(this, callback);
        return this;
    }

    /** {@link #afterRollback(java.util.function.Consumer)} for a callback that does not need the transaction. */
    public Transaction afterRollback(Runnable callback) {
        java.util.Objects.requireNonNull(callback, "afterRollback callback");
        return afterRollback(t -> callback.run());
    }

    /**
     * Runs {@code callback}, given this transaction, once the work has ended either way (Sequelize v7's
     * {@code afterTransaction}): after the afterCommit or afterRollback callbacks, when they run.
     *
     * @return this transaction
     */
    public Transaction afterTransaction(java.util.function.Consumer<Transaction> callback) {
        callbacks.afterTransaction(this, callback);
        return this;
    }

    /** {@link #afterTransaction(java.util.function.Consumer)} for a callback that does not need the transaction. */
    public Transaction afterTransaction(Runnable callback) {
        java.util.Objects.requireNonNull(callback, "afterTransaction callback");
        return afterTransaction(t -> callback.run());
    }

    /** Whether the transaction is still open. */
    public boolean isActive() {
        return state == State.ACTIVE && (parent == null || parent.isActive());
    }

    /** The lifecycle state. */
    public State state() {
        return state;
    }

    /** A short identifier, used in log lines. */
    public String id() {
        return id;
    }

    /** The enclosing transaction of a savepoint, or null. */
    public Transaction parent() {
        return parent;
    }

    /** The options the transaction was started with. */
    public TransactionOptions options() {
        return options;
    }

    @Override
    public <T> T run(ConnectionWork<T> work) throws SQLException {
        lock.lock();
        try {
            // Checked while holding the lock: commit and rollback end the transaction under it.
            if (!isActive()) {
                throw new SequelizeException("Transaction " + id + " has already ended; it cannot run more statements");
            }
            return work.apply(connection);
        } finally {
            lock.unlock();
        }
    }

    /** The outermost transaction: this one, or the transaction a savepoint (of a savepoint …) belongs to. */
    Transaction outermost() {
        return root();
    }

    private Transaction root() {
        Transaction t = this;
        while (t.parent != null) {
            t = t.parent;
        }
        return t;
    }

    /**
     * Why no more work may be done in this transaction for lack of time, or null: a statement was
     * cancelled for its timeout (the outermost transaction can then only roll back), or the deadline passed.
     */
    private TimeoutError timeUp(String what) {
        TimeoutError cancelled = root().doomed;
        if (cancelled != null) {
            return new TimeoutError("Transaction " + id + " can only roll back, " + what + ": a statement in it was"
                    + " cancelled for its timeout (" + cancelled.getMessage() + ")", false, cancelled.sql(),
                    cancelled.parameters(), cancelled.original());
        }
        return deadline != null && deadline.passed() ? deadline.refusal(id, what, null, List.of()) : null;
    }

    @Override
    public long timeLeft(String sql, List<Object> values) {
        TimeoutError cancelled = root().doomed;
        if (cancelled != null) {
            throw new TimeoutError("Transaction " + id + " can only roll back: a statement in it was cancelled for"
                    + " its timeout; the statement was not sent [sql: " + sql + "]", false, sql, values,
                    cancelled.original());
        }
        if (deadline == null) {
            return Long.MAX_VALUE;
        }
        long left = deadline.remainingMillis();
        if (left <= 0) {
            throw deadline.refusal(id, "the statement was not sent", sql, values);
        }
        return left;
    }

    /**
     * A statement was cancelled for its timeout: the server may have rolled back part or all of the
     * transaction (PostgreSQL aborts it, SQLite rolls it back for an interrupted write), so the
     * outermost transaction is left able only to roll back, on every database alike.
     */
    @Override
    public void statementTimedOut(TimeoutError error) {
        root().doomed = error;
    }

    @Override
    public void connectionBroken(SQLException cause) {
        broken = true;
        if (parent != null) {
            parent.connectionBroken(cause);
        }
    }

    @Override
    public String label() {
        return id;
    }

    @Override
    public org.sequelize4j.jdbc.ConnectionPool owningPool() {
        return pool;
    }

    @Override
    public String toString() {
        return "Transaction " + id + " (" + state + (parent != null ? ", savepoint of " + parent.id : "") + ")";
    }
}
