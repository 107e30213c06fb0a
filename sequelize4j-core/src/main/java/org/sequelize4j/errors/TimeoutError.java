package org.sequelize4j.errors;

import java.sql.SQLException;
import java.util.List;

/**
 * A statement ran out of time: a query timeout, a lock wait that timed out, a row lock refused at once
 * because the finder asked for {@code noWait(true)} (PostgreSQL 55P03, MySQL/MariaDB 1205 or 3572),
 * SQLite's busy timeout, or a deadlock or serialization failure the database resolved by aborting this
 * transaction ({@link #isDeadlock()}). Retrying the whole transaction is usually safe.
 */
public class TimeoutError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    private final boolean deadlock;

    /** Wraps the driver's exception. */
    public TimeoutError(String message, boolean deadlock, String sql, List<Object> parameters, SQLException original) {
        super(message, sql, parameters, original);
        this.deadlock = deadlock;
    }

    /** Whether the database aborted the transaction to break a deadlock or serialization conflict. */
    public boolean isDeadlock() {
        return deadlock;
    }
}
