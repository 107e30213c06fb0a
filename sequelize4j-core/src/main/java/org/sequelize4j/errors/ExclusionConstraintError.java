package org.sequelize4j.errors;

import java.sql.SQLException;
import java.util.List;

/** A PostgreSQL exclusion constraint rejected the row. */
public class ExclusionConstraintError extends DatabaseError {

    private static final long serialVersionUID = 1L;

    private final String constraint;
    private final String table;

    /** Wraps the driver's exception; {@code constraint} and {@code table} are null when the database does not say. */
    public ExclusionConstraintError(String message, String constraint, String table, String sql, List<Object> parameters,
            SQLException original) {
        super(message, sql, parameters, original);
        this.constraint = constraint;
        this.table = table;
    }

    /** The constraint name, or null. */
    public String constraint() {
        return constraint;
    }

    /** The table, or null. */
    public String table() {
        return table;
    }
}
