package org.sequelize4j.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.DefaultText;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ConstraintSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * SQLite's side of the QueryInterface: the live schema read with the {@code pragma_…} table functions
 * and from the stored CREATE TABLE statements (the only place SQLite keeps constraint names), and
 * changes SQLite's ALTER TABLE cannot make done by rebuilding the table ({@link SqliteTableRebuild},
 * with the edits in {@link SqliteEdits}). A schema-qualified table is SQLite's {@code schema.table}
 * name, as everywhere in Sequelize4j.
 */
final class SqliteSchemaEditor extends SchemaEditor {

    private final SqliteDdl ddl;
    private final SqliteTableRebuild rebuild;
    private final SqliteConstraints constraints = new SqliteConstraints();

    SqliteSchemaEditor(SqliteDialect dialect, SqliteDdl ddl) {
        super(dialect);
        this.ddl = ddl;
        this.rebuild = new SqliteTableRebuild(dialect);
    }

    /**
     * Views and triggers that name the table are dropped and made again (the rename at the end of a
     * rebuild fails on a view that reads a table gone, and dropping the old table drops its triggers),
     * and an AUTOINCREMENT counter is put back where it was.
     */
    @Override
    public RebuildSurroundings rebuildSurroundings(Connection connection, TableRef table) throws SQLException {
        SqliteTableRebuild.Dependents dependents = rebuild.dependents(connection, full(table));
        List<String> after = new java.util.ArrayList<>(dependents.again());
        String sequence = rebuild.keepSequence(connection, full(table));
        if (sequence != null) {
            after.add(sequence);
        }
        return new RebuildSurroundings(dependents.drops(), after);
    }

    /** The name SQLite files a table under: the schema, when there is one, is a prefix. */
    static String full(TableRef table) {
        return table.schema() == null ? table.name() : table.schema() + "." + table.name();
    }

