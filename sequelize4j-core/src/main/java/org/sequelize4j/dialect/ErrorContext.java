package org.sequelize4j.dialect;

import java.util.List;
import java.util.Map;

/**
 * What the caller of a statement knows that helps name the fields of a constraint violation: the
 * model's unique keys by name, and how columns map to attribute names.
 *
 * @param table the table written to, or null
 * @param uniqueKeys unique key or index name to its columns
 * @param attributeByColumn column name to attribute name
 * @param model the name of the model the statement runs for, or null (reported to query listeners)
 */
public record ErrorContext(String table, Map<String, List<String>> uniqueKeys, Map<String, String> attributeByColumn,
                           String model) {

    /** No context. */
    public static final ErrorContext NONE = new ErrorContext(null, Map.of(), Map.of(), null);

    /** A context without a model name. */
    public ErrorContext(String table, Map<String, List<String>> uniqueKeys, Map<String, String> attributeByColumn) {
        this(table, uniqueKeys, attributeByColumn, null);
    }

    public ErrorContext {
        uniqueKeys = uniqueKeys == null ? Map.of() : Map.copyOf(uniqueKeys);
        attributeByColumn = attributeByColumn == null ? Map.of() : Map.copyOf(attributeByColumn);
    }

    /** The attribute stored in a column, or the column name itself. */
    public String attributeFor(String column) {
        return attributeByColumn.getOrDefault(column, column);
    }
}
