package org.sequelize4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ColumnUse;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * SQLite's schema statements. SQLite can add columns but not change them, has no TRUNCATE, and allows
 * AUTOINCREMENT only on an {@code INTEGER PRIMARY KEY}: other auto-incremented columns get a trigger
 * that fills them after the insert.
 */
final class SqliteDdl extends DdlGenerator {

    SqliteDdl(SqliteDialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean primaryKeyInline(ColumnSpec column) {
        return column.autoIncrement();
    }

    @Override
    public String columnDefinition(TableSpec table, ColumnSpec column) {
        if (column.autoIncrement() && column.primaryKey() && table.primaryKey().size() == 1) {
            return "INTEGER PRIMARY KEY AUTOINCREMENT";
        }
        StringBuilder sb = new StringBuilder(dialect.typeSql(column.type()));
        if (!column.allowNull()) {
            sb.append(" NOT NULL");
        }
        sb.append(defaultClause(column));
        return sb.toString();
    }

    /**
     * Unique keys become named unique indexes after the table rather than constraints inside it: SQLite
     * names a constraint's index {@code sqlite_autoindex_<table>_N} whatever the constraint is called, so
     * only an index of its own carries the name the other databases give the key
     * ({@code <table>_<column>_unique}). It is enforced, and serves ON CONFLICT and foreign keys, alike.
     */
    @Override
    protected String createTableStatement(TableSpec table) {
        return super.createTableStatement(new TableSpec(table.table(), table.columns(), table.primaryKey(), List.of(),
                table.foreignKeys(), table.checks(), table.options()));
    }

    @Override
    protected List<String> afterCreateTable(TableSpec table) {
        List<String> statements = new ArrayList<>();
        String tableName = dialect.tableName(table.table());
        for (TableSpec.UniqueSpec unique : table.uniqueKeys()) {
            statements.add("CREATE UNIQUE INDEX IF NOT EXISTS " + q(unique.name()) + " ON " + tableName + " ("
                    + columns(unique.columns()) + ")");
        }
        for (ColumnSpec column : table.columns()) {
            if (column.autoIncrement() && !(column.primaryKey() && table.primaryKey().size() == 1)) {
                String col = q(column.name());
                statements.add("CREATE TRIGGER IF NOT EXISTS " + q(table.table().name() + "_" + column.name()
                        + "_autoincrement") + " AFTER INSERT ON " + tableName + " FOR EACH ROW WHEN NEW." + col
                        + " IS NULL BEGIN UPDATE " + tableName + " SET " + col + " = (SELECT IFNULL(MAX(" + col
                        + "), 0) + 1 FROM " + tableName + ") WHERE rowid = NEW.rowid; END");
            }
        }
        return statements;
    }

    /**
     * SQLite has no DROP … CASCADE. With {@code cascade}, foreign keys are switched off around the drop,
     * so the referencing tables keep their rows (their references then dangle), as PostgreSQL's CASCADE
     * keeps the rows and removes the constraints; with foreign keys on, the drop would delete or null
     * those rows through their ON DELETE actions.
     */
    @Override
    public List<String> dropTable(TableRef table, boolean cascade) {
        String drop = "DROP TABLE IF EXISTS " + dialect.tableName(table);
        return cascade ? List.of("PRAGMA foreign_keys = OFF", drop, "PRAGMA foreign_keys = ON") : List.of(drop);
    }

    @Override
    public boolean dropRunsReferentialActions() {
        return true;
    }

    @Override
    public List<String> truncate(TableRef table, boolean cascade, boolean restartIdentity) {
        List<String> statements = new ArrayList<>();
        statements.add("DELETE FROM " + dialect.tableName(table));
        if (restartIdentity) {
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + dialect.stringLiteral(table.name()));
        }
        return statements;
    }

    @Override
    public List<String> changeColumn(TableSpec table, ColumnSpec column) {
        // SQLite cannot change a column in place; rebuilding the table is left to migrations.
        return List.of();
    }

    @Override
    public List<String> addColumn(TableSpec table, ColumnSpec column, ForeignKeySpec fk) {
        if (fk == null) {
            return addColumn(table, column);
        }
        // SQLite has no ADD CONSTRAINT; a new column may carry its reference inline.
        return List.of(addColumn(table, column).get(0) + " " + referencesClause(fk));
    }

    /**
     * SQLite drops a column in place only when no constraint needs it: its indexes go first; a column in
     * a foreign key, or in a unique constraint (an {@code sqlite_autoindex_…}, as tables created before
     * unique keys became named indexes have), needs the table rebuilt.
     */
    @Override
    public List<String> removeColumn(TableRef table, ColumnUse use) {
        if (!use.foreignKeys().isEmpty() || use.indexes().stream().anyMatch(i -> i.startsWith("sqlite_autoindex_"))) {
            return null;
        }
        List<String> statements = new ArrayList<>();
        for (String index : use.indexes()) {
            statements.add("DROP INDEX IF EXISTS " + q(index));
        }
        statements.addAll(removeColumn(table, use.column()));
        return statements;
    }

    /**
     * SQLite's own recipe for changes ALTER TABLE cannot make: with foreign keys off, a new table is
     * filled from the old one, which is dropped, and the new one takes its name (tables that reference
     * it by name refer to the new one then). Triggers are created once the table has its name.
     */
    @Override
    public TableRebuild rebuildTable(TableSpec table, List<String> kept) {
        TableRef target = table.table();
        TableRef scratch = new TableRef(target.schema(), target.name() + "_s4j_rebuild", null);
        TableSpec fresh = new TableSpec(scratch, table.columns(), table.primaryKey(), table.uniqueKeys(),
                table.foreignKeys(), table.checks(), table.options());
        String columns = columns(kept);
        List<String> statements = new ArrayList<>();
        statements.add("DROP TABLE IF EXISTS " + dialect.tableName(scratch));
        statements.add(createTableStatement(fresh));
        statements.add("INSERT INTO " + dialect.tableName(scratch) + " (" + columns + ") SELECT " + columns + " FROM "
                + dialect.tableName(target));
        statements.add("DROP TABLE " + dialect.tableName(target));
        statements.add("ALTER TABLE " + dialect.tableName(scratch) + " RENAME TO " + dialect.tableName(target));
        statements.addAll(afterCreateTable(table));
        return new TableRebuild(List.of("PRAGMA foreign_keys = OFF"), statements, List.of("PRAGMA foreign_keys = ON"));
    }

    @Override
    public boolean rebuildsTables() {
        return true;
    }

    @Override
    public String foreignKeyCheck(TableRef table) {
        // Reports the violations whatever PRAGMA foreign_keys says, and sees the open transaction's rows.
        return "PRAGMA foreign_key_check(" + dialect.tableName(table) + ")";
    }

    @Override
    public boolean canAddForeignKeys() {
        return false;
    }

    @Override
    public boolean allowsForwardReferences() {
        return true;
    }

    @Override
    public List<String> createSchema(String schema) {
        return List.of();
    }

    @Override
    public List<String> beforeDropAll() {
        return List.of("PRAGMA foreign_keys = OFF");
    }

    @Override
    public List<String> afterDropAll() {
        return List.of("PRAGMA foreign_keys = ON");
    }
}
