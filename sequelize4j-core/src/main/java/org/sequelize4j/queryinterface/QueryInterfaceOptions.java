package org.sequelize4j.queryinterface;

import org.sequelize4j.Transaction;

/**
 * Options of QueryInterface calls that have none of their own: transaction, logging, schema.
 *
 * <pre>{@code
 * queryInterface.removeColumn("users", "age", queryInterfaceOptions().transaction(t));
 * }</pre>
 */
public final class QueryInterfaceOptions extends SchemaChangeOptions<QueryInterfaceOptions> {

    private QueryInterfaceOptions() {
    }

    /** Options with every default. */
    public static QueryInterfaceOptions queryInterfaceOptions() {
        return new QueryInterfaceOptions();
    }

    /** Options running the call in {@code transaction}. */
    public static QueryInterfaceOptions inTransaction(Transaction transaction) {
        return new QueryInterfaceOptions().transaction(transaction);
    }

    /** Options for a table in {@code schema}. */
    public static QueryInterfaceOptions inSchema(String schema) {
        return new QueryInterfaceOptions().schema(schema);
    }
}
