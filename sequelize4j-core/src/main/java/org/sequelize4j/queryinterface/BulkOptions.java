package org.sequelize4j.queryinterface;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.DataType;

/**
 * Options of {@code bulkInsert}, {@code bulkUpdate} and {@code bulkDelete}. Values are bound with the
 * column's type as the database reports it; {@link #type} overrides it for a column (Sequelize's
 * {@code attributes} argument), for instance to write a JSON value into a TEXT column.
 */
public final class BulkOptions extends SchemaChangeOptions<BulkOptions> {

    private final Map<String, DataType> types = new LinkedHashMap<>();
    private boolean ignoreDuplicates;

    private BulkOptions() {
    }

    /** Options with every default. */
    public static BulkOptions bulkOptions() {
        return new BulkOptions();
    }

    /** Binds the values of {@code column} as {@code type}. */
    public BulkOptions type(String column, DataType type) {
        types.put(Objects.requireNonNull(column, "column"), Objects.requireNonNull(type, "type"));
        return this;
    }

    /** For {@code bulkInsert}: skip rows that would violate a unique key instead of failing. */
    public BulkOptions ignoreDuplicates(boolean value) {
        this.ignoreDuplicates = value;
        return this;
    }

    /** The column types given. */
    public Map<String, DataType> types() {
        return java.util.Collections.unmodifiableMap(types);
    }

    /** Whether duplicates are skipped. */
    public boolean isIgnoreDuplicates() {
        return ignoreDuplicates;
    }
}
