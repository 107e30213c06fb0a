package org.sequelize4j.migrations.diff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.errors.SequelizeException;

/**
 * Options of {@code sequelize.schemaDiff(...)}. Without options every table of the models is compared
 * with the database, tables no model declares are dropped, and possible renames are left undecided.
 *
 * <pre>{@code
 * SchemaDiff diff = sequelize.schemaDiff(schemaDiffOptions()
 *         .rename("users.name", "fullName")        // a column renamed: keep its values
 *         .rename("people", "persons")             // a table renamed
 *         .ignoreTables("legacy_audit"));
 * }</pre>
 */
public final class SchemaDiffOptions {

    /** The migrator's own tables, never compared nor dropped. */
    static final List<String> MIGRATOR_TABLES = List.of("SequelizeMeta", "SequelizeMetaChecksums", "SequelizeMetaLock",
            "SequelizeData", "SequelizeDataChecksums");

    private final Map<String, String> renames = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private boolean allowDrops;
    private boolean dropTables = true;

    private SchemaDiffOptions() {
    }

    /** Default options. */
    public static SchemaDiffOptions schemaDiffOptions() {
        return new SchemaDiffOptions();
    }

    /**
     * Declares a rename: {@code "oldTable"} to {@code "newTable"}, or {@code "table.oldColumn"} to
     * {@code "newColumn"} (the table as the models name it now). A rename is a RENAME statement, so the
     * rows and values stay.
     *
     * @throws SequelizeException for an empty name or a column rename whose new name has a dot
     */
    public SchemaDiffOptions rename(String from, String to) {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new SequelizeException("schemaDiff rename: both names are required, got '" + from + "' -> '" + to + "'");
        }
        if (from.contains(".") && to.contains(".")) {
            throw new SequelizeException("schemaDiff rename '" + from + "' -> '" + to + "': a column keeps its table;"
                    + " give the new column name alone");
        }
        renames.put(from, to);
        return this;
    }

    /** {@link #rename} for each entry. */
    public SchemaDiffOptions renames(Map<String, String> renames) {
        renames.forEach(this::rename);
        return this;
    }

    /**
     * Whether a table or column that could have been renamed is dropped (and the new one created) instead
     * of being reported as {@link Undecided}; false by default, since a wrong guess loses data.
     */
    public SchemaDiffOptions allowDrops(boolean allow) {
        this.allowDrops = allow;
        return this;
    }

    /**
     * Whether tables no model declares are dropped (true by default). With false they are left alone, as
     * when the models describe only part of the database.
     */
    public SchemaDiffOptions dropTables(boolean drop) {
        this.dropTables = drop;
        return this;
    }

    /** Tables neither compared nor dropped (the migrator's own tables always are). */
    public SchemaDiffOptions ignoreTables(String... tables) {
        ignored.addAll(List.of(tables));
        return this;
    }

    /** The declared renames, old name to new. */
    public Map<String, String> renames() {
        return Map.copyOf(renames);
    }

    /** Whether possible renames are dropped and created instead. */
    public boolean isAllowDrops() {
        return allowDrops;
    }

    /** Whether tables no model declares are dropped. */
    public boolean isDropTables() {
        return dropTables;
    }

    /** Whether a table is left out of the comparison. */
    public boolean ignores(String table) {
        return ignored.contains(table) || MIGRATOR_TABLES.contains(table);
    }
}
