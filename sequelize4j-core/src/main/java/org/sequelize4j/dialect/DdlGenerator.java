package org.sequelize4j.dialect;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.sql.CheckSpec;
import org.sequelize4j.sql.ColumnUse;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * Writes schema statements (CREATE/DROP TABLE, indexes, column changes) for one dialect. The shared
 * shape lives here; dialects override the parts their databases spell differently.
 */
public abstract class DdlGenerator {

    /** The dialect this generator writes for. */
    protected final Dialect dialect;

    protected DdlGenerator(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Quotes an identifier. */
    protected String q(String identifier) {
        return dialect.quoteIdentifier(identifier);
    }

    /** The statements creating a table (and what it needs: enum types, comments). */
    public List<String> createTable(TableSpec table) {
        List<String> statements = new ArrayList<>(beforeCreateTable(table));
        statements.add(createTableStatement(table));
        statements.addAll(afterCreateTable(table));
        return statements;
    }

    /** The CREATE TABLE statement alone. */
    protected String createTableStatement(TableSpec table) {
        StringBuilder sb = new StringBuilder("CREATE TABLE IF NOT EXISTS ");
        sb.append(dialect.tableName(table.table())).append(" (");
        List<String> parts = new ArrayList<>();
        boolean inlinePrimaryKey = false;
        for (ColumnSpec column : table.columns()) {
            String definition = q(column.name()) + " " + columnDefinition(table, column);
            if (column.primaryKey() && table.primaryKey().size() == 1 && primaryKeyInline(column)) {
                inlinePrimaryKey = true;
            }
            parts.add(definition);
        }
        if (!table.primaryKey().isEmpty() && !inlinePrimaryKey) {
            parts.add("PRIMARY KEY (" + columns(table.primaryKey()) + ")");
        }
        for (TableSpec.UniqueSpec unique : table.uniqueKeys()) {
            parts.add(uniqueConstraint(table, unique));
        }
        for (ForeignKeySpec fk : table.foreignKeys()) {
            parts.add(foreignKey(fk));
        }
        for (CheckSpec check : table.checks()) {
            parts.add(checkConstraint(check));
        }
        sb.append(String.join(", ", parts)).append(')');
        sb.append(tableOptions(table));
        return sb.toString();
    }

    /** Statements needed before CREATE TABLE (PostgreSQL enum types). */
    protected List<String> beforeCreateTable(TableSpec table) {
        return List.of();
    }

    /** Statements after CREATE TABLE (PostgreSQL comments, SQLite triggers). */
    protected List<String> afterCreateTable(TableSpec table) {
        return List.of();
    }

    /** Text after the closing parenthesis of CREATE TABLE (MySQL engine, charset, comment). */
    protected String tableOptions(TableSpec table) {
        return "";
    }

    /** Whether a single-column primary key is written on the column itself. */
    protected boolean primaryKeyInline(ColumnSpec column) {
        return false;
    }

    /** A column's definition after its name: type, NOT NULL, DEFAULT, and dialect extras. */
    public abstract String columnDefinition(TableSpec table, ColumnSpec column);

    /** The DEFAULT clause of a column, or an empty string. */
    protected String defaultClause(ColumnSpec column) {
        if (column.defaultExpression() != null) {
            return " DEFAULT " + column.defaultExpression();
        }
        if (column.defaultValue() != null) {
            return " DEFAULT " + dialect.literal(column.defaultValue(), column.type());
        }
        return "";
    }

    /**
     * A table-level unique constraint, named so that {@code sync({alter})} recognises it later instead of
     * adding it again.
     */
    protected String uniqueConstraint(TableSpec table, TableSpec.UniqueSpec unique) {
        return "CONSTRAINT " + q(unique.name()) + " UNIQUE (" + columns(unique.columns()) + ")";
    }

    /**
     * A named table-level CHECK constraint; its condition arrives rendered, with constants already
     * written as this dialect's literals.
     */
    protected String checkConstraint(CheckSpec check) {
        String condition = "CHECK (" + check.sql() + ")";
        return check.name() == null ? condition : "CONSTRAINT " + q(check.name()) + " " + condition;
    }

    /** A table-level foreign key. */
    protected String foreignKey(ForeignKeySpec fk) {
        StringBuilder sb = new StringBuilder();
        if (fk.name() != null) {
            sb.append("CONSTRAINT ").append(q(fk.name())).append(' ');
        }
        sb.append("FOREIGN KEY (").append(columns(fk.columns())).append(") ").append(referencesClause(fk));
        return sb.toString();
    }

    /** {@code REFERENCES target (columns)} with the actions and deferrable mode of a foreign key. */
    protected String referencesClause(ForeignKeySpec fk) {
        StringBuilder sb = new StringBuilder("REFERENCES ");
        sb.append(dialect.tableName(fk.target())).append(" (").append(columns(fk.targetColumns())).append(')');
        if (fk.onDelete() != null) {
            sb.append(" ON DELETE ").append(fk.onDelete().sql());
        }
        if (fk.onUpdate() != null) {
            sb.append(" ON UPDATE ").append(fk.onUpdate().sql());
        }
        if (fk.deferrable() != null && dialect.capabilities().deferrableConstraints()) {
            sb.append(' ').append(fk.deferrable().sql());
        }
        return sb.toString();
    }

    /** Quoted, comma-separated column names. */
    protected String columns(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(q(names.get(i)));
        }
        return sb.toString();
    }

