package org.sequelize4j.queryinterface;

import org.sequelize4j.TransactionalOptions;

/**
 * What every QueryInterface option class has: the transaction and per-call logging of
 * {@link TransactionalOptions}, and the schema of the table the call names (Sequelize's
 * {@code {tableName, schema}}): a PostgreSQL schema, a MySQL/MariaDB database, or on SQLite the
 * prefix of the table's name, as a model's {@code schema} option means.
 *
 * @param <S> the concrete options class
 */
public abstract class SchemaChangeOptions<S extends SchemaChangeOptions<S>> extends TransactionalOptions<S> {

    private String schema;

    /** For the option classes of this package. */
    protected SchemaChangeOptions() {
    }

    /** The schema of the table (null: the default one). */
    @SuppressWarnings("unchecked")
    public S schema(String name) {
        this.schema = name == null || name.isEmpty() ? null : name;
        return (S) this;
    }

    /** The schema of the table, or null. */
    public String schema() {
        return schema;
    }
}
