package org.sequelize4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.sql.ColumnSpec;
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

    @Override
    protected List<String> afterCreateTable(TableSpec table) {
        List<String> statements = new ArrayList<>();
        String tableName = dialect.tableName(table.table());
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
