package org.sequelize4j.migrations;

/**
 * Where a {@link Migrator} keeps the names of what it has run. Migrations use {@link #SEQUELIZE_META};
 * seeders, as in sequelize-cli, keep no history by default ({@link #NONE}, its {@code seederStorage:
 * "none"}) or, when asked, use {@link #SEQUELIZE_DATA} ({@code seederStorage: "sequelize"}).
 */
public enum MigrationHistory {
    /** {@code SequelizeMeta} (with {@code SequelizeMetaChecksums}): sequelize-cli's migrations table. */
    SEQUELIZE_META("SequelizeMeta"),
    /** {@code SequelizeData} (with {@code SequelizeDataChecksums}): sequelize-cli's seeders table, same shape. */
    SEQUELIZE_DATA("SequelizeData"),
    /**
     * Nothing is recorded: every run of {@link Migrator#up()} runs every unit found, and the undo calls
     * treat every unit found as run.
     */
    NONE(null);

    private final String table;

    MigrationHistory(String table) {
        this.table = table;
    }

    /** The table of names, or null for {@link #NONE}. */
    public String table() {
        return table;
    }
}
