package org.sequelize4j.queryinterface;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;

/**
 * The checks made against the live schema before a change is sent, so that a wrong name fails with an
 * error naming the operation, table and column rather than with whatever the database says (or, on
 * SQLite, which checks references only when rows are written, not at all).
 */
final class LiveTable {

    private LiveTable() {
    }

    /** The table's columns; a {@link SchemaChangeError} when the table does not exist. */
    static List<ColumnDescription> columns(SchemaEditor editor, Connection connection, String operation, TableRef table)
            throws SQLException {
        List<ColumnDescription> columns = editor.columns(connection, table);
        if (columns.isEmpty()) {
            throw new SchemaChangeError(operation, name(table), null, "the table does not exist");
        }
        return columns;
    }

    /** The column called {@code name}: exactly, or else the one whose name differs only in case. */
    static ColumnDescription find(List<ColumnDescription> columns, String name) {
        ColumnDescription folded = null;
        for (ColumnDescription c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
            if (c.name().equalsIgnoreCase(name)) {
                folded = c;
            }
        }
        return folded;
    }

    /** The column called {@code name}; a {@link SchemaChangeError} listing the columns when there is none. */
    static ColumnDescription column(List<ColumnDescription> columns, String operation, TableRef table, String name) {
        ColumnDescription column = find(columns, name);
        if (column == null) {
            throw new SchemaChangeError(operation, name(table), name, "the table has no such column; its columns are "
                    + columns.stream().map(ColumnDescription::name).toList());
        }
        return column;
    }

    /** Refuses a column name the table has already. */
    static void absent(List<ColumnDescription> columns, String operation, TableRef table, String name) {
        ColumnDescription column = find(columns, name);
        if (column != null) {
            throw new SchemaChangeError(operation, name(table), name, "the table has a column " + column.name()
                    + " already");
        }
    }

    /**
     * Checks that foreign keys name tables and columns that exist; {@code own} are the columns the
     * table itself will have, for keys that reference it.
     */
    static void references(SchemaEditor editor, Connection connection, String operation, TableRef table,
                           List<ColumnSpec> own, List<ForeignKeySpec> foreignKeys) throws SQLException {
        for (ForeignKeySpec fk : foreignKeys) {
            String subject = String.join(", ", fk.columns());
            List<String> targetColumns;
            if (fk.target().name().equals(table.name()) && java.util.Objects.equals(fk.target().schema(), table.schema())
                    && !own.isEmpty()) {
                targetColumns = own.stream().map(ColumnSpec::name).toList();
            } else {
                List<ColumnDescription> target = editor.columns(connection, fk.target());
                if (target.isEmpty()) {
                    throw new SchemaChangeError(operation, name(table), subject, "references table "
                            + name(fk.target()) + ", which does not exist");
                }
                targetColumns = target.stream().map(ColumnDescription::name).toList();
            }
            for (String column : fk.targetColumns()) {
                if (!targetColumns.contains(column)) {
                    throw new SchemaChangeError(operation, name(table), subject, "references column " + column
                            + " of table " + name(fk.target()) + ", which has no such column; its columns are "
                            + targetColumns);
                }
            }
        }
    }

    /** A table as messages name it. */
    static String name(TableRef table) {
        return table.schema() == null ? table.name() : table.schema() + "." + table.name();
    }
}
