package org.sequelize4j.dialect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationErrorItem;

/** Builds {@link UniqueConstraintError}s the same way for every dialect. */
public final class UniqueErrors {

    private UniqueErrors() {
    }

    /**
     * A unique violation on {@code fields} (attribute or column name to the duplicated value, null when
     * unknown), with one validation item per field as Sequelize reports them.
     */
    public static UniqueConstraintError create(Map<String, Object> fields, String constraint, String sql,
                                               SQLException cause) {
        List<ValidationErrorItem> items = new ArrayList<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            items.add(new ValidationErrorItem(field.getKey() + " must be unique", "unique violation", field.getKey(),
                    field.getValue(), "not_unique", List.of(), "DB"));
        }
        String message = fields.isEmpty() ? "Validation error: a unique constraint"
                + (constraint == null ? "" : " (" + constraint + ")") + " was violated"
                : "Validation error: " + String.join(", ", fields.keySet()) + " must be unique";
        return new UniqueConstraintError(message, fields, constraint, items, sql, cause);
    }

    /**
     * The same error with each field's value taken from the values that were written, where the caller
     * knows them: SQLite reports no values, MySQL none for composite keys, and PostgreSQL reports them as
     * text, while the written values have the attribute's type. Fields without a written value keep what
     * the database reported.
     *
     * @param written attribute name to the canonical value that was written
     */
    public static UniqueConstraintError withValues(UniqueConstraintError error, Map<String, Object> written) {
        return withValues(error, Map.of(), written);
    }

    /**
     * {@link #withValues(UniqueConstraintError, Map)} for errors whose fields may still be column names.
     *
     * @param attributeByColumn column name to attribute name
     * @param written attribute name to the value that was written (a null value counts as unknown)
     */
    public static UniqueConstraintError withValues(UniqueConstraintError error, Map<String, String> attributeByColumn,
                                                   Map<String, Object> written) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : error.fields().entrySet()) {
            String attribute = attributeByColumn.getOrDefault(field.getKey(), field.getKey());
            Object value = written.get(attribute);
            fields.put(attribute, value != null ? value : field.getValue());
        }
        UniqueConstraintError filled = create(fields, error.constraint(), error.sql(), error.original());
        filled.setStackTrace(error.getStackTrace());
        return filled;
    }
}
