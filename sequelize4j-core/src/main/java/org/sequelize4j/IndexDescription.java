package org.sequelize4j;

import java.util.List;

/**
 * One index of an existing table as the database reports it ({@code queryInterface.showIndex}).
 *
 * @param name the index name
 * @param table the table it belongs to
 * @param unique whether it is unique
 * @param primary whether it is the primary key's index (SQLite keeps none for an INTEGER PRIMARY KEY)
 * @param fields the indexed columns or expressions, in key order
 * @param method the access method where the database reports one ({@code BTREE}, {@code HASH},
 *               {@code GIN}, {@code FULLTEXT}, …), upper-cased, or null
 * @param where the condition of a partial index as the database writes it, or null
 */
public record IndexDescription(String name, String table, boolean unique, boolean primary, List<Field> fields,
                               String method, String where) {

    public IndexDescription {
        fields = List.copyOf(fields);
    }

    /** The indexed column names, in key order (null for an expression). */
    public List<String> columns() {
        return fields.stream().map(Field::attribute).toList();
    }

    /**
     * One indexed column.
     *
     * @param attribute the column name, or null when the key is an expression
     * @param expression the expression of an expression key, or null
     * @param descending whether the key is sorted in descending order
     * @param length the prefix length (MySQL/MariaDB), or null
     * @param collate the collation named for the key, or null
     */
    public record Field(String attribute, String expression, boolean descending, Integer length, String collate) {
    }
}
