package org.sequelize4j.queryinterface;

import java.util.Objects;

/**
 * A table and the schema it is in, as {@code showAllTables} lists them (Sequelize's
 * {@code {tableName, schema}}).
 *
 * @param schema the schema (PostgreSQL), or null where the dialect has no schemas
 * @param tableName the table's name
 */
public record TableName(String schema, String tableName) {

    public TableName {
        Objects.requireNonNull(tableName, "tableName");
    }

    @Override
    public String toString() {
        return schema == null ? tableName : schema + "." + tableName;
    }
}