    /** A one-column query's strings. */
    static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        return query(connection, sql, rs -> rs.getString(1), parameters);
    }

    @Override
    public org.sequelize4j.dialect.SchemaComparison comparison() {
        return new SqliteSchemaComparison(dialect);
    }

    @Override
    public String noDatabases() {
        return "a SQLite database is its file, which connecting to it creates; there is no CREATE or DROP"
                + " DATABASE (ATTACH opens another file on the same connection): create the file by connecting"
                + " and drop it by deleting the file";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    public List<TableRef> tables(Connection connection) throws SQLException {
        return query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
                + " ESCAPE '\\' ORDER BY name", rs -> new TableRef(null, rs.getString(1), null));
    }

    @Override
    public List<ColumnDescription> columns(Connection connection, TableRef table) throws SQLException {
        String name = full(table);
        List<Object[]> rows = query(connection, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"
                + " ORDER BY cid", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3) == 1,
                rs.getString(4), rs.getInt(5)}, name);
        long keys = rows.stream().filter(r -> (Integer) r[4] > 0).count();
        List<String> triggers = rows.isEmpty() ? List.of()
                : strings(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", name);
        String stored = rows.isEmpty() ? null : SqliteTableRebuild.tableSql(connection, name);
        SqliteTableSql definition = stored == null ? null : SqliteTableSql.parse(stored);
        List<ColumnDescription> columns = new ArrayList<>();
        for (Object[] r : rows) {
            String column = (String) r[0];
            String type = r[1] == null ? "" : (String) r[1];
            boolean key = (Integer) r[4] > 0;
            // An INTEGER PRIMARY KEY is the rowid, which SQLite numbers itself; other columns Sequelize4j
            // auto-increments get a trigger named after them.
            boolean autoIncrement = key && keys == 1 && type.equalsIgnoreCase("INTEGER")
                    || triggers.contains(table.name() + "_" + column + "_autoincrement");
            String defaultSql = (String) r[3];
            DataType dataType = dataType(type);
            SqliteTableSql.Column declared = definition == null ? null : definition.column(column);
            SqliteTableSql.Clause collate = declared == null ? null : declared.clause("COLLATE");
            if (dataType != null && dataType.kind() == DataType.Kind.TEXT && collate != null
                    && collate.text().toUpperCase(Locale.ROOT).endsWith("NOCASE")) {
                // Sequelize4j's CITEXT on SQLite: TEXT compared without regard to case.
                dataType = DataTypes.CITEXT;
            }
            columns.add(new ColumnDescription(column, DefaultText.upperType(type), !(Boolean) r[2] && !key,
                    DefaultText.constant(defaultSql, false), key, autoIncrement, null, List.of(), defaultSql,
                    dataType));
        }
        return columns;
    }

    /** The data type of a declared SQLite column type (as Sequelize4j writes them), or null. */
    static DataType dataType(String declared) {
        String t = declared.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "DATETIME": return DataTypes.DATE;
            case "DATE": return DataTypes.DATEONLY;
            case "TINYINT(1)": return DataTypes.BOOLEAN;
            case "DOUBLE PRECISION": case "DOUBLE": return DataTypes.DOUBLE;
            case "VARCHAR(255)": return DataTypes.STRING;
            default: break;
        }
        if (t.startsWith("VARCHAR BINARY(") || t.startsWith("CHAR BINARY(")) {
            int length = Integer.parseInt(t.replaceAll("\\D", ""));
            return t.startsWith("VARCHAR") ? DataTypes.STRING(length, true) : DataTypes.CHAR(length).BINARY();
        }
        try {
            return DataType.parse(t.replace(" UNSIGNED", ".UNSIGNED"));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public List<IndexDescription> indexes(Connection connection, TableRef table) throws SQLException {
        String name = full(table);
        List<IndexDescription> result = new ArrayList<>();
        for (Object[] index : query(connection, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"
                + " ORDER BY name", rs -> new Object[] {rs.getString(1), rs.getInt(2) == 1, rs.getString(3),
                rs.getInt(4) == 1}, name)) {
            String indexName = (String) index[0];
            List<String> stored = strings(connection, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                    indexName);
            String sql = stored.isEmpty() ? null : stored.get(0);
            List<String> expressions = sql == null ? List.of() : SqliteIndexSql.keys(sql);
            List<IndexDescription.Field> fields = new ArrayList<>();
            for (Object[] key : query(connection, "SELECT name, \"desc\", coll, cid, seqno FROM pragma_index_xinfo(?)"
                    + " WHERE key = 1 ORDER BY seqno", rs -> new Object[] {rs.getString(1), rs.getInt(2) == 1,
                    rs.getString(3), rs.getInt(4), rs.getInt(5)}, indexName)) {
                String collate = key[2] == null || "BINARY".equalsIgnoreCase((String) key[2]) ? null : (String) key[2];
                int at = (Integer) key[4];
                String expression = (Integer) key[3] == -2 && at < expressions.size() ? expressions.get(at) : null;
                fields.add(new IndexDescription.Field((String) key[0], expression, (Boolean) key[1], null, collate));
            }
            String where = (Boolean) index[3] && sql != null ? SqliteIndexSql.where(sql) : null;
            result.add(new IndexDescription(indexName, table.name(), (Boolean) index[1], "pk".equals(index[2]), fields,
                    null, where));
        }
        return result;
    }

    @Override
    public List<ConstraintDescription> constraints(Connection connection, TableRef table) throws SQLException {
        String sql = SqliteTableRebuild.tableSql(connection, full(table));
        if (sql == null) {
            return List.of();
        }
        List<ConstraintDescription> result = new ArrayList<>(constraints.describe(connection, table.name(),
                SqliteTableSql.parse(sql)));
        // Unique keys are created as named unique indexes (SQLite has no other way to name them, and the
        // guarantee is the same): they are the table's unique constraints too.
        List<String> created = createdIndexes(connection, table);
        for (IndexDescription index : indexes(connection, table)) {
            if (isUniqueKey(index, created)) {
                result.add(new ConstraintDescription(index.name(), ConstraintDescription.Type.UNIQUE, table.name(),
                        index.fields().stream().map(IndexDescription.Field::attribute).toList(), null, List.of(), null,
                        null, null, null));
            }
        }
        return result;
    }

    /** A unique index made by CREATE UNIQUE INDEX (one of {@code created}) over plain columns, without a WHERE. */
    private static boolean isUniqueKey(IndexDescription index, List<String> created) {
        return index.unique() && !index.primary() && index.where() == null && created.contains(index.name())
                && index.fields().stream().noneMatch(f -> f.attribute() == null || f.expression() != null);
    }

    /** The table's indexes written as CREATE INDEX (SQLite's own, for keys and constraints, have no SQL). */
    private static List<String> createdIndexes(Connection connection, TableRef table) throws SQLException {
        return strings(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                + " AND sql IS NOT NULL", full(table));
    }

    // ---- changes ---------------------------------------------------------------------------------

    /**
     * PRAGMA foreign_keys cannot change inside a transaction: outside one the plan switches them off
     * around its own; inside one, with them on, dropping a table others reference would run their
     * ON DELETE actions, so the plan refuses.
     */
    private DdlPlan withoutForeignKeys(Connection connection, String operation, List<String> statements,
                                       List<String> tables) throws SQLException {
        if (!SqliteTableRebuild.foreignKeysOn(connection)) {
            return DdlPlan.of(statements);
        }
        if (connection.getAutoCommit()) {
            return new DdlPlan(List.of("PRAGMA foreign_keys = OFF"), statements, List.of("PRAGMA foreign_keys = ON"), null);
        }
        for (String table : tables) {
            List<String> referencing = new ArrayList<>(SqliteTableRebuild.referencingTables(connection, table));
            referencing.removeIf(other -> other.equalsIgnoreCase(table) || tables.stream().anyMatch(other::equalsIgnoreCase));
            if (!referencing.isEmpty()) {
                throw new org.sequelize4j.errors.SchemaChangeError(operation, table, null, "tables " + referencing
                        + " reference it, and SQLite cannot switch foreign keys off inside a transaction; run it"
                        + " outside the transaction, or switch foreign keys off before the transaction begins");
            }
        }
        return DdlPlan.of(statements);
    }

    @Override
    public DdlPlan dropTable(Connection connection, TableRef table, boolean cascade) throws SQLException {
        String drop = "DROP TABLE IF EXISTS " + q(full(table));
        return cascade ? withoutForeignKeys(connection, "dropTable", List.of(drop), List.of(full(table)))
                : DdlPlan.of(List.of(drop));
    }

    @Override
    public DdlPlan dropTables(Connection connection, List<TableRef> tables) throws SQLException {
        List<String> statements = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (TableRef table : tables) {
            statements.add("DROP TABLE IF EXISTS " + q(full(table)));
            names.add(full(table));
        }
        return withoutForeignKeys(connection, "dropAllTables", statements, names);
    }

    @Override
    public DdlPlan renameTable(Connection connection, TableRef from, TableRef to) throws SQLException {
        return DdlPlan.of(List.of("ALTER TABLE " + q(full(from)) + " RENAME TO " + q(full(to))));
    }

    /** A column's definition as a table element: name, type, NOT NULL, DEFAULT (and INTEGER PRIMARY KEY AUTOINCREMENT). */
    String columnElement(TableSpec table, ColumnSpec column) {
        return q(column.name()) + " " + ddl.columnDefinition(table, column);
    }

    @Override
    public DdlPlan addColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                             TableSpec.UniqueSpec unique) throws SQLException {
        // ALTER TABLE … ADD COLUMN takes no key, no non-constant default, no NOT NULL without a default,
        // and, with foreign keys on, no reference with a default; anything else rebuilds the table.
        boolean plain = !column.primaryKey() && unique == null && !column.autoIncrement()
                && column.defaultExpression() == null && (column.allowNull() || column.defaultValue() != null)
                && (fk == null || column.defaultValue() == null);
        if (plain) {
            return DdlPlan.of(ddl.addColumn(table, column, fk));
        }
        SqliteEdits edits = edits(table);
        return withAfter(rebuild.plan(connection, full(table.table()), "addColumn",
                edits.addColumn(column, fk, unique)), column, table);
    }

    /** A non-key auto-incremented column gets its trigger once the table is rebuilt. */
    private DdlPlan withAfter(DdlPlan plan, ColumnSpec column, TableSpec table) {
        List<String> statements = new ArrayList<>(plan.statements());
        statements.addAll(ddl.afterCreateTable(new TableSpec(table.table(), List.of(column), List.of(), List.of(),
                List.of(), List.of(), table.options())));
        return new DdlPlan(plan.beforeTransaction(), statements, plan.afterTransaction(), plan.check());
    }

    private SqliteEdits edits(TableSpec table) {
        return new SqliteEdits(this, table);
    }

    @Override
    public DdlPlan removeColumn(Connection connection, TableRef table, String column) throws SQLException {
        String name = full(table);
        for (String referencing : SqliteTableRebuild.referencingTables(connection, name)) {
            List<String> columns = strings(connection, "SELECT \"to\" FROM pragma_foreign_key_list(?)"
                    + " WHERE \"table\" = ? COLLATE NOCASE", referencing, name);
            if (columns.stream().anyMatch(c -> c != null && c.equalsIgnoreCase(column))) {
                throw new org.sequelize4j.errors.SchemaChangeError("removeColumn", name, column,
                        "table " + referencing + " has a foreign key to this column; remove that first");
            }
        }
        return rebuild.plan(connection, name, "removeColumn", edits(spec(table)).removeColumn(column));
    }

    /** A rebuild whatever changes (SQLite changes no column in place), so whether the type does is moot. */
    @Override
    public DdlPlan changeColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                                TableSpec.UniqueSpec unique, boolean typeChanges) throws SQLException {
        return withAfter(rebuild.plan(connection, full(table.table()), "changeColumn",
                edits(table).changeColumn(column, fk, unique)), column, table);
    }

    @Override
    public DdlPlan renameColumn(Connection connection, TableRef table, String from, String to) throws SQLException {
        if (supportsRenameColumn(connection)) {
            return DdlPlan.of(List.of("ALTER TABLE " + q(full(table)) + " RENAME COLUMN " + q(from) + " TO " + q(to)));
        }
        return renameColumnByRebuild(connection, table, from, to);
    }

    /** RENAME COLUMN by rebuilding the table, for SQLite before 3.25, which lacks it. */
    DdlPlan renameColumnByRebuild(Connection connection, TableRef table, String from, String to) throws SQLException {
        return rebuild.plan(connection, full(table), "renameColumn", edits(spec(table)).renameColumn(from, to));
    }

    private static boolean supportsRenameColumn(Connection connection) throws SQLException {
        String[] version = strings(connection, "SELECT sqlite_version()").get(0).split("\\.");
        int major = Integer.parseInt(version[0]);
        int minor = version.length > 1 ? Integer.parseInt(version[1]) : 0;
        return major > 3 || major == 3 && minor >= 25;
    }

    @Override
    public DdlPlan addConstraint(Connection connection, TableRef table, ConstraintSpec constraint) throws SQLException {
        return rebuild.plan(connection, full(table), "addConstraint", edits(spec(table)).addConstraint(constraint));
    }

    @Override
    public DdlPlan removeConstraint(Connection connection, TableRef table, ConstraintDescription constraint)
            throws SQLException {
        if (constraint.type() == ConstraintDescription.Type.UNIQUE && constraint.name() != null) {
            List<String> created = createdIndexes(connection, table);
            for (IndexDescription index : indexes(connection, table)) {
                if (index.name().equals(constraint.name()) && isUniqueKey(index, created)) {
                    return DdlPlan.of(dropIndex(table, index.name()));
                }
            }
        }
        return rebuild.plan(connection, full(table), "removeConstraint",
                edits(spec(table)).removeConstraint(constraint.name()));
    }

    @Override
    public DdlPlan setDefault(Connection connection, TableSpec table, ColumnSpec column) throws SQLException {
        return rebuild.plan(connection, full(table.table()), "addConstraint", edits(table).setDefault(column));
    }

    @Override
    public List<String> dropIndex(TableRef table, String index) {
        // Index names are the database's, not prefixed with the table's schema.
        return List.of("DROP INDEX " + q(index));
    }

    private static TableSpec spec(TableRef table) {
        return new TableSpec(table, List.of(), List.of(), List.of(), List.of(), List.of(),
                new TableSpec.TableOptions(null, null, null, null, null));
    }

    // For SqliteEdits, which writes the pieces of new definitions.

    String quote(String identifier) {
        return q(identifier);
    }

    String references(ForeignKeySpec fk) {
        return referencesSql(fk);
    }

    String tableForeignKey(ForeignKeySpec fk) {
        return foreignKeySql(fk);
    }

    String unique(TableSpec.UniqueSpec unique) {
        return uniqueSql(unique);
    }

    String check(org.sequelize4j.sql.CheckSpec check) {
        return checkSql(check);
    }

    String columnList(List<String> columns) {
        return columnsSql(columns);
    }

    String defaultClause(ColumnSpec column) {
        return defaultSql(column);
    }
}
