package org.sequelize4j.schema.diff;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sequelize4j.DataType;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * {@code sync({alter: true})} where the database cannot change the table in place (SQLite): one
 * rebuild of the table into the state alter promises, instead of one per change. That state is the
 * model's table (columns, keys, foreign keys, checks, indexes) plus what alter keeps of the live one:
 * the columns the model does not declare (unless they are being dropped), and the indexes, unique keys
 * and checks the model does not declare by name, and the foreign keys over columns the model declares
 * no foreign key on, as long as what they cover is still there. Rows and the values of the columns that
 * stay are copied; the indexes are created again in the same transaction, since dropping the old table
 * dropped them.
 *
 * <p>The rebuild runs with foreign keys off (SQLite cannot drop a referenced table otherwise), so a
 * foreign key the rebuild adds would not look at the rows it copies: they are checked before the
 * commit, and a row without its referenced row rolls everything back with a
 * {@link ForeignKeyConstraintError} naming the model and the key, rather than leaving a reference that
 * points nowhere. Any other failure (a NOT NULL column over rows holding null) also leaves the table as
 * it was, and is reported as a {@link DatabaseError} naming the model and the table.
 */
final class AlterRebuild {

    private final Engine engine;

    AlterRebuild(Engine engine) {
        this.engine = engine;
    }

    /** Whether the dialect can rebuild a table at all (else alter can only warn). */
    boolean supported() {
        return engine.dialect().ddl().rebuildsTables();
    }

    /** The live table as a state, its columns typed by the model where the database reports them vaguely. */
    static TableState liveState(TableState model, LiveTable live, org.sequelize4j.dialect.SchemaComparison comparison) {
        Map<String, DataType> types = new HashMap<>();
        model.spec().columns().forEach(c -> types.put(c.name(), c.type()));
        TableState state = live.state(types, comparison);
        List<CheckSpec> unnamed = live.unnamedChecks();
        if (unnamed.isEmpty()) {
            return state;
        }
        // Kept by the rebuild as they are, unnamed: no diff can match them, so none ever changes them.
        List<CheckSpec> checks = new ArrayList<>(state.spec().checks());
        checks.addAll(unnamed);
        TableSpec spec = state.spec();
        return new TableState(new TableSpec(spec.table(), spec.columns(), spec.primaryKey(), spec.uniqueKeys(),
                spec.foreignKeys(), checks, spec.options()), state.indexes());
    }

    /**
     * The state alter rebuilds the table into.
     *
     * @param model the model's table
     * @param live the table as it is
     * @param dropUndeclared whether the columns the model does not declare go ({@code alterDrop})
     */
    static TableState target(TableState model, TableState live, boolean dropUndeclared) {
        TableSpec declared = model.spec();
        TableSpec now = live.spec();
        List<ColumnSpec> columns = new ArrayList<>(declared.columns());
        Set<String> names = lower(declared.columns().stream().map(ColumnSpec::name).toList());
        List<String> dropped = new ArrayList<>();
        for (ColumnSpec column : now.columns()) {
            if (!names.contains(lower(column.name()))) {
                if (dropUndeclared) {
                    dropped.add(column.name());
                } else {
                    columns.add(column);
                    names.add(lower(column.name()));
                }
            }
        }
        List<TableSpec.UniqueSpec> uniques = new ArrayList<>(declared.uniqueKeys());
        Set<String> uniqueNames = lower(declared.uniqueKeys().stream().map(TableSpec.UniqueSpec::name).toList());
        // The diff takes a unique key as present when any unique index covers its columns, whatever its
        // name: such a live one stands for the model's, which the rebuild makes, so it is not made twice.
        Set<Set<String>> uniqueColumns = new java.util.HashSet<>();
        declared.uniqueKeys().forEach(u -> uniqueColumns.add(lower(u.columns())));
        for (TableSpec.UniqueSpec unique : now.uniqueKeys()) {
            if (!uniqueNames.contains(lower(unique.name())) && !uniqueColumns.contains(lower(unique.columns()))
                    && names.containsAll(lower(unique.columns()))) {
                uniques.add(unique);
            }
        }
        List<ForeignKeySpec> foreignKeys = new ArrayList<>(declared.foreignKeys());
        Set<Set<String>> keyed = new java.util.HashSet<>();
        declared.foreignKeys().forEach(fk -> keyed.add(lower(fk.columns())));
        for (ForeignKeySpec fk : now.foreignKeys()) {
            // alter replaces a foreign key only with the model's own over the same columns.
            if (!keyed.contains(lower(fk.columns())) && names.containsAll(lower(fk.columns()))) {
                foreignKeys.add(fk);
            }
        }
        List<CheckSpec> checks = new ArrayList<>(declared.checks());
        Set<String> checkNames = lower(declared.checks().stream().map(CheckSpec::name).toList());
        for (CheckSpec check : now.checks()) {
            // A check is only SQL: one naming a dropped column would make CREATE TABLE fail, so it goes with it.
            if (!checkNames.contains(lower(check.name())) && dropped.stream().noneMatch(c -> mentions(check.sql(), c))) {
                checks.add(check);
            }
        }
        List<IndexSpec> indexes = new ArrayList<>(model.indexes());
        Set<String> indexNames = lower(model.indexes().stream().map(IndexSpec::name).toList());
        indexNames.addAll(uniqueNames);
        for (IndexSpec index : live.indexes()) {
            boolean covered = index.fields().stream().allMatch(f -> names.contains(lower(f.column()))
                    || dropped.stream().noneMatch(c -> mentions(f.column(), c)));
            boolean standsForUnique = index.unique()
                    && uniqueColumns.contains(lower(index.fields().stream().map(IndexSpec.Field::column).toList()));
            if (!indexNames.contains(lower(index.name())) && covered && !standsForUnique) {
                indexes.add(index);
            }
        }
        return new TableState(new TableSpec(declared.table(), columns, declared.primaryKey(), uniques, foreignKeys,
                checks, declared.options()), indexes);
    }

