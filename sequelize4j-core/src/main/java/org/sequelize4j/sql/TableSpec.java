package org.sequelize4j.sql;

import java.util.List;

/**
 * A table to create, in dialect-neutral terms.
 *
 * @param table the table
 * @param columns columns in order
 * @param primaryKey primary-key columns (empty for none)
 * @param uniqueKeys unique constraints
 * @param foreignKeys foreign-key constraints
 * @param checks named CHECK constraints
 * @param options MySQL-style table options and the comment
 */
public record TableSpec(TableRef table, List<ColumnSpec> columns, List<String> primaryKey, List<UniqueSpec> uniqueKeys,
                        List<ForeignKeySpec> foreignKeys, List<CheckSpec> checks, TableOptions options) {

    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    /**
     * A unique constraint.
     *
     * @param name the key name (used where the dialect names unique keys)
     * @param columns the columns
     */
    public record UniqueSpec(String name, List<String> columns) {
        public UniqueSpec {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Table-level options.
     *
     * @param engine MySQL engine or null
     * @param charset MySQL charset or null
     * @param collate MySQL collation or null
     * @param comment table comment or null
     * @param initialAutoIncrement first auto-increment value or null
     */
    public record TableOptions(String engine, String charset, String collate, String comment, Long initialAutoIncrement) {
    }
}
