package org.sequelize4j.schema.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.migrations.diff.SchemaChange;
import org.sequelize4j.migrations.diff.SchemaDiffOptions;
import org.sequelize4j.migrations.diff.Undecided;
import org.sequelize4j.schema.spec.ColumnDefaults;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Compares one model's table with the table of that name in the database: columns (type, nullability,
 * default, comment), indexes (with their method), unique keys, foreign keys and, where the database
 * keeps them apart, enum values; checks and the table comment through {@link DetailComparer}. Every
 * comparison goes through the dialect's {@link SchemaComparison}, so that a table made from the model
 * compares equal to it.
 */
final class TableComparer {

    private final Dialect dialect;
    private final SchemaComparison comparison;
    private final SchemaDiffOptions options;
    private final DetailComparer details;

    TableComparer(Dialect dialect, SchemaDiffOptions options) {
        this.dialect = dialect;
        this.comparison = dialect.schemaEditor().comparison();
        this.options = options;
        this.details = new DetailComparer(dialect);
    }

    /** The changes that make {@code live} what {@code model} declares, and the questions left open. */
    void compare(TableState model, LiveTable live, List<SchemaChange> changes, List<Undecided> undecided) {
        TableSpec spec = model.spec();
        TableRef table = spec.table();
        columns(spec, live, changes, undecided);
        if (!live.primaryKey().isEmpty() && !lower(spec.primaryKey()).equals(lower(live.primaryKey()))) {
            undecided.add(new Undecided(Undecided.Kind.UNSUPPORTED, table.name(), null, List.of(),
                    "the primary key is " + live.primaryKey() + " in the database and " + spec.primaryKey()
                            + " in the model; change it with a migration of your own"));
        }
        indexesAndUniques(model, live, changes);
        foreignKeys(spec, live, changes);
        details.checks(spec, live, changes, undecided);
        details.comment(spec, live, changes);
    }

    // ---- columns ---------------------------------------------------------------------------------

    private void columns(TableSpec spec, LiveTable live, List<SchemaChange> changes, List<Undecided> undecided) {
        TableRef table = spec.table();
        Map<String, ColumnSpec> appeared = new LinkedHashMap<>();
        for (ColumnSpec c : spec.columns()) {
            if (!live.columns().containsKey(c.name())) {
                appeared.put(c.name(), c);
            }
        }
        Map<String, ColumnDescription> vanished = new LinkedHashMap<>();
        for (ColumnDescription c : live.columns().values()) {
            if (spec.columns().stream().noneMatch(s -> s.name().equals(c.name()))) {
                vanished.put(c.name(), c);
            }
        }
        // Renames the caller named first; they compare like the columns they become.
        Map<String, ColumnDescription> renamedTo = new LinkedHashMap<>();
        for (Map.Entry<String, String> rename : options.renames().entrySet()) {
            String prefix = table.name() + ".";
            if (rename.getKey().startsWith(prefix)) {
                String from = rename.getKey().substring(prefix.length());
                String to = rename.getValue();
                if (vanished.containsKey(from) && appeared.containsKey(to)) {
                    changes.add(new SchemaChange.RenameColumn(table, from, to));
                    renamedTo.put(to, vanished.remove(from));
                    appeared.remove(to);
                }
            }
        }
        if (!options.isAllowDrops()) {
            for (ColumnDescription gone : List.copyOf(vanished.values())) {
                List<String> candidates = appeared.values().stream()
                        .filter(c -> comparison.sameType(c.type(), gone)).map(ColumnSpec::name).toList();
                if (!candidates.isEmpty()) {
                    undecided.add(new Undecided(Undecided.Kind.POSSIBLE_COLUMN_RENAME, table.name(), gone.name(),
                            candidates, "column " + gone.name() + " is gone and " + candidates + " of the same type"
                            + " appeared; rename(\"" + table.name() + "." + gone.name() + "\", …) to keep its values,"
                            + " or allowDrops(true) to drop it"));
                    vanished.remove(gone.name());
                    candidates.forEach(appeared::remove);
                }
            }
        }
        for (ColumnSpec c : spec.columns()) {
            ColumnDescription current = live.columns().get(c.name());
            if (current == null) {
                current = renamedTo.get(c.name());
            }
            if (appeared.containsKey(c.name())) {
                changes.add(new SchemaChange.AddColumn(table, c));
            } else if (current != null) {
                column(table, c, current, changes, undecided);
            }
        }
        for (ColumnDescription gone : vanished.values()) {
            changes.add(new SchemaChange.DropColumn(table, LiveTable.column(gone, null)));
        }
    }

    private void column(TableRef table, ColumnSpec declared, ColumnDescription live, List<SchemaChange> changes,
                        List<Undecided> undecided) {
        List<String> differences = new ArrayList<>();
        if (!comparison.sameType(declared.type(), live)) {
            differences.add("type");
        }
        if (!declared.primaryKey() && declared.allowNull() != live.allowNull()) {
            differences.add("allowNull");
        }
        if (!declared.autoIncrement() && !live.autoIncrement() && defaultDiffers(declared, live)) {
            differences.add("default");
        }
        if (dialect.capabilities().comments() && !Objects.equals(blankless(declared.comment()), blankless(live.comment()))) {
            differences.add("comment");
        }
        ColumnSpec from = LiveTable.column(live, declared.type());
        if (!differences.isEmpty()) {
            changes.add(new SchemaChange.ChangeColumn(table, from, declared, differences));
        }
        if (comparison.enumValuesInOwnType() && declared.type().kind() == DataType.Kind.ENUM
                && live.dataType() != null && live.dataType().kind() == DataType.Kind.ENUM) {
            List<String> wanted = declared.type().values();
            List<String> present = live.values();
            if (!wanted.equals(present)) {
                if (isSubsequence(present, wanted)) {
                    List<String> added = wanted.stream().filter(v -> !present.contains(v)).toList();
                    changes.add(new SchemaChange.AddEnumValues(table, declared, added, true,
                            comparison.enumType(table, declared)));
                } else {
                    undecided.add(new Undecided(Undecided.Kind.UNSUPPORTED, table.name(), declared.name(), List.of(),
                            "the enum holds " + present + " and the model declares " + wanted + "; values cannot be"
                            + " removed or reordered in place"));
                }
            }
        }
    }

