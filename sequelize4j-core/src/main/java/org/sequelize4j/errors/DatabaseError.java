package org.sequelize4j.errors;

import java.sql.SQLException;
import java.util.List;

/**
 * The database refused a statement. Carries the SQL (with {@code ?} placeholders), the bound
 * parameters and the driver's original {@link SQLException}.
 */
public class DatabaseError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String sql;
    private final transient List<Object> parameters;

    /** Wraps a driver exception raised by {@code sql}. */
    public DatabaseError(String message, String sql, List<Object> parameters, SQLException original) {
        super(message, original);
        this.sql = sql;
        this.parameters = parameters == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(parameters));
    }

    /** The statement, with {@code ?} placeholders. */
    public String sql() {
        return sql;
    }

    /** The bound parameters. */
    public List<Object> parameters() {
        return parameters;
    }

    /** The driver's exception. */
    public SQLException original() {
        return (SQLException) getCause();
    }

    /** The SQLSTATE the driver reported, or null. */
    public String sqlState() {
        return original() == null ? null : original().getSQLState();
    }
}
