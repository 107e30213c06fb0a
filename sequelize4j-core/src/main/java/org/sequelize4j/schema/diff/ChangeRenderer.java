package org.sequelize4j.schema.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.dialect.SchemaComparison.Alteration;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.migrations.diff.SchemaChange;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ConstraintSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Writes changes as the connected database's statements, through the dialect's DDL. Where the
 * database cannot make a change to a table in place (SQLite), every change to that table becomes one
 * rebuild into the table's state after the changes, keeping the rows and the values of the columns
 * that stay. Statements are planned without reading the tables, since in a migration each change
 * runs on the schema the earlier ones left.
 */
final class ChangeRenderer {

    /**
     * The statements of one change, or of one table rebuild standing for several.
     *
     * @param changes the changes the statements make
     * @param statements the statements, in order
     * @param rebuild whether they rebuild a table (SQLite: run with foreign keys off)
     */
    record Step(List<SchemaChange> changes, List<String> statements, boolean rebuild) {
    }

    private final Dialect dialect;
    private final SqlRenderer renderer;
    private final Connection connection;
    private final SchemaEditor editor;
    private final SchemaComparison comparison;

    ChangeRenderer(Dialect dialect, SqlRenderer renderer, Connection connection) {
        this.dialect = dialect;
        this.renderer = renderer;
        this.connection = connection;
        this.editor = dialect.schemaEditor();
        this.comparison = editor.comparison();
    }

    private DdlGenerator ddl() {
        return dialect.ddl();
    }

    private String key(TableRef table) {
        return dialect.tableName(new TableRef(table.schema(), table.name(), null));
    }

