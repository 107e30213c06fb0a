package org.sequelize4j.queryinterface;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.naming.Identifiers;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.ConstraintSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;

/** addConstraint, removeConstraint and showConstraint. */
final class ConstraintOperations {

    private final ChangeRunner runner;
    private final TableModels models;

    ConstraintOperations(ChangeRunner runner, TableModels models) {
        this.runner = runner;
        this.models = models;
    }

    private SchemaEditor editor() {
        return runner.editor();
    }

    /** Sequelize's name for a constraint without one. */
    private static String defaultName(String table, ConstraintOptions constraint) {
        String base = table + "_" + String.join("_", constraint.fields());
        switch (constraint.type()) {
            case UNIQUE: return Identifiers.shorten(base + "_uk");
            case PRIMARY_KEY: return Identifiers.shorten(base + "_pk");
            case FOREIGN_KEY: return Identifiers.shorten(base + "_" + constraint.referencedTable() + "_fk");
            case CHECK: return Identifiers.shorten(base + "_ck");
            default: return Identifiers.shorten(base + "_df");
        }
    }

    void addConstraint(String name, ConstraintOptions constraint, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        String label = LiveTable.name(table);
        if (constraint.type() != ConstraintOptions.Type.CHECK && constraint.fields().isEmpty()) {
            throw new SchemaChangeError("addConstraint", label, constraint.name(), "a " + constraint.type()
                    + " constraint needs at least one column");
        }
        if (constraint.type() == ConstraintOptions.Type.CHECK && constraint.name() == null && constraint.fields().isEmpty()) {
            throw new SchemaChangeError("addConstraint", label, null, "a check constraint needs a name, or the fields"
                    + " its default name is made of");
        }
        if (constraint.type() == ConstraintOptions.Type.FOREIGN_KEY && constraint.referencedTable() == null) {
            throw new SchemaChangeError("addConstraint", label, constraint.name(), "a foreign key needs"
                    + " references(table, columns…)");
        }
        String constraintName = constraint.name() != null ? constraint.name() : defaultName(name, constraint);
        runner.run(options, connection -> {
            List<ColumnDescription> columns = LiveTable.columns(editor(), connection, "addConstraint", table);
            List<String> fields = new ArrayList<>();
            for (String field : constraint.fields()) {
                fields.add(LiveTable.column(columns, "addConstraint", table, field).name());
            }
            if (constraint.type() == ConstraintOptions.Type.DEFAULT) {
                return setDefault(connection, table, columns, fields.get(0), constraint.defaultValue());
            }
            requireNewName(connection, table, constraintName);
            return editor().addConstraint(connection, table, spec(connection, table, columns, constraint,
                    constraintName, fields));
        });
    }

    private void requireNewName(Connection connection, TableRef table, String constraintName) throws SQLException {
        List<ConstraintDescription> existing = editor().constraints(connection, table);
        for (ConstraintDescription c : existing) {
            if (constraintName.equalsIgnoreCase(c.name())) {
                throw new SchemaChangeError("addConstraint", LiveTable.name(table), constraintName,
                        "the table has a constraint of this name already");
            }
        }
        for (IndexDescription index : editor().indexes(connection, table)) {
            if (constraintName.equalsIgnoreCase(index.name())) {
                throw new SchemaChangeError("addConstraint", LiveTable.name(table), constraintName,
                        "the table has an index of this name already");
            }
        }
    }

