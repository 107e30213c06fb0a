package org.sequelize4j.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ConstraintSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * What the QueryInterface needs from a dialect beyond creating tables: reading the live schema back
 * (tables, columns, indexes, constraints, schemas) and planning changes to existing tables. Reads and
 * plans take the connection the change will run on, since some plans depend on the table's present
 * state (SQLite rebuilds a table from its stored definition). The shared forms here are standard SQL;
 * each database overrides what it spells differently.
 */
public abstract class SchemaEditor {

    /** The dialect this editor plans for. */
    protected final Dialect dialect;

    protected SchemaEditor(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Quotes an identifier. */
    protected String q(String identifier) {
        return dialect.quoteIdentifier(identifier);
    }

    /** The quoted, possibly schema-qualified name of a table. */
    protected String table(TableRef table) {
        return dialect.tableName(table);
    }

    /**
     * What a table rebuild ({@link DdlGenerator#rebuildTable}) must take down first and put back after,
     * for a rebuild planned outside this editor ({@code sync({alter})}): none by default, for databases
     * that change tables in place.
     *
     * @param before run in the rebuild's transaction before its own statements
     * @param after run in it after them (and after the indexes are made again)
     */
    public record RebuildSurroundings(List<String> before, List<String> after) {
        public RebuildSurroundings {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** The {@link RebuildSurroundings} of rebuilding {@code table} now. */
    public RebuildSurroundings rebuildSurroundings(Connection connection, TableRef table) throws SQLException {
        return new RebuildSurroundings(List.of(), List.of());
    }

    /** The DDL generator whose statements this editor builds on. */
    protected DdlGenerator ddl() {
        return dialect.ddl();
    }

    // The DDL generator's pieces, for the dialects' editors (they live in other packages than DdlGenerator).

    /** {@code REFERENCES target (columns)} with the key's actions. */
    protected String referencesSql(ForeignKeySpec fk) {
        return ddl().referencesClause(fk);
    }

    /** A table-level FOREIGN KEY, named when the spec has a name. */
    protected String foreignKeySql(ForeignKeySpec fk) {
        return ddl().foreignKey(fk);
    }

    /** A table-level unique constraint. */
    protected String uniqueSql(TableSpec.UniqueSpec unique) {
        return ddl().uniqueConstraint(null, unique);
    }

    /** A named table-level CHECK. */
    protected String checkSql(org.sequelize4j.sql.CheckSpec check) {
        return ddl().checkConstraint(check);
    }

    /** Quoted, comma-separated column names. */
    protected String columnsSql(List<String> columns) {
        return ddl().columns(columns);
    }

    /** The DEFAULT clause of a column (with its leading space), or an empty string. */
    protected String defaultSql(ColumnSpec column) {
        return ddl().defaultClause(column);
    }

    /**
     * Whether schema statements take part in transactions (PostgreSQL, SQLite), so a change of several
     * statements is all-or-nothing; MySQL and MariaDB commit each one.
     */
    public abstract boolean transactionalDdl();

    /** How this database reports back what models declare, for comparing models with the live schema. */
    public SchemaComparison comparison() {
        return new SchemaComparison(dialect);
    }

    /** Whether the database has named enum types of its own (PostgreSQL's {@code CREATE TYPE … AS ENUM}). */
    public boolean enumTypes() {
        return false;
    }

    // ---- reading the live schema -------------------------------------------------------------

    /** The tables of the database (every user schema on PostgreSQL, the current database elsewhere). */
    public abstract List<TableRef> tables(Connection connection) throws SQLException;

    /** A table's columns in table order; empty when the table does not exist. */
    public abstract List<ColumnDescription> columns(Connection connection, TableRef table) throws SQLException;

    /** A table's indexes, including those behind primary keys and unique constraints where the database keeps one. */
    public abstract List<IndexDescription> indexes(Connection connection, TableRef table) throws SQLException;

    /** A table's primary key, unique, foreign-key and check constraints. */
    public abstract List<ConstraintDescription> constraints(Connection connection, TableRef table) throws SQLException;

    /** The user schemas (only where {@link Capabilities#schemas()}). */
    public List<String> schemas(Connection connection) throws SQLException {
        return List.of();
    }

    // ---- planning changes ----------------------------------------------------------------------

    /** CREATE TABLE with everything the table needs. */
    public DdlPlan createTable(Connection connection, TableSpec table) throws SQLException {
        return DdlPlan.of(ddl().createTable(table));
    }

    /** DROP TABLE IF EXISTS, {@code cascade} as {@link DdlGenerator#dropTable} does it. */
    public DdlPlan dropTable(Connection connection, TableRef table, boolean cascade) throws SQLException {
        return DdlPlan.of(ddl().dropTable(table, cascade));
    }

    /**
     * Drops several tables, given referencing tables first; where the database can switch its
     * foreign-key checks off for the session (MySQL) it does so around the drops, elsewhere each drop
     * cascades (PostgreSQL), so references between the tables, or from tables kept, do not stop it.
     */
    public DdlPlan dropTables(Connection connection, List<TableRef> tables) throws SQLException {
        List<String> statements = new ArrayList<>(ddl().beforeDropAll());
        boolean checksOn = statements.isEmpty();
        for (TableRef table : tables) {
            statements.addAll(ddl().dropTable(table, checksOn));
        }
        statements.addAll(ddl().afterDropAll());
        return DdlPlan.of(statements);
    }

    /** Renames a table within its schema. */
    public DdlPlan renameTable(Connection connection, TableRef from, TableRef to) throws SQLException {
        return DdlPlan.of(List.of("ALTER TABLE " + table(from) + " RENAME TO " + q(to.name())));
    }

    /**
     * Adds a column with, optionally, the foreign key it carries and a unique constraint over it.
     *
     * @param table the table (its options matter where a column needs a type of its own, such as an enum)
     * @param fk the column's reference, or null
     * @param unique a unique constraint over the column, or null
     */
    public DdlPlan addColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                             TableSpec.UniqueSpec unique) throws SQLException {
        List<String> statements = new ArrayList<>(ddl().addColumn(table, column, fk));
        if (column.primaryKey()) {
            // The first statement is the ADD COLUMN itself; MySQL needs an AUTO_INCREMENT column keyed in it.
            statements.set(0, statements.get(0) + " PRIMARY KEY");
        }
        statements.addAll(afterColumnChange(table, column));
        if (unique != null) {
            statements.addAll(addConstraintStatements(table.table(), new ConstraintSpec.Unique(unique.name(),
                    unique.columns())));
        }
        return DdlPlan.of(statements);
    }

    /** Statements after a column was added or changed: by default none (PostgreSQL writes comments separately). */
    protected List<String> afterColumnChange(TableSpec table, ColumnSpec column) {
        return List.of();
    }

    /** Drops a column (and, where the database needs it first, the foreign keys it is part of). */
    public DdlPlan removeColumn(Connection connection, TableRef table, String column) throws SQLException {
        return DdlPlan.of(ddl().removeColumn(table, column));
    }

    /**
     * Changes a column's type, nullability, default and comment; replaces the foreign keys over exactly
     * this column when {@code fk} is given, and adds {@code unique} unless a unique constraint over the
     * column exists.
     */
    public DdlPlan changeColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                                TableSpec.UniqueSpec unique) throws SQLException {
        return changeColumn(connection, table, column, fk, unique, true);
    }

    /**
     * {@link #changeColumn(Connection, TableSpec, ColumnSpec, ForeignKeySpec, TableSpec.UniqueSpec)}, told
     * whether the type changes: the schema diff knows, and a database that would retype the column anyway
     * (PostgreSQL's ALTER COLUMN … TYPE) refuses that for a column a view reads.
     */
    public DdlPlan changeColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                                TableSpec.UniqueSpec unique, boolean typeChanges) throws SQLException {
        List<String> statements = new ArrayList<>(typeChanges ? ddl().changeColumn(table, column)
                : ddl().changeColumnKeepingType(table, column));
        statements.addAll(afterColumnChange(table, column));
        List<ConstraintDescription> existing = fk != null || unique != null
                ? constraints(connection, table.table()) : List.of();
        if (fk != null) {
            for (ConstraintDescription c : existing) {
                if (c.type() == ConstraintDescription.Type.FOREIGN_KEY && c.columns().equals(List.of(column.name()))) {
                    statements.addAll(removeConstraintStatements(table.table(), c));
                }
            }
            statements.addAll(ddl().addForeignKey(table.table(), fk));
        }
        if (unique != null && existing.stream().noneMatch(c -> (c.type() == ConstraintDescription.Type.UNIQUE
                || c.type() == ConstraintDescription.Type.PRIMARY_KEY) && c.columns().equals(List.of(column.name())))) {
            statements.addAll(addConstraintStatements(table.table(), new ConstraintSpec.Unique(unique.name(),
                    unique.columns())));
        }
        return DdlPlan.of(statements);
    }

