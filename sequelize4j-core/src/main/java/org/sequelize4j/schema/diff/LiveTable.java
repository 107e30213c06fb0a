package org.sequelize4j.schema.diff;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * One table as the database reports it, without what the database made by itself (the primary key's
 * index, MySQL's indexes behind foreign keys, MariaDB's JSON checks).
 *
 * @param table the table
 * @param columns its columns by name, in table order
 * @param indexes its indexes, unique ones included, except those behind the primary key and the
 *                database's own
 * @param constraints its constraints, except the database's own
 * @param comment the table's comment, or null (always null where the database keeps none)
 */
record LiveTable(TableRef table, Map<String, ColumnDescription> columns, List<IndexDescription> indexes,
                 List<ConstraintDescription> constraints, String comment) {

    /** Reads a table through the dialect's catalog queries. */
    static LiveTable read(SchemaEditor editor, Connection connection, TableRef table) throws SQLException {
        SchemaComparison comparison = editor.comparison();
        Map<String, ColumnDescription> columns = new LinkedHashMap<>();
        for (ColumnDescription c : editor.columns(connection, table)) {
            columns.put(c.name(), c);
        }
        List<ConstraintDescription> constraints = new ArrayList<>();
        for (ConstraintDescription c : editor.constraints(connection, table)) {
            if (!comparison.isImplicitConstraint(c)) {
                constraints.add(c);
            }
        }
        List<IndexDescription> indexes = new ArrayList<>();
        for (IndexDescription i : editor.indexes(connection, table)) {
            if (!comparison.isImplicitIndex(i, constraints)) {
                indexes.add(i);
            }
        }
        return new LiveTable(table, columns, indexes, constraints, editor.tableComment(connection, table));
    }

    /** The constraints of a type. */
    List<ConstraintDescription> constraints(ConstraintDescription.Type type) {
        return constraints.stream().filter(c -> c.type() == type).toList();
    }

    /** Whether a unique constraint of this name exists (as opposed to a unique index only). */
    boolean hasUniqueConstraint(String name) {
        return constraints(ConstraintDescription.Type.UNIQUE).stream().anyMatch(c -> name.equals(c.name()));
    }

    /** The primary key's columns. */
    List<String> primaryKey() {
        List<String> key = new ArrayList<>();
        for (ConstraintDescription c : constraints(ConstraintDescription.Type.PRIMARY_KEY)) {
            key.addAll(c.columns());
        }
        if (key.isEmpty()) {
            columns.values().stream().filter(ColumnDescription::primaryKey).forEach(c -> key.add(c.name()));
        }
        return key;
    }

    /** A column as it exists, in the terms CREATE TABLE takes; {@code fallback} types an unreadable column. */
    static ColumnSpec column(ColumnDescription c, DataType fallback) {
        DataType type = c.dataType() != null ? c.dataType() : fallback != null ? fallback : DataTypes.TEXT;
        String defaultSql = c.autoIncrement() ? null : c.defaultSql();
        return new ColumnSpec(c.name(), type, c.allowNull(), null, defaultSql, c.autoIncrement(), false, c.primaryKey(),
                c.comment(), null);
    }

    /** A foreign key as it exists. */
    ForeignKeySpec foreignKey(ConstraintDescription c) {
        return new ForeignKeySpec(c.name(), c.columns(), new TableRef(table.schema(), c.referencedTable(), null),
                c.referencedColumns(), c.onDelete(), c.onUpdate(), c.deferrable());
    }

    /** An index as it exists; {@code comparison} says with which method to create it again. */
    IndexSpec index(IndexDescription i, SchemaComparison comparison) {
        List<IndexSpec.Field> fields = new ArrayList<>();
        for (IndexDescription.Field f : i.fields()) {
            fields.add(new IndexSpec.Field(f.attribute() != null ? f.attribute() : f.expression(), f.descending(), false,
                    f.collate(), f.length(), null));
        }
        return new IndexSpec(i.name(), table, fields, i.unique(), comparison.indexUsing(i), comparison.indexType(i),
                i.where() == null ? null : new SqlExpr.Raw(i.where()), false);
    }

    /** Whether an index is the one behind a unique constraint (reported as both). */
    boolean backsUniqueConstraint(IndexDescription i) {
        return i.unique() && hasUniqueConstraint(i.name());
    }

    /**
     * The checks the table has without a name, which no comparison can match (and {@link #state} leaves
     * out), for a rebuild to keep as they are.
     */
    List<CheckSpec> unnamedChecks() {
        List<CheckSpec> checks = new ArrayList<>();
        for (ConstraintDescription c : constraints(ConstraintDescription.Type.CHECK)) {
            if (c.name() == null && c.definition() != null) {
                checks.add(new CheckSpec(null, c.definition()));
            }
        }
        return checks;
    }

    /**
     * The table as it exists, for creating it again (the inverse of dropping it) or rebuilding a table
     * back into it; {@code declared} types the columns the database reports in a way no type reads.
     */
    TableState state(Map<String, DataType> declared, SchemaComparison comparison) {
        List<ColumnSpec> specs = new ArrayList<>();
        for (ColumnDescription c : columns.values()) {
            specs.add(column(c, declared.get(c.name())));
        }
        List<TableSpec.UniqueSpec> uniques = new ArrayList<>();
        for (ConstraintDescription c : constraints(ConstraintDescription.Type.UNIQUE)) {
            if (c.name() != null) {
                uniques.add(new TableSpec.UniqueSpec(c.name(), c.columns()));
            }
        }
        List<ForeignKeySpec> fks = constraints(ConstraintDescription.Type.FOREIGN_KEY).stream().map(this::foreignKey)
                .toList();
        List<CheckSpec> checks = new ArrayList<>();
        for (ConstraintDescription c : constraints(ConstraintDescription.Type.CHECK)) {
            if (c.name() != null && c.definition() != null) {
                checks.add(new CheckSpec(c.name(), c.definition()));
            }
        }
        List<IndexSpec> indexSpecs = new ArrayList<>();
        for (IndexDescription i : indexes) {
            if (!backsUniqueConstraint(i)) {
                indexSpecs.add(index(i, comparison));
            }
        }
        return new TableState(new TableSpec(table, specs, primaryKey(), uniques, fks, checks,
                new TableSpec.TableOptions(null, null, null, comment, null)), indexSpecs);
    }
}
