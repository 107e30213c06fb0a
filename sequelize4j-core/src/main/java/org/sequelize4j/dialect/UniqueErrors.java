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

    /** The same error with field names mapped to attributes and missing values filled from {@code values}. */
    public static UniqueConstraintError withValues(UniqueConstraintError error, Map<String, String> attributeByColumn,
                                                   Map<String, Object> values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : error.fields().entrySet()) {
            String attribute = attributeByColumn.getOrDefault(field.getKey(), field.getKey());
            Object value = field.getValue() != null ? field.getValue() : values.get(attribute);
            fields.put(attribute, value);
        }
        return create(fields, error.constraint(), error.sql(), error.original());
    }
}
