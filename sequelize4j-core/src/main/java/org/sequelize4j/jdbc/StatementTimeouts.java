package org.sequelize4j.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;

/**
 * Holds statements to their timeout: a statement still running when its time is up is cancelled with
 * JDBC's {@link Statement#cancel()}, which every supported driver implements at once and to the
 * millisecond (pgjdbc sends PostgreSQL a cancel request, MariaDB Connector/J runs {@code KILL QUERY}
 * on a second connection, sqlite-jdbc calls {@code sqlite3_interrupt}); each dialect's error translator
 * types the resulting error as a {@link TimeoutError}. {@link Statement#setQueryTimeout} is not used:
 * it counts whole seconds.
 *
 * <p>A cancel that arrives after its statement finished must not hit the connection's next statement.
 * Cancelling happens under the same monitor that {@link Armed#close()} takes when the statement
 * returns, so the connection is not used again until a cancel in flight has completed, and none starts
 * afterwards; the drivers ignore a cancel that finds nothing running.
 */
final class StatementTimeouts {

    private StatementTimeouts() {
    }

    /** How long after a cancel that did not end its statement the next one is sent. */
    private static final long RECANCEL_MILLIS = 100;

    /** Fires the cancels; its one thread only hands them to {@link #CANCELLERS}. */
    private static final ScheduledThreadPoolExecutor TIMER = timer();
    /** Runs the cancels, which open a connection of their own on PostgreSQL and MariaDB. */
    private static final ExecutorService CANCELLERS = Executors.newCachedThreadPool(daemon("sequelize4j-cancel"));

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("sequelize4j-timeout"));
        // Almost every timer is disarmed before it fires: drop those at once rather than at their time.
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(30, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The timeout, in milliseconds, for the next statement of {@code scope} given the call's own
     * {@code callMillis} (0 for none): the shorter of that and what is left of a transaction's
     * deadline, or 0 for no limit.
     *
     * @throws TimeoutError if the scope allows no more statements ({@link ConnectionScope#timeLeft}); nothing
     *     is sent then
     */
    static long forStatement(ConnectionScope scope, long callMillis, String sql, List<Object> values) {
        long left = scope.timeLeft(sql, values);
        if (left == Long.MAX_VALUE) {
            return callMillis;
        }
        // At least a millisecond: 0 would mean no limit at all.
        long bounded = Math.max(1, left);
        return callMillis > 0 ? Math.min(callMillis, bounded) : bounded;
    }

    /** Sends a cancel again, for a statement still running after its first one (see {@code Dialect.cancelAgain}). */
    @FunctionalInterface
    interface Recanceller {
        void cancelAgain(Statement statement) throws SQLException;
    }

    /**
     * A timer for one statement that cancels it after {@code millis} (never when 0), and again through
     * {@code recanceller} every {@value #RECANCEL_MILLIS} ms while it runs on; {@link Timer#start} it on
     * the statement.
     */
    static Timer timer(long millis, Recanceller recanceller) {
        return millis > 0 ? new Timer(millis, recanceller) : NEVER;
    }

    /**
     * The timer of statements without a timeout, shared: it keeps no state, since nothing can cancel
     * its statements, so most statements make no timer and take no monitor for it.
     */
    private static final Timer NEVER = new Timer(0, Statement::cancel);

    /** A timer that never fires. */
    static Timer none() {
        return NEVER;
    }

    /** One statement's timer. */
    static final class Timer implements AutoCloseable {
        private final long millis;
        private final Recanceller recanceller;
        private Statement statement;
        private ScheduledFuture<?> future;
        private boolean done;
        private boolean fired;

        private Timer(long millis, Recanceller recanceller) {
            this.millis = millis;
            this.recanceller = recanceller;
        }

        /** Starts counting for {@code jdbc}, which is about to run; returns this, to close when it is done. */
        Timer start(Statement jdbc) {
            if (millis <= 0) {
                return this;
            }
            synchronized (this) {
                this.statement = jdbc;
                this.done = false;
                future = TIMER.schedule(() -> CANCELLERS.execute(this::fire), millis, TimeUnit.MILLISECONDS);
                return this;
            }
        }

        private synchronized void fire() {
            if (done) {
                return;
            }
            try {
                if (fired) {
                    recanceller.cancelAgain(statement);
                } else {
                    fired = true;
                    statement.cancel();
                }
            } catch (SQLException | RuntimeException ignored) {
                // Tried again below, like a cancel that found nothing to cancel.
            }
            // A driver ignores a cancel that comes before it has marked the statement as running (a busy
            // machine can delay that past a short timeout), and a cancel request can be lost: until the
            // statement returns, cancel it again now and then.
            future = TIMER.schedule(() -> CANCELLERS.execute(this::fire), RECANCEL_MILLIS, TimeUnit.MILLISECONDS);
        }

        /**
         * The error for a failure of the statement: when the timer cancelled it, the dialect's
         * {@link TimeoutError} reworded to name the timeout, and the scope is told; otherwise
         * {@code translated} as it is.
         */
        SequelizeException explain(SequelizeException translated, ConnectionScope scope) {
            if (!wasCancelled() || !(translated instanceof TimeoutError timeout)) {
                return translated;
            }
            TimeoutError error = new TimeoutError("The statement was cancelled after its timeout of " + millis + " ms: "
                    + timeout.getMessage(), false, timeout.sql(), timeout.parameters(), timeout.original());
            scope.statementTimedOut(error);
            return error;
        }

        private synchronized boolean wasCancelled() {
            return fired;
        }

        @Override
        public void close() {
            if (millis <= 0) {
                return;
            }
            synchronized (this) {
                // Taking the monitor waits for a cancel in flight; after this none can start.
                done = true;
                if (future != null) {
                    future.cancel(false);
                    future = null;
                }
            }
        }
    }
}
