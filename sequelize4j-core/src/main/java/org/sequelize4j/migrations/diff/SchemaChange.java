package org.sequelize4j.migrations.diff;

import java.util.List;
import java.util.Objects;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * One difference between the models and the live schema, as the change that removes it. Each change
 * knows its {@link #inverse()}, which puts the schema back as it was (the down migration), and carries
 * what the inverse needs: a dropped column or table is described as it exists, so that it can be
 * created again (its rows, of course, cannot).
 */
public sealed interface SchemaChange {

    /** The table changed. */
    TableRef table();

    /** The change that undoes this one. */
    SchemaChange inverse();

    /** Whether the change loses data (drops a table or a column). */
    default boolean destructive() {
        return false;
    }

    /** A one-line description, such as {@code add column users.nickname VARCHAR(40)}. */
    String describe();

    private static String tableName(TableRef table) {
        return table.schema() == null ? table.name() : table.schema() + "." + table.name();
    }

    private static String columnText(ColumnSpec c) {
        return c.name() + " " + c.type() + (c.allowNull() ? "" : " NOT NULL")
                + (c.defaultValue() != null ? " DEFAULT " + c.defaultValue()
                        : c.defaultExpression() != null ? " DEFAULT " + c.defaultExpression() : "");
    }

    /**
     * A table the models have and the database lacks, with its indexes.
     *
     * @param spec the table
     * @param indexes its indexes (unique keys are in {@code spec})
     */
    record CreateTable(TableSpec spec, List<IndexSpec> indexes) implements SchemaChange {
        public CreateTable {
            indexes = List.copyOf(indexes);
        }

        @Override public TableRef table() { return spec.table(); }
        @Override public SchemaChange inverse() { return new DropTable(spec, indexes); }
        @Override public String describe() { return "create table " + tableName(table()); }
    }

    /**
     * A table the database has and no model declares, as it exists.
     *
     * @param spec the table as read from the database
     * @param indexes its indexes
     */
    record DropTable(TableSpec spec, List<IndexSpec> indexes) implements SchemaChange {
        public DropTable {
            indexes = List.copyOf(indexes);
        }

        @Override public TableRef table() { return spec.table(); }
        @Override public SchemaChange inverse() { return new CreateTable(spec, indexes); }
        @Override public boolean destructive() { return true; }
        @Override public String describe() { return "drop table " + tableName(table()); }
    }

    /** A table renamed, as the caller decided ({@link SchemaDiffOptions#renames}). */
    record RenameTable(TableRef from, TableRef to) implements SchemaChange {
        @Override public TableRef table() { return from; }
        @Override public SchemaChange inverse() { return new RenameTable(to, from); }
        @Override public String describe() { return "rename table " + tableName(from) + " to " + to.name(); }
    }

    /** A column to add. */
    record AddColumn(TableRef table, ColumnSpec column) implements SchemaChange {
        @Override public SchemaChange inverse() { return new DropColumn(table, column); }
        @Override public String describe() { return "add column " + tableName(table) + "." + columnText(column); }
    }

    /** A column to drop, as it exists. */
    record DropColumn(TableRef table, ColumnSpec column) implements SchemaChange {
        @Override public SchemaChange inverse() { return new AddColumn(table, column); }
        @Override public boolean destructive() { return true; }
        @Override public String describe() { return "drop column " + tableName(table) + "." + column.name(); }
    }

    /**
     * A column whose type, nullability, default or comment differs.
     *
     * @param table the table
     * @param from the column as it exists
     * @param to the column as the model declares it
     * @param differences what differs: {@code type}, {@code allowNull}, {@code default}, {@code comment}
     */
    record ChangeColumn(TableRef table, ColumnSpec from, ColumnSpec to, List<String> differences)
            implements SchemaChange {
        public ChangeColumn {
            differences = List.copyOf(differences);
        }

        @Override public SchemaChange inverse() { return new ChangeColumn(table, to, from, differences); }
        @Override public String describe() {
            return "change column " + tableName(table) + "." + to.name() + " " + differences + ": " + columnText(from) + " -> "
                    + columnText(to);
        }
    }

    /** A column renamed, as the caller decided. */
    record RenameColumn(TableRef table, String from, String to) implements SchemaChange {
        @Override public SchemaChange inverse() { return new RenameColumn(table, to, from); }
        @Override public String describe() { return "rename column " + tableName(table) + "." + from + " to " + to; }
    }

    /**
     * Values to add to an ENUM whose values live in a type of their own (PostgreSQL). PostgreSQL cannot
     * remove values from an enum type, so the inverse ({@code added} false) writes a note, not a change.
     *
     * @param table the table
     * @param column the column, with its declared type
     * @param values the values added (or, in the inverse, that would be removed)
     * @param added true for the change, false for its inverse
     * @param enumType the enum type the values go into
     */
    record AddEnumValues(TableRef table, ColumnSpec column, List<String> values, boolean added, TableRef enumType)
            implements SchemaChange {
        public AddEnumValues {
            values = List.copyOf(values);
        }

        @Override public SchemaChange inverse() { return new AddEnumValues(table, column, values, !added, enumType); }
        @Override public String describe() {
            return (added ? "add values " : "remove values (not possible) ") + values + " to enum of " + tableName(table)
                    + "." + column.name();
        }
    }

    /** An index to create. */
    record AddIndex(IndexSpec index) implements SchemaChange {
        @Override public TableRef table() { return index.table(); }
        @Override public SchemaChange inverse() { return new DropIndex(index); }
        @Override public String describe() {
            return "add " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + tableName(table())
                    + " " + index.fields().stream().map(IndexSpec.Field::column).toList();
        }
    }

    /** An index to drop, as it exists. */
    record DropIndex(IndexSpec index) implements SchemaChange {
        @Override public TableRef table() { return index.table(); }
        @Override public SchemaChange inverse() { return new AddIndex(index); }
        @Override public String describe() { return "drop index " + index.name() + " on " + tableName(table()); }
    }

    /**
     * A unique key to add.
     *
     * @param table the table
     * @param name the key's name
     * @param columns its columns
     * @param constraint whether it is made as a constraint (as it was found, in an inverse) rather than
     *                   as a unique index (as {@code sync({alter})} adds keys to existing tables)
     */
    record AddUnique(TableRef table, String name, List<String> columns, boolean constraint) implements SchemaChange {
        public AddUnique {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }

        @Override public SchemaChange inverse() { return new DropUnique(table, name, columns, constraint); }
        @Override public String describe() { return "add unique " + name + " on " + tableName(table) + " " + columns; }
    }

    /** A unique key to drop, as it exists: a constraint, or a unique index. */
    record DropUnique(TableRef table, String name, List<String> columns, boolean constraint) implements SchemaChange {
        public DropUnique {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
        }

        @Override public SchemaChange inverse() { return new AddUnique(table, name, columns, constraint); }
        @Override public String describe() { return "drop unique " + name + " on " + tableName(table) + " " + columns; }
    }

    /** A foreign key to add. */
    record AddForeignKey(TableRef table, ForeignKeySpec foreignKey) implements SchemaChange {
        @Override public SchemaChange inverse() { return new DropForeignKey(table, foreignKey); }
        @Override public String describe() {
            return "add foreign key " + tableName(table) + " " + foreignKey.columns() + " -> " + tableName(foreignKey.target()) + " "
                    + foreignKey.targetColumns() + (foreignKey.onDelete() == null ? "" : " ON DELETE "
                    + foreignKey.onDelete().sql()) + (foreignKey.onUpdate() == null ? "" : " ON UPDATE "
                    + foreignKey.onUpdate().sql());
        }
    }

    /** A foreign key to drop, as it exists (named where the database names it). */
    record DropForeignKey(TableRef table, ForeignKeySpec foreignKey) implements SchemaChange {
        @Override public SchemaChange inverse() { return new AddForeignKey(table, foreignKey); }
        @Override public String describe() {
            return "drop foreign key " + (foreignKey.name() == null ? "" : foreignKey.name() + " ") + tableName(table) + " "
                    + foreignKey.columns() + " -> " + tableName(foreignKey.target());
        }
    }

    /** A CHECK constraint to add. */
    record AddCheck(TableRef table, CheckSpec check) implements SchemaChange {
        @Override public SchemaChange inverse() { return new DropCheck(table, check); }
        @Override public String describe() { return "add check " + check.name() + " on " + tableName(table) + ": " + check.sql(); }
    }

    /** A CHECK constraint to drop, as it exists. */
    record DropCheck(TableRef table, CheckSpec check) implements SchemaChange {
        @Override public SchemaChange inverse() { return new AddCheck(table, check); }
        @Override public String describe() { return "drop check " + check.name() + " on " + tableName(table); }
    }

    /**
     * A CHECK constraint whose condition changed under the same name: dropped and added again.
     *
     * @param table the table
     * @param from the check as it exists (its condition as the database writes it)
     * @param to the check as the model declares it
     */
    record ChangeCheck(TableRef table, CheckSpec from, CheckSpec to) implements SchemaChange {
        @Override public SchemaChange inverse() { return new ChangeCheck(table, to, from); }
        @Override public String describe() {
            return "change check " + to.name() + " on " + tableName(table) + ": " + from.sql() + " -> " + to.sql();
        }
    }

    /**
     * A table comment to set, change or remove (where the database keeps table comments).
     *
     * @param table the table
     * @param from the comment as it exists, or null
     * @param to the comment the model declares, or null to remove it
     */
    record ChangeTableComment(TableRef table, String from, String to) implements SchemaChange {
        @Override public SchemaChange inverse() { return new ChangeTableComment(table, to, from); }
        @Override public String describe() {
            return "change comment of table " + tableName(table) + ": " + quoted(from) + " -> " + quoted(to);
        }

        private static String quoted(String comment) {
            return comment == null ? "none" : "'" + comment + "'";
        }
    }
}

