package org.sequelize4j.errors;

import java.sql.SQLException;
import java.util.List;

/**
 * A CHECK constraint rejected the row, on every dialect: PostgreSQL's SQLSTATE 23514, MySQL's 3819,
 * MariaDB's 4025 and SQLite's {@code SQLITE_CONSTRAINT_CHECK}. {@link #constraint()} is the name given
 * to {@code ModelOptions.check}. A subclass of {@link UnknownConstraintError}, which such violations
 * were reported as before, so that handlers of that type still see them.
 */
public class CheckConstraintError extends UnknownConstraintError {

    private static final long serialVersionUID = 1L;

    /** Wraps the driver's exception; {@code constraint} and {@code table} are null when the database does not say. */
    public CheckConstraintError(String message, String constraint, String table, String sql, List<Object> parameters,
            SQLException original) {
        super(message, constraint, table, sql, parameters, original);
    }
}