    /**
     * Whether the defaults differ: constants of the types whose literals read back alike are compared by
     * value; for the others (dates, decimals, expressions) only whether there is one, since the database
     * writes them back in its own words.
     */
    private boolean defaultDiffers(ColumnSpec declared, ColumnDescription live) {
        if (ColumnDefaults.differs(declared, live.defaultSql(), dialect)) {
            return true;
        }
        return declared.hasDefault() != (live.defaultSql() != null);
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int at = 0;
        for (String value : whole) {
            if (at < part.size() && part.get(at).equals(value)) {
                at++;
            }
        }
        return at == part.size();
    }

    private static String blankless(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    // ---- indexes and unique keys ----------------------------------------------------------------

    private void indexesAndUniques(TableState model, LiveTable live, List<SchemaChange> changes) {
        TableRef table = model.spec().table();
        List<IndexDescription> unmatched = new ArrayList<>(live.indexes());
        for (IndexSpec declared : model.indexes()) {
            IndexDescription same = unmatched.stream().filter(i -> i.name().equalsIgnoreCase(declared.name()))
                    .findFirst().orElse(null);
            if (same != null) {
                unmatched.remove(same);
                if (same.unique() == declared.unique() && lower(same.columns()).equals(lower(columns(declared)))
                        && (same.where() == null) == (declared.where() == null)
                        && comparison.sameIndexMethod(declared, same)) {
                    continue;
                }
                changes.add(dropIndexOrUnique(live, same));
            }
            changes.add(new SchemaChange.AddIndex(declared));
        }
        for (TableSpec.UniqueSpec key : model.spec().uniqueKeys()) {
            // A unique key is present when any unique index or constraint covers exactly its columns,
            // whatever it is called (SQLite names the index of an inline UNIQUE sqlite_autoindex_…).
            IndexDescription same = unmatched.stream().filter(i -> i.unique() && i.where() == null
                    && lower(i.columns()).equals(lower(key.columns()))).findFirst().orElse(null);
            if (same != null) {
                unmatched.remove(same);
            } else {
                changes.add(new SchemaChange.AddUnique(table, key.name(), key.columns(), false));
            }
        }
        for (IndexDescription left : unmatched) {
            changes.add(dropIndexOrUnique(live, left));
        }
    }

    private SchemaChange dropIndexOrUnique(LiveTable live, IndexDescription index) {
        if (live.backsUniqueConstraint(index)) {
            return new SchemaChange.DropUnique(live.table(), index.name(), index.columns(), true);
        }
        return new SchemaChange.DropIndex(live.index(index, comparison));
    }

    private static List<String> columns(IndexSpec index) {
        return index.fields().stream().map(IndexSpec.Field::column).toList();
    }

    // ---- foreign keys ----------------------------------------------------------------------------

    private void foreignKeys(TableSpec spec, LiveTable live, List<SchemaChange> changes) {
        TableRef table = spec.table();
        List<ConstraintDescription> unmatched = new ArrayList<>(live.constraints(ConstraintDescription.Type.FOREIGN_KEY));
        for (ForeignKeySpec declared : spec.foreignKeys()) {
            ConstraintDescription same = unmatched.stream()
                    .filter(c -> lower(c.columns()).equals(lower(declared.columns()))).findFirst().orElse(null);
            if (same != null) {
                unmatched.remove(same);
                if (sameForeignKey(declared, same)) {
                    continue;
                }
                changes.add(new SchemaChange.DropForeignKey(table, live.foreignKey(same)));
            }
            changes.add(new SchemaChange.AddForeignKey(table, named(table, declared)));
        }
        for (ConstraintDescription left : unmatched) {
            changes.add(new SchemaChange.DropForeignKey(table, live.foreignKey(left)));
        }
    }

    private boolean sameForeignKey(ForeignKeySpec declared, ConstraintDescription live) {
        return declared.target().name().equalsIgnoreCase(live.referencedTable())
                && lower(declared.targetColumns()).equals(lower(live.referencedColumns()))
                && comparison.reportedAction(declared.onDelete()) == comparison.reportedAction(live.onDelete())
                && comparison.reportedAction(declared.onUpdate()) == comparison.reportedAction(live.onUpdate());
    }

    /**
     * A foreign key added to an existing table gets the name PostgreSQL would give it, on every database,
     * so that the down migration can drop it by that name.
     */
    static ForeignKeySpec named(TableRef table, ForeignKeySpec fk) {
        if (fk.name() != null) {
            return fk;
        }
        return new ForeignKeySpec(table.name() + "_" + String.join("_", fk.columns()) + "_fkey", fk.columns(),
                fk.target(), fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrable());
    }
}
