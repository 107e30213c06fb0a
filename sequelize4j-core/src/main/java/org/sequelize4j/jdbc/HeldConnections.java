package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.sequelize4j.errors.ConnectionError;

/**
 * The connection a thread holds for the statements it sends outside a transaction while
 * {@link ConnectionPool#holding} runs: one borrow for a find and its include queries instead of one per
 * statement. Outside a holder each statement borrows its own connection.
 */
final class HeldConnections {

    private final ConnectionPool pool;
    /**
     * The calling thread's holder (its connection null once that connection broke and until the next
     * statement borrows another), or none outside {@link #holding}.
     */
    private final ThreadLocal<Held> held = new ThreadLocal<>();

    /** A thread's held connection, replaced when it breaks. */
    private static final class Held {
        Connection connection;
    }

    HeldConnections(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Runs work on the held connection (borrowing another if it broke), or on one borrowed for it alone. */
    <T> T run(ConnectionWork<T> work) throws SQLException {
        Held kept = held.get();
        if (kept != null) {
            if (kept.connection == null) {
                kept.connection = pool.getConnection();
            }
            return work.apply(kept.connection);
        }
        try (Connection connection = pool.getConnection()) {
            return work.apply(connection);
        }
    }

    /** Evicts the held connection, which broke, so that the next statement borrows a live one. */
    void broken() {
        Held kept = held.get();
        if (kept != null && kept.connection != null) {
            pool.evict(kept.connection);
            kept.connection = null;
        }
    }

    /** Runs work with one connection borrowed for its statements; nested calls share the outer one. */
    <T> T holding(Supplier<T> work) {
        if (held.get() != null) {
            return work.get();
        }
        Held kept = new Held();
        try {
            kept.connection = pool.getConnection();
        } catch (SQLException e) {
            throw new ConnectionError("Cannot borrow a connection: " + e.getMessage(), e);
        }
        held.set(kept);
        try {
            return work.get();
        } finally {
            held.remove();
            if (kept.connection != null) {
                try {
                    kept.connection.close();
                } catch (SQLException ignored) {
                    // Returned to the pool as well as it can be; the pool validates it before the next use.
                }
            }
        }
    }

    /** Runs work with {@code connection} (which the caller owns) held; nothing more inside another holder. */
    <T> T holding(Connection connection, Supplier<T> work) {
        if (held.get() != null) {
            return work.get();
        }
        Held kept = new Held();
        kept.connection = connection;
        held.set(kept);
        try {
            return work.get();
        } finally {
            held.remove();
        }
    }

    /** The connection held for this thread, or null. */
    Connection connection() {
        Held kept = held.get();
        return kept == null ? null : kept.connection;
    }
}
