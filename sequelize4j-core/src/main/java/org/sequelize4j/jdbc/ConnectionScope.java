package org.sequelize4j.jdbc;

import java.sql.SQLException;

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

    /** A label for log lines: {@code default} or the transaction id. */
    String label();
}