    /** Renames a column. */
    public DdlPlan renameColumn(Connection connection, TableRef table, String from, String to) throws SQLException {
        return DdlPlan.of(List.of("ALTER TABLE " + table(table) + " RENAME COLUMN " + q(from) + " TO " + q(to)));
    }

    /** Adds a constraint to an existing table. */
    public DdlPlan addConstraint(Connection connection, TableRef table, ConstraintSpec constraint) throws SQLException {
        return DdlPlan.of(addConstraintStatements(table, constraint));
    }

    /** ALTER TABLE … ADD for a constraint. */
    protected List<String> addConstraintStatements(TableRef table, ConstraintSpec constraint) {
        String prefix = "ALTER TABLE " + table(table) + " ADD ";
        if (constraint instanceof ConstraintSpec.Unique unique) {
            return List.of(prefix + ddl().uniqueConstraint(null, new TableSpec.UniqueSpec(unique.name(), unique.columns())));
        }
        if (constraint instanceof ConstraintSpec.PrimaryKey key) {
            return List.of(prefix + "CONSTRAINT " + q(key.name()) + " PRIMARY KEY (" + ddl().columns(key.columns()) + ")");
        }
        if (constraint instanceof ConstraintSpec.ForeignKey fk) {
            return ddl().addForeignKey(table, fk.foreignKey());
        }
        ConstraintSpec.Check check = (ConstraintSpec.Check) constraint;
        return List.of(prefix + ddl().checkConstraint(check.check()));
    }

