package org.sequelize4j.sql;

import java.util.List;

/**
 * An index to create.
 *
 * @param name the index name
 * @param table the table
 * @param fields indexed columns with options
 * @param unique whether unique
 * @param using access method or null
 * @param type MySQL index type (FULLTEXT, SPATIAL) or null
 * @param where partial-index condition (rendered with inline literals) or null
 * @param concurrently PostgreSQL CONCURRENTLY
 */
public record IndexSpec(String name, TableRef table, List<Field> fields, boolean unique, String using, String type,
                        SqlExpr where, boolean concurrently) {

    public IndexSpec {
        fields = List.copyOf(fields);
    }

    /**
     * One indexed column.
     *
     * @param column the column
     * @param descending DESC
     * @param ascendingExplicit ASC written out
     * @param collate collation or null
     * @param length prefix length or null
     * @param operator operator class or null
     */
    public record Field(String column, boolean descending, boolean ascendingExplicit, String collate, Integer length,
                        String operator) {
    }
}