    /** DROP TABLE (IF EXISTS), cascading to dependent objects where the database can. */
    public List<String> dropTable(TableRef table, boolean cascade) {
        return List.of("DROP TABLE IF EXISTS " + dialect.tableName(table) + (cascade ? " CASCADE" : ""));
    }

    /**
     * Whether DROP TABLE deletes the rows first, running the ON DELETE actions of the tables that
     * reference it (SQLite with foreign keys on), instead of refusing or removing their constraints.
     */
    public boolean dropRunsReferentialActions() {
        return false;
    }

    /** Empties a table. */
    public List<String> truncate(TableRef table, boolean cascade, boolean restartIdentity) {
        return List.of("TRUNCATE TABLE " + dialect.tableName(table));
    }

    /** CREATE INDEX. */
    public List<String> createIndex(IndexSpec index, SqlRenderer renderer) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (index.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ");
        if (index.concurrently() && buildsIndexesConcurrently()) {
            sb.append("CONCURRENTLY ");
        }
        sb.append(createIndexIfNotExists()).append(q(index.name())).append(" ON ").append(dialect.tableName(index.table()));
        if (index.using() != null && dialect.capabilities().indexUsing()) {
            sb.append(" USING ").append(indexMethod(index.using()));
        }
        sb.append(" (");
        for (int i = 0; i < index.fields().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(indexField(index.fields().get(i)));
        }
        sb.append(')');
        if (index.where() != null) {
            dialect.requireCapability(dialect.capabilities().partialIndexes(), "partial indexes (index '" + index.name() + "')");
            sb.append(" WHERE ").append(renderer.inline(index.where()));
        }
        return List.of(sb.toString());
    }

    /** Whether CREATE INDEX CONCURRENTLY exists (PostgreSQL); elsewhere the option is ignored. */
    protected boolean buildsIndexesConcurrently() {
        return false;
    }

    /** The {@code IF NOT EXISTS } of CREATE INDEX, where supported. */
    protected String createIndexIfNotExists() {
        return "IF NOT EXISTS ";
    }

    /**
     * Why this dialect cannot create an index with these features, or null when it can; asked when a
     * model is defined, so that a definition fails at once rather than halfway through a sync.
     *
     * @param partial whether the index has a where condition
     * @param using the access method or null
     * @param type the MySQL index type (FULLTEXT, SPATIAL) or null
     */
    public String indexProblem(boolean partial, String using, String type) {
        if (partial && !dialect.capabilities().partialIndexes()) {
            return "the " + dialect.name() + " dialect has no partial indexes (where)";
        }
        // A misspelt method is reported everywhere, though dialects without USING ignore valid ones.
        if (using != null) {
            String method = using.trim().toUpperCase(java.util.Locale.ROOT);
            if (!INDEX_METHODS.contains(method)) {
                return "unknown index method '" + using + "'; expected BTREE, HASH, GIN, GIST, SPGIST or BRIN";
            }
        }
        if (type != null && !type.equalsIgnoreCase("UNIQUE")) {
            return "index type " + type + " is only known to MySQL/MariaDB";
        }
        return null;
    }

    /** The index access methods known to any dialect (PostgreSQL has them all). */
    private static final List<String> INDEX_METHODS = List.of("BTREE", "HASH", "GIN", "GIST", "SPGIST", "BRIN");

    /** Checks and normalises an index access method. */
    protected String indexMethod(String using) {
        String method = using.trim().toUpperCase(java.util.Locale.ROOT);
        if (!INDEX_METHODS.contains(method)) {
            throw new org.sequelize4j.errors.QueryError("Unknown index method '" + using
                    + "'; expected BTREE, HASH, GIN, GIST, SPGIST or BRIN");
        }
        return method;
    }

    /** One indexed field. */
    protected String indexField(IndexSpec.Field field) {
        StringBuilder sb = new StringBuilder(q(field.column()));
        if (field.collate() != null) {
            sb.append(" COLLATE ").append(q(field.collate()));
        }
        if (field.descending()) {
            sb.append(" DESC");
        } else if (field.ascendingExplicit()) {
            sb.append(" ASC");
        }
        return sb.toString();
    }