    /**
     * Rebuilds the table into {@code target}, keeping the rows and the values of the columns both have.
     *
     * @param model the model, for error messages
     * @param live the table as it is
     * @param target the table as it is to be ({@link #target})
     */
    void rebuild(ModelDefinition model, TableState live, TableState target) {
        DdlGenerator ddl = engine.dialect().ddl();
        TableRef table = target.spec().table();
        Set<String> before = lower(live.spec().columns().stream().map(ColumnSpec::name).toList());
        List<String> kept = target.spec().columns().stream().map(ColumnSpec::name)
                .filter(c -> before.contains(lower(c))).toList();
        DdlGenerator.TableRebuild rebuild = ddl.rebuildTable(target.spec(), kept);
        // Views, triggers and the AUTOINCREMENT counter, which the rebuild alone would lose or trip on.
        org.sequelize4j.dialect.SchemaEditor.RebuildSurroundings around = engine.executor().withConnection(null,
                connection -> engine.dialect().schemaEditor().rebuildSurroundings(connection, table));
        List<String> statements = new ArrayList<>(around.before());
        statements.addAll(rebuild.statements());
        for (IndexSpec index : target.indexes()) {
            statements.addAll(ddl.createIndex(new IndexSpec(index.name(), table, index.fields(), index.unique(),
                    index.using(), index.type(), index.where(), false), engine.renderer()));
        }
        statements.addAll(around.after());
        List<ForeignKeySpec> added = target.spec().foreignKeys().stream()
                .filter(fk -> live.spec().foreignKeys().stream().noneMatch(old -> sameKey(old, fk))).toList();
        String check = added.isEmpty() ? null : ddl.foreignKeyCheck(table);
        try {
            engine.executor().executeAtomically(rebuild.before(), statements, rebuild.after(), connection -> {
                if (check == null) {
                    return null;
                }
                try (Statement st = connection.createStatement(); ResultSet rows = st.executeQuery(check)) {
                    while (rows.next()) {
                        String parent = rows.getString("parent");
                        for (ForeignKeySpec fk : added) {
                            if (fk.target().name().equalsIgnoreCase(parent)) {
                                throw violated(model, table, fk, check);
                            }
                        }
                    }
                }
                return null;
            });
        } catch (ForeignKeyConstraintError e) {
            throw e;
        } catch (DatabaseError e) {
            throw new DatabaseError("sync({alter: true}) of model '" + model.name() + "' could not rebuild table '"
                    + table.name() + "', which is left as it was" + nullColumns(live, target, e.getMessage()) + ": "
                    + e.getMessage(), e.sql(), e.parameters(), e.original());
        }
    }

    private static ForeignKeyConstraintError violated(ModelDefinition model, TableRef table, ForeignKeySpec fk,
                                                      String check) {
        // Named as the other databases name it, so the message reads the same everywhere.
        String name = TableComparer.named(table, fk).name();
        return new ForeignKeyConstraintError("sync({alter: true}) of model '" + model.name() + "' cannot add the foreign"
                + " key '" + name + "' " + fk.columns() + " -> " + fk.target().name() + fk.targetColumns() + " to table '"
                + table.name() + "': some rows reference no row of " + fk.target().name() + "; fix or delete them"
                + " first. The table is left as it was", name, table.name(), check, List.of(), null);
    }

    /** ", column 'x' holds null in some rows" for the columns the failure names that become NOT NULL. */
    private static String nullColumns(TableState live, TableState target, String message) {
        if (message == null || !message.toUpperCase(Locale.ROOT).contains("NOT NULL")) {
            return "";
        }
        List<String> columns = new ArrayList<>();
        for (ColumnSpec column : target.spec().columns()) {
            boolean wasNullable = live.spec().columns().stream()
                    .anyMatch(c -> c.name().equalsIgnoreCase(column.name()) && c.allowNull());
            if (!column.allowNull() && wasNullable && mentions(message, column.name())) {
                columns.add(column.name());
            }
        }
        return columns.isEmpty() ? "" : " (column '" + String.join("', '", columns)
                + "' becomes NOT NULL and holds null in some rows)";
    }

    /** Whether two foreign keys are over the same columns and reference the same table and columns. */
    private static boolean sameKey(ForeignKeySpec a, ForeignKeySpec b) {
        return lower(a.columns()).equals(lower(b.columns())) && a.target().name().equalsIgnoreCase(b.target().name())
                && lower(a.targetColumns()).equals(lower(b.targetColumns()));
    }

    /** Whether SQL text names a column: as a whole word, quoted or not. */
    private static boolean mentions(String sql, String column) {
        return sql != null && Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])").matcher(sql).find();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lower(List<String> names) {
        Set<String> lowered = new LinkedHashSet<>();
        names.forEach(n -> lowered.add(lower(n)));
        return lowered;
    }
}
