package org.sequelize4j.jdbc;

import java.sql.SQLException;
import org.sequelize4j.errors.TimeoutError;

/**
 * Where statements run: a connection borrowed from the pool for one statement, or the connection a
 * transaction holds. Scopes serialise use of their connection, which JDBC connections require.
 */
public interface ConnectionScope {

    /** Runs work on this scope's connection. */
    <T> T run(ConnectionWork<T> work) throws SQLException;

    /** Called when a statement in this scope failed because the connection broke. */
    default void connectionBroken(SQLException cause) {
    }

    /**
     * How many milliseconds the next statement in this scope may run: {@link Long#MAX_VALUE} without a
     * deadline (a transaction's {@code timeout} sets one).
     *
     * @param sql the statement about to be sent, for the error
     * @param values its bound values, for the error
     * @throws TimeoutError if no statement may run any more: the deadline has passed, or a statement
     *     cancelled for its timeout has left the scope's transaction able only to roll back
     */
    default long timeLeft(String sql, java.util.List<Object> values) {
        return Long.MAX_VALUE;
    }

    /** Called when a statement in this scope was cancelled, or refused, for running out of time. */
    default void statementTimedOut(TimeoutError error) {
    }

    /** A label for log lines: {@code default} or the transaction id. */
    String label();

    /** The pool this scope's connection comes from (to evict its siblings when it breaks), or null if unknown. */
    default ConnectionPool owningPool() {
        return null;
    }
}
