package org.sequelize4j;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.sequelize4j.errors.TimeoutError;

/**
 * When a transaction with a {@code timeout} runs out of time: fixed when it begins, shared with its
 * savepoints unless one has a shorter timeout of its own.
 *
 * @param millis the timeout that set the deadline, for messages
 * @param nanoTime the deadline, as {@link System#nanoTime()}
 */
record TransactionDeadline(long millis, long nanoTime) {

    /** The deadline of a transaction starting now with {@code timeoutMillis} (0 for none), within {@code enclosing} (null for none). */
    static TransactionDeadline of(long timeoutMillis, TransactionDeadline enclosing) {
        if (timeoutMillis <= 0) {
            return enclosing;
        }
        TransactionDeadline own = new TransactionDeadline(timeoutMillis,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        return enclosing != null && enclosing.nanoTime - own.nanoTime < 0 ? enclosing : own;
    }

    /** Milliseconds left, zero or less once passed. */
    long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(nanoTime - System.nanoTime());
    }

    /** Whether the deadline has passed. */
    boolean passed() {
        return nanoTime - System.nanoTime() <= 0;
    }

    /** The error for work refused because the deadline passed. */
    TimeoutError refusal(String transactionId, String what, String sql, List<Object> values) {
        return new TimeoutError("Transaction " + transactionId + " has run out of its timeout of " + millis + " ms; "
                + what + (sql == null ? "" : " [sql: " + sql + "]"), false, sql, values, null);
    }
}