    /** Removes a constraint the catalog reported. */
    public DdlPlan removeConstraint(Connection connection, TableRef table, ConstraintDescription constraint)
            throws SQLException {
        return DdlPlan.of(removeConstraintStatements(table, constraint));
    }

    /** ALTER TABLE … DROP CONSTRAINT. */
    protected List<String> removeConstraintStatements(TableRef table, ConstraintDescription constraint) {
        return List.of("ALTER TABLE " + table(table) + " DROP CONSTRAINT " + q(constraint.name()));
    }

    /**
     * Sets a column's default (its constant or expression), or drops it when the column has none;
     * Sequelize's "default constraint", which these databases keep on the column rather than as a
     * named constraint.
     */
    public DdlPlan setDefault(Connection connection, TableSpec table, ColumnSpec column) throws SQLException {
        String prefix = "ALTER TABLE " + table(table.table()) + " ALTER COLUMN " + q(column.name());
        String clause = ddl().defaultClause(column);
        return DdlPlan.of(List.of(prefix + (clause.isEmpty() ? " DROP DEFAULT" : " SET" + clause)));
    }

    /**
     * A table's comment, or null when it has none or the database keeps no table comments (only where
     * {@link Capabilities#comments()} does the dialect read one).
     */
    public String tableComment(Connection connection, TableRef table) throws SQLException {
        return null;
    }

    /** The statements that set a table's comment, or remove it when {@code comment} is null. */
    public List<String> changeTableComment(TableRef table, String comment) {
        dialect.requireCapability(dialect.capabilities().comments(), "table comments");
        throw new UnsupportedOperationException("The " + dialect.name() + " dialect writes no table comments");
    }

    /** Removes an index by name. */
    public DdlPlan removeIndex(Connection connection, TableRef table, String index) throws SQLException {
        return DdlPlan.of(dropIndex(table, index));
    }

    /** DROP INDEX. */
    public List<String> dropIndex(TableRef table, String index) {
        String name = table.schema() == null ? q(index) : q(table.schema()) + "." + q(index);
        return List.of("DROP INDEX " + name);
    }

    // ---- databases --------------------------------------------------------------------------

    /**
     * Whether the database server holds several databases that SQL can create and drop (PostgreSQL,
     * MySQL/MariaDB); a SQLite database is its file.
     */
    public boolean databases() {
        return false;
    }

    /** CREATE DATABASE with the options this database reads (only where {@link #databases()}). */
    public List<String> createDatabase(String name, DatabaseSpec options) {
        throw new QueryError("The " + dialect.name() + " dialect cannot create databases");
    }

    /** DROP DATABASE IF EXISTS (only where {@link #databases()}). */
    public List<String> dropDatabase(String name) {
        throw new QueryError("The " + dialect.name() + " dialect cannot drop databases");
    }

    /**
     * Why {@link #createDatabase} and {@link #dropDatabase} are refused where {@link #databases()} is
     * false, for the error the caller gets.
     */
    public String noDatabases() {
        return "the " + dialect.name() + " dialect has no databases to create or drop with SQL";
    }

    /** DROP SCHEMA, with the objects in it when {@code cascade}. */
    public List<String> dropSchema(String schema, boolean cascade) {
        throw new QueryError("The " + dialect.name() + " dialect has no schemas to drop");
    }

    // ---- enum types (PostgreSQL) --------------------------------------------------------------

    /** The enum types by schema-qualified name, each with its values in order. */
    public java.util.Map<TableRef, List<String>> enums(Connection connection, String schema) throws SQLException {
        throw new QueryError("The " + dialect.name() + " dialect has no enum types of its own");
    }

    /** CREATE TYPE … AS ENUM. */
    public List<String> createEnum(TableRef name, List<String> values) {
        throw new QueryError("The " + dialect.name() + " dialect has no enum types of its own");
    }

    /**
     * ALTER TYPE … ADD VALUE.
     *
     * @param before the value the new one goes before, or null
     * @param after the value the new one goes after, or null
     */
    public List<String> addEnumValue(TableRef name, String value, String before, String after) {
        throw new QueryError("The " + dialect.name() + " dialect has no enum types of its own");
    }

    /** DROP TYPE. */
    public List<String> dropEnum(TableRef name) {
        throw new QueryError("The " + dialect.name() + " dialect has no enum types of its own");
    }

    // ---- helpers for the dialects' catalog queries ---------------------------------------------

    /** One row of a catalog query, read by column position. */
    protected interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a catalog query with string parameters (null allowed) and reads every row. */
    protected static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, String... parameters)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        }
        return rows;
    }
}