    private ConstraintSpec spec(Connection connection, TableRef table, List<ColumnDescription> columns,
                                ConstraintOptions constraint, String constraintName, List<String> fields)
            throws SQLException {
        String label = LiveTable.name(table);
        switch (constraint.type()) {
            case UNIQUE:
                return new ConstraintSpec.Unique(constraintName, fields);
            case PRIMARY_KEY:
                for (ConstraintDescription c : editor().constraints(connection, table)) {
                    if (c.type() == ConstraintDescription.Type.PRIMARY_KEY) {
                        throw new SchemaChangeError("addConstraint", label, constraintName, "the table has a primary key"
                                + " already" + (c.name() == null ? "" : " (" + c.name() + ")") + " over " + c.columns());
                    }
                }
                return new ConstraintSpec.PrimaryKey(constraintName, fields);
            case FOREIGN_KEY: {
                TableRef target = new TableRef(table.schema(), constraint.referencedTable(), null);
                List<String> targetColumns = constraint.referencedColumns();
                if (targetColumns.isEmpty()) {
                    targetColumns = editor().columns(connection, target).stream().filter(ColumnDescription::primaryKey)
                            .map(ColumnDescription::name).toList();
                }
                ForeignKeySpec fk = new ForeignKeySpec(constraintName, fields, target, targetColumns,
                        constraint.onDelete(), constraint.onUpdate(), constraint.deferrable());
                LiveTable.references(editor(), connection, "addConstraint", table, List.of(), List.of(fk));
                if (targetColumns.size() != fields.size()) {
                    throw new SchemaChangeError("addConstraint", label, constraintName, "the foreign key has "
                            + fields.size() + " column(s) but references " + targetColumns.size() + " of table "
                            + constraint.referencedTable() + " " + targetColumns);
                }
                return new ConstraintSpec.ForeignKey(fk);
            }
            default: {
                ModelDefinition model = models.live("addConstraint", table, columns, Map.of());
                String sql;
                try {
                    sql = runner.engine().renderer().inline(runner.engine().writes().resolver(model)
                            .condition(constraint.where(), "check constraint '" + constraintName + "'"));
                } catch (QueryError e) {
                    throw new SchemaChangeError("addConstraint", label, constraintName, e.getMessage());
                }
                return new ConstraintSpec.Check(new CheckSpec(constraintName, sql), fields);
            }
        }
    }

    /** Sequelize's default "constraint": the column's default, set where the database keeps it. */
    private DdlPlan setDefault(Connection connection, TableRef table, List<ColumnDescription> columns, String column,
                               Object value) throws SQLException {
        ColumnDescription existing = LiveTable.find(columns, column);
        AttributeOptions attribute = AttributeOptions.attribute(column,
                existing.dataType() != null ? existing.dataType() : DataTypes.TEXT);
        if (value != null) {
            attribute.defaultValue(value);
        }
        TableModels.ColumnParts parts = models.column("addConstraint", table, column, attribute);
        return editor().setDefault(connection, parts.table(), parts.column());
    }

    void removeConstraint(String name, String constraint, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        runner.run(options, connection -> {
            LiveTable.columns(editor(), connection, "removeConstraint", table);
            List<ConstraintDescription> existing = editor().constraints(connection, table);
            ConstraintDescription found = existing.stream().filter(c -> constraint.equals(c.name())).findFirst()
                    .orElse(existing.stream().filter(c -> constraint.equalsIgnoreCase(c.name())).findFirst().orElse(null));
            if (found != null) {
                return editor().removeConstraint(connection, table, found);
            }
            // A unique index counts as a unique constraint (sync adds unique keys to existing tables as indexes).
            for (IndexDescription index : editor().indexes(connection, table)) {
                if (index.unique() && !index.primary() && index.name().equalsIgnoreCase(constraint)) {
                    return DdlPlan.of(editor().dropIndex(table, index.name()));
                }
            }
            throw new SchemaChangeError("removeConstraint", LiveTable.name(table), constraint, "the table has no"
                    + " constraint of this name; its constraints are " + existing.stream().map(ConstraintDescription::name)
                    .filter(java.util.Objects::nonNull).toList());
        });
    }

    List<ConstraintDescription> showConstraint(String name, String constraint, QueryInterfaceOptions options) {
        TableRef table = new TableRef(options.schema(), name, null);
        return runner.read(options, connection -> {
            LiveTable.columns(editor(), connection, "showConstraint", table);
            List<ConstraintDescription> all = editor().constraints(connection, table);
            return constraint == null ? all : all.stream().filter(c -> constraint.equalsIgnoreCase(c.name())).toList();
        });
    }
}