    /**
     * The steps of the changes.
     *
     * @param changes in the order they apply
     * @param after the state of each table once the changes are made, by {@link #key}; needed for rebuilds
     * @param columnsBefore the columns of each existing table before the changes, by key
     */
    List<Step> render(List<SchemaChange> changes, Map<String, TableState> after, Map<String, Set<String>> columnsBefore)
            throws SQLException {
        Map<SchemaChange.AddColumn, ForeignKeySpec> inline = inlineReferences(changes);
        Map<String, Integer> lastAbsorbed = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            SchemaChange change = changes.get(i);
            if (!inPlace(change, inline)) {
                lastAbsorbed.put(key(change.table()), i);
            }
        }
        for (int i = 0; i < changes.size(); i++) {
            if (absorbable(changes.get(i)) && lastAbsorbed.containsKey(key(changes.get(i).table()))) {
                lastAbsorbed.merge(key(changes.get(i).table()), i, Math::max);
            }
        }
        Map<String, Set<String>> columnsNow = new HashMap<>();
        columnsBefore.forEach((k, v) -> columnsNow.put(k, new LinkedHashSet<>(v)));
        Map<String, List<SchemaChange>> absorbed = new HashMap<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            SchemaChange change = changes.get(i);
            String table = key(change.table());
            if (change instanceof SchemaChange.AddForeignKey && inline.containsValue(((SchemaChange.AddForeignKey) change)
                    .foreignKey())) {
                continue;
            }
            if (change instanceof SchemaChange.RenameColumn rename) {
                Set<String> now = columnsNow.get(table);
                if (now != null) {
                    now.remove(rename.from());
                    now.add(rename.to());
                }
            }
            if (lastAbsorbed.containsKey(table) && absorbable(change)) {
                absorbed.computeIfAbsent(table, k -> new ArrayList<>()).add(change);
                if (lastAbsorbed.get(table) == i) {
                    steps.add(rebuild(change.table(), after.get(table), columnsNow.getOrDefault(table, Set.of()),
                            absorbed.get(table)));
                }
                continue;
            }
            steps.add(new Step(List.of(change), statements(change, inline.get(change)), false));
        }
        return steps;
    }

    /**
     * New columns whose foreign key the database can only write inline (SQLite has no ADD CONSTRAINT),
     * with that key; their AddForeignKey is written by the AddColumn.
     */
    Map<SchemaChange.AddColumn, ForeignKeySpec> inlineReferences(List<SchemaChange> changes) {
        Map<SchemaChange.AddColumn, ForeignKeySpec> inline = new HashMap<>();
        if (comparison.altersInPlace(Alteration.ADD_FOREIGN_KEY, null, null)) {
            return inline;
        }
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.AddForeignKey fk && fk.foreignKey().columns().size() == 1) {
                for (SchemaChange other : changes) {
                    if (other instanceof SchemaChange.AddColumn add && key(add.table()).equals(key(fk.table()))
                            && add.column().name().equals(fk.foreignKey().columns().get(0))) {
                        inline.put(add, fk.foreignKey());
                    }
                }
            }
        }
        return inline;
    }

    /** Changes to an existing table's columns and constraints, which a rebuild makes together. */
    private static boolean absorbable(SchemaChange change) {
        return !(change instanceof SchemaChange.CreateTable || change instanceof SchemaChange.DropTable
                || change instanceof SchemaChange.RenameTable || change instanceof SchemaChange.RenameColumn);
    }

    /** Whether the database makes this change with ALTER TABLE (else the table is rebuilt). */
    boolean inPlace(SchemaChange change, Map<SchemaChange.AddColumn, ForeignKeySpec> inline) {
        if (change instanceof SchemaChange.AddColumn add) {
            return comparison.altersInPlace(Alteration.ADD_COLUMN, add.column(), inline.get(add));
        }
        if (change instanceof SchemaChange.ChangeColumn c) {
            return comparison.altersInPlace(Alteration.CHANGE_COLUMN, c.to(), null);
        }
        if (change instanceof SchemaChange.DropColumn d) {
            return comparison.altersInPlace(Alteration.DROP_COLUMN, d.column(), null);
        }
        if (change instanceof SchemaChange.AddForeignKey fk) {
            return inline.containsValue(fk.foreignKey())
                    || comparison.altersInPlace(Alteration.ADD_FOREIGN_KEY, null, fk.foreignKey());
        }
        if (change instanceof SchemaChange.DropForeignKey fk) {
            return comparison.altersInPlace(Alteration.DROP_FOREIGN_KEY, null, fk.foreignKey());
        }
        if (change instanceof SchemaChange.AddCheck) {
            return comparison.altersInPlace(Alteration.ADD_CHECK, null, null);
        }
        if (change instanceof SchemaChange.DropCheck) {
            return comparison.altersInPlace(Alteration.DROP_CHECK, null, null);
        }
        if (change instanceof SchemaChange.ChangeCheck) {
            return comparison.altersInPlace(Alteration.DROP_CHECK, null, null)
                    && comparison.altersInPlace(Alteration.ADD_CHECK, null, null);
        }
        return true;
    }

    private Step rebuild(TableRef table, TableState target, Set<String> columnsNow, List<SchemaChange> changes) {
        if (target == null) {
            throw new IllegalStateException("No state to rebuild " + table.name() + " into");
        }
        TableSpec spec = target.spec();
        TableSpec renamed = new TableSpec(table, spec.columns(), spec.primaryKey(), spec.uniqueKeys(), spec.foreignKeys(),
                spec.checks(), spec.options());
        List<String> kept = spec.columns().stream().map(ColumnSpec::name).filter(columnsNow::contains).toList();
        DdlGenerator.TableRebuild rebuild = ddl().rebuildTable(renamed, kept);
        if (rebuild == null) {
            throw new IllegalStateException("The " + dialect.name() + " dialect cannot rebuild " + table.name());
        }
        List<String> statements = new ArrayList<>(rebuild.statements());
        for (IndexSpec index : target.indexes()) {
            statements.addAll(ddl().createIndex(new IndexSpec(index.name(), table, index.fields(), index.unique(),
                    index.using(), index.type(), index.where(), false), renderer));
        }
        return new Step(List.copyOf(changes), statements, true);
    }

    /** A spec holding the table's name, for statements about one column. */
    private static TableSpec bare(TableRef table, ColumnSpec column) {
        return new TableSpec(table, column == null ? List.of() : List.of(column), List.of(), List.of(), List.of(),
                List.of(), new TableSpec.TableOptions(null, null, null, null, null));
    }

    /** The statements of one change made in place. */
    List<String> statements(SchemaChange change, ForeignKeySpec inlineReference) throws SQLException {
        if (change instanceof SchemaChange.CreateTable c) {
            List<String> statements = new ArrayList<>(editor.createTable(connection, c.spec()).statements());
            for (IndexSpec index : c.indexes()) {
                statements.addAll(ddl().createIndex(index, renderer));
            }
            return statements;
        }
        if (change instanceof SchemaChange.DropTable d) {
            return ddl().dropTable(d.table(), false);
        }
        if (change instanceof SchemaChange.RenameTable r) {
            return editor.renameTable(connection, r.from(), r.to()).statements();
        }
        if (change instanceof SchemaChange.RenameColumn r) {
            return editor.renameColumn(connection, r.table(), r.from(), r.to()).statements();
        }
        if (change instanceof SchemaChange.AddColumn a) {
            if (inlineReference != null) {
                return ddl().addColumn(bare(a.table(), a.column()), a.column(), inlineReference);
            }
            return editor.addColumn(connection, bare(a.table(), a.column()), a.column(), null, null).statements();
        }
        if (change instanceof SchemaChange.DropColumn d) {
            return ddl().removeColumn(d.table(), d.column().name());
        }
        if (change instanceof SchemaChange.ChangeColumn c) {
            return editor.changeColumn(connection, bare(c.table(), c.to()), c.to(), null, null,
                    c.differences().contains("type")).statements();
        }
        if (change instanceof SchemaChange.AddEnumValues e) {
            return enumValues(e);
        }
        if (change instanceof SchemaChange.AddIndex a) {
            return ddl().createIndex(a.index(), renderer);
        }
        if (change instanceof SchemaChange.DropIndex d) {
            return editor.dropIndex(d.table(), d.index().name());
        }
        if (change instanceof SchemaChange.AddUnique u) {
            if (u.constraint() && !comparison.uniqueKeysAsIndexes()) {
                return editor.addConstraint(connection, u.table(), new ConstraintSpec.Unique(u.name(), u.columns()))
                        .statements();
            }
            List<IndexSpec.Field> fields = u.columns().stream()
                    .map(c -> new IndexSpec.Field(c, false, false, null, null, null)).toList();
            return ddl().createIndex(new IndexSpec(u.name(), u.table(), fields, true, null, null, null, false), renderer);
        }
        if (change instanceof SchemaChange.DropUnique u) {
            if (u.constraint() && !comparison.uniqueKeysAsIndexes()) {
                return editor.removeConstraint(connection, u.table(), constraint(u.name(),
                        ConstraintDescription.Type.UNIQUE, u.table(), u.columns())).statements();
            }
            return editor.dropIndex(u.table(), u.name());
        }
        if (change instanceof SchemaChange.AddForeignKey fk) {
            return ddl().addForeignKey(fk.table(), fk.foreignKey());
        }
        if (change instanceof SchemaChange.DropForeignKey fk) {
            if (fk.foreignKey().name() == null) {
                throw new IllegalStateException("The foreign key " + fk.foreignKey().columns() + " of " + fk.table().name()
                        + " has no name to drop it by");
            }
            return editor.removeConstraint(connection, fk.table(), constraint(fk.foreignKey().name(),
                    ConstraintDescription.Type.FOREIGN_KEY, fk.table(), fk.foreignKey().columns())).statements();
        }
        if (change instanceof SchemaChange.AddCheck c) {
            return editor.addConstraint(connection, c.table(), new ConstraintSpec.Check(c.check(), List.of())).statements();
        }
        if (change instanceof SchemaChange.ChangeCheck c) {
            List<String> statements = new ArrayList<>(editor.removeConstraint(connection, c.table(),
                    constraint(c.from().name(), ConstraintDescription.Type.CHECK, c.table(), List.of())).statements());
            statements.addAll(editor.addConstraint(connection, c.table(), new ConstraintSpec.Check(c.to(), List.of()))
                    .statements());
            return statements;
        }
        if (change instanceof SchemaChange.ChangeTableComment c) {
            return editor.changeTableComment(c.table(), c.to());
        }
        SchemaChange.DropCheck c = (SchemaChange.DropCheck) change;
        return editor.removeConstraint(connection, c.table(), constraint(c.check().name(), ConstraintDescription.Type.CHECK,
                c.table(), List.of())).statements();
    }

    private static ConstraintDescription constraint(String name, ConstraintDescription.Type type, TableRef table,
                                                    List<String> columns) {
        return new ConstraintDescription(name, type, table.name(), columns, null, List.of(), null, null, null, null);
    }

    /**
     * ALTER TYPE … ADD VALUE for each new value, placed after the value before it in the declared order
     * (or before the first one); the inverse is a note, since PostgreSQL cannot remove enum values.
     */
    private List<String> enumValues(SchemaChange.AddEnumValues change) {
        TableRef type = change.enumType();
        if (!change.added()) {
            return List.of("-- PostgreSQL cannot remove values from an enum type: " + change.values() + " stay in "
                    + type.name());
        }
        List<String> declared = change.column().type().values();
        List<String> statements = new ArrayList<>();
        for (String value : change.values()) {
            int at = declared.indexOf(value);
            String previous = at > 0 ? declared.get(at - 1) : null;
            String next = previous == null && declared.size() > 1 ? declared.get(1) : null;
            statements.addAll(editor.addEnumValue(type, value, next, previous));
        }
        return statements;
    }
}
