package org.sequelize4j.sql;

import java.util.Objects;

/**
 * A table in a statement: schema (or null), name and the alias columns are qualified with (or null).
 */
public record TableRef(String schema, String name, String alias) {

    public TableRef {
        Objects.requireNonNull(name, "table name");
    }

    /** The same table under another alias. */
    public TableRef as(String newAlias) {
        return new TableRef(schema, name, newAlias);
    }
}
