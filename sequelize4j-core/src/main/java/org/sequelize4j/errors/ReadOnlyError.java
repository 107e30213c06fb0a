package org.sequelize4j.errors;

import java.sql.SQLException;
import java.util.List;

/**
 * The server refused a write because it is read-only: a replica (PostgreSQL hot standby, MariaDB with
 * {@code read_only}), or a {@code readOnly(true)} transaction (PostgreSQL SQLSTATE 25006, MariaDB
 * errors 1290 and 1792). With read replicas it means a statement that writes was sent as a read, e.g. a
 * raw query declared {@code QueryType.SELECT}; it is never retried on the primary, since the caller
 * promised a read.
 */
public class ReadOnlyError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    /** Wraps the driver's refusal of {@code sql}. */
    public ReadOnlyError(String message, String sql, List<Object> parameters, SQLException original) {
        super(message, sql, parameters, original);
    }
}
