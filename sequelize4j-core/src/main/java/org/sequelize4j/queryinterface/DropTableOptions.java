package org.sequelize4j.queryinterface;

import java.util.List;

/**
 * Options of {@code dropTable} and {@code dropAllTables}: {@code cascade}, and for
 * {@code dropAllTables} the tables to {@code skip}.
 */
public final class DropTableOptions extends SchemaChangeOptions<DropTableOptions> {

    private boolean cascade;
    private List<String> skip = List.of();

    private DropTableOptions() {
    }

    /** Options with every default. */
    public static DropTableOptions dropTableOptions() {
        return new DropTableOptions();
    }

    /**
     * Drop the table even while other tables reference it: PostgreSQL drops their foreign keys
     * ({@code CASCADE}); MySQL/MariaDB and SQLite keep the other tables as they are, their references
     * left pointing at the missing table.
     */
    public DropTableOptions cascade(boolean value) {
        this.cascade = value;
        return this;
    }

    /** For {@code dropAllTables}: the tables to leave alone. */
    public DropTableOptions skip(String... tables) {
        this.skip = List.of(tables);
        return this;
    }

    /** Whether to cascade. */
    public boolean isCascade() {
        return cascade;
    }

    /** The tables {@code dropAllTables} leaves alone. */
    public List<String> skip() {
        return skip;
    }
}
