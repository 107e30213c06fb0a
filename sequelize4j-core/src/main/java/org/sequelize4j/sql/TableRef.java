package org.sequelize4j.sql;

import java.util.Objects;

/**
 * A table in a statement: schema (or null), name and the alias columns are qualified with (or null).
 */
public record TableRef(String schema, String name, String alias) {

    public TableRef {
        Objects.requireNonNull(name, "table name");
    }

    // Written out rather than generated: a record's generated equals and hashCode run through method
    // handles that are slow until the JIT compiles them, and tables are map keys on every cold call.
    @Override
    public boolean equals(Object other) {
        return other instanceof TableRef && name.equals(((TableRef) other).name)
                && Objects.equals(schema, ((TableRef) other).schema) && Objects.equals(alias, ((TableRef) other).alias);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(schema) * 31 + name.hashCode()) * 31 + Objects.hashCode(alias);
    }

    /** The same table under another alias. */
    public TableRef as(String newAlias) {
        return new TableRef(schema, name, newAlias);
    }
}