    /** ALTER TABLE … ADD COLUMN. */
    public List<String> addColumn(TableSpec table, ColumnSpec column) {
        return List.of("ALTER TABLE " + dialect.tableName(table.table()) + " ADD COLUMN " + q(column.name()) + " "
                + columnDefinition(table, column));
    }

    /**
     * Adds a column and, when it is a foreign key, its constraint (by default with a separate
     * ALTER TABLE … ADD FOREIGN KEY).
     */
    public List<String> addColumn(TableSpec table, ColumnSpec column, ForeignKeySpec fk) {
        List<String> statements = new ArrayList<>(addColumn(table, column));
        if (fk != null) {
            statements.addAll(addForeignKey(table.table(), fk));
        }
        return statements;
    }

    /**
     * Whether a foreign key can be added to an existing column (SQLite cannot add constraints to a table,
     * only new columns with a REFERENCES clause).
     */
    public boolean canAddForeignKeys() {
        return true;
    }

    /** Statements that change a column's type, nullability and default, where the dialect can. */
    public abstract List<String> changeColumn(TableSpec table, ColumnSpec column);

    /**
     * {@link #changeColumn} for a column whose type stays as it is (its nullability, default or comment
     * change); the full change by default, where stating the type again costs nothing.
     */
    public List<String> changeColumnKeepingType(TableSpec table, ColumnSpec column) {
        return changeColumn(table, column);
    }

    /**
     * The values an existing ENUM column allows, in order, or null when the dialect keeps no such list
     * (SQLite stores ENUMs as TEXT). {@code sync({alter})} changes the column when declared values are missing.
     */
    public List<String> enumValues(java.sql.Connection connection, TableRef table, String column)
            throws java.sql.SQLException {
        return null;
    }

    /** Runs a one-column catalog query with string parameters; used by {@link #enumValues}. */
    protected static List<String> queryStrings(java.sql.Connection connection, String sql, String... parameters)
            throws java.sql.SQLException {
        List<String> result = new ArrayList<>();
        try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    /** ALTER TABLE … DROP COLUMN. */
    public List<String> removeColumn(TableRef table, String column) {
        return List.of("ALTER TABLE " + dialect.tableName(table) + " DROP COLUMN " + q(column));
    }

    /**
     * The statements dropping a column together with what depends on it, or null when this database
     * can drop such a column only by rebuilding the table ({@link #rebuildTable}). By default the
     * database drops the indexes, keys and foreign keys over the column itself (PostgreSQL).
     */
    public List<String> removeColumn(TableRef table, ColumnUse use) {
        return removeColumn(table, use.column());
    }

    /**
     * A table rebuilt as {@code table} declares it, keeping the rows and the values of {@code kept}, for
     * changes the database cannot make in place; null where {@link #removeColumn(TableRef, ColumnUse)}
     * never asks for it. The indexes the model declares are created again afterwards by the caller.
     */
    public TableRebuild rebuildTable(TableSpec table, List<String> kept) {
        return null;
    }

    /** Whether {@link #rebuildTable} rebuilds tables on this database (else it answers null). */
    public boolean rebuildsTables() {
        return false;
    }

    /**
     * A query returning a row for each row of {@code table} whose foreign key has no referenced row, with
     * the referenced table in the column {@code parent}; null where the database checks foreign keys as
     * they are added, so a table rebuild needs no such check (SQLite rebuilds with foreign keys off).
     */
    public String foreignKeyCheck(TableRef table) {
        return null;
    }

    /**
     * The statements of a table rebuild.
     *
     * @param before run first, outside the transaction (settings a transaction cannot change)
     * @param statements run in one transaction, rolled back if one fails
     * @param after run last, outside the transaction, whether or not the rebuild succeeded
     */
    public record TableRebuild(List<String> before, List<String> statements, List<String> after) {
        public TableRebuild {
            before = List.copyOf(before);
            statements = List.copyOf(statements);
            after = List.copyOf(after);
        }
    }

    /** Adds a foreign key to an existing table (used for cycles of references). */
    public List<String> addForeignKey(TableRef table, ForeignKeySpec fk) {
        return List.of("ALTER TABLE " + dialect.tableName(table) + " ADD " + foreignKey(fk));
    }

    /**
     * Whether CREATE TABLE may reference a table that does not exist yet (SQLite checks references only
     * when rows are written), so cycles of references need no ALTER TABLE afterwards.
     */
    public boolean allowsForwardReferences() {
        return false;
    }

    /** CREATE SCHEMA IF NOT EXISTS, where the dialect has schemas. */
    public List<String> createSchema(String schema) {
        return List.of("CREATE SCHEMA IF NOT EXISTS " + q(schema));
    }

    /** Statements run around dropping several tables (e.g. disabling FK checks on MySQL). */
    public List<String> beforeDropAll() {
        return List.of();
    }

    /** Statements run after dropping several tables. */
    public List<String> afterDropAll() {
        return List.of();
    }
}
