package org.sequelize4j.definition;

import java.util.List;
import org.sequelize4j.query.Condition;

/**
 * An index of a model, with attribute names resolved to columns and its name settled.
 *
 * @param name the index name
 * @param fields the indexed columns with per-field options
 * @param unique whether unique
 * @param using access method (BTREE, HASH, GIN, …) or null
 * @param type MySQL index type (FULLTEXT, SPATIAL) or null
 * @param where partial-index condition (on attributes) or null
 * @param concurrently whether to build without locking (PostgreSQL)
 */
public record IndexDefinition(String name, List<Field> fields, boolean unique, String using, String type,
                              Condition where, boolean concurrently) {

    /**
     * One indexed column.
     *
     * @param attribute the attribute name
     * @param column the column name
     * @param descending DESC order
     * @param ascendingExplicit ASC written out
     * @param collate collation or null
     * @param length prefix length or null
     * @param operator PostgreSQL operator class or null
     */
    public record Field(String attribute, String column, boolean descending, boolean ascendingExplicit,
                        String collate, Integer length, String operator) {
    }

    public IndexDefinition {
        fields = List.copyOf(fields);
    }
}
