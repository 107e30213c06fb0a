package org.sequelize4j.errors;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A unique constraint (or primary key) rejected the row. As in Sequelize it is a
 * {@link ValidationError}, with one item per field of the violated key; {@link #fields()} maps each
 * field to the duplicated value where the database reports it.
 */
public class UniqueConstraintError extends ValidationError {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> fields;
    private final String constraint;
    private final String sql;

    /** A unique violation on {@code fields} (attribute name to value) of constraint {@code constraint}. */
    public UniqueConstraintError(String message, Map<String, Object> fields, String constraint,
                                 List<ValidationErrorItem> items, String sql, SQLException original) {
        super(message, items, original);
        this.fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(fields));
        this.constraint = constraint;
        this.sql = sql;
    }

    /** The fields of the violated key, with the duplicated values where known (in key order). */
    public Map<String, Object> fields() {
        return fields;
    }

    /** The constraint or index name, where the database reports it. */
    public String constraint() {
        return constraint;
    }

    /** The statement that failed. */
    public String sql() {
        return sql;
    }

    /** The driver's exception. */
    public SQLException original() {
        return (SQLException) getCause();
    }
}
