package org.sequelize4j;

import java.sql.Connection;

/** Transaction isolation levels (Sequelize's {@code Transaction.ISOLATION_LEVELS}). */
public enum IsolationLevel {
    /** May see other transactions' uncommitted changes. */
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    /** Sees only committed changes, possibly different ones on each read. */
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    /** Re-reading a row gives the same result. */
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    /** As if transactions ran one after another. */
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    IsolationLevel(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The JDBC constant. */
    public int jdbcLevel() {
        return jdbcLevel;
    }
}
