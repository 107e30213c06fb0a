package org.sequelize4j.dialect.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.SqlStatement;

/**
 * Changes a SQLite table that ALTER TABLE cannot change by building it anew, as SQLite's documentation
 * describes ("Making Other Kinds Of Table Schema Changes"): create the new table under a temporary name,
 * copy the rows, drop the old table, rename the new one, then create its indexes and triggers (and the
 * views that read it) again. The new definition is the stored one with the change applied, so every
 * part the change leaves alone is kept as written.
 *
 * <p>Foreign keys must be off while the old table is dropped, or dropping it would run the ON DELETE
 * actions of the tables referencing it, and SQLite ignores {@code PRAGMA foreign_keys} inside a
 * transaction. Outside a transaction the plan switches them off before its own transaction and back on
 * after it; inside one, where they are on, a table that some table references cannot be rebuilt and
 * the plan refuses. The plan ends with a foreign-key check of the rebuilt table, both ways, so a change
 * that breaks a reference is undone.
 */
final class SqliteTableRebuild {

    /** A change to a table's definition, and what it does to the columns, indexes and triggers. */
    interface Edit {

        /** The new definition. */
        SqliteTableSql apply(SqliteTableSql table);

        /** The new name of an old column, or null when the change removes it. */
        default String columnAfter(String column) {
            return column;
        }

        /** An index, trigger or view statement to run again after the rebuild, changed as needed; null drops it. */
        default String carry(String sql) {
            return sql;
        }
    }

    private final SqliteDialect dialect;

    SqliteTableRebuild(SqliteDialect dialect) {
        this.dialect = dialect;
    }

    private String q(String identifier) {
        return dialect.quoteIdentifier(identifier);
    }

    /** The stored CREATE TABLE of a table, or null when there is no such table. */
    static String tableSql(Connection connection, String table) throws SQLException {
        List<String> sql = SqliteSchemaEditor.strings(connection,
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table);
        return sql.isEmpty() ? null : sql.get(0);
    }

    /**
     * Plans the rebuild of {@code table} (its full name, schema prefix included).
     *
     * @param operation the QueryInterface method, for error messages
     */
    DdlPlan plan(Connection connection, String table, String operation, Edit edit) throws SQLException {
        String stored = tableSql(connection, table);
        if (stored == null) {
            throw new SchemaChangeError(operation, table, null, "the table does not exist");
        }
        SqliteTableSql before = SqliteTableSql.parse(stored);
        SqliteTableSql after = edit.apply(before);
        String temporary = "_s4j_rebuild_" + table;
        if (tableSql(connection, temporary) != null) {
            throw new SchemaChangeError(operation, table, null, "a table " + temporary + " is in the way of the rebuild;"
                    + " it is left from an interrupted rebuild: drop it");
        }
        Dependents dependents = dependents(connection, table);
        List<String> statements = new ArrayList<>(dependents.drops());
        List<String> again = new ArrayList<>(dependents.again());
        List<String> indexes = SqliteSchemaEditor.strings(connection,
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? COLLATE NOCASE AND sql IS NOT NULL",
                table);
        statements.add(after.createStatement(q(temporary)));
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (SqliteTableSql.Column column : before.columns()) {
            String renamed = edit.columnAfter(column.name());
            SqliteTableSql.Column target = renamed == null ? null : after.column(renamed);
            if (target != null && !column.generated() && !target.generated()) {
                from.add(q(column.name()));
                to.add(q(target.name()));
            }
        }
        if (!from.isEmpty()) {
            statements.add("INSERT INTO " + q(temporary) + " (" + String.join(", ", to) + ") SELECT "
                    + String.join(", ", from) + " FROM " + q(table));
        }
        if (hasSequence(connection, table) && stored.toUpperCase(java.util.Locale.ROOT).contains("AUTOINCREMENT")
                && after.createStatement("x").toUpperCase(java.util.Locale.ROOT).contains("AUTOINCREMENT")) {
            // AUTOINCREMENT promises never to reuse a number: the new table starts where the old one was.
            statements.add("DELETE FROM sqlite_sequence WHERE name = " + dialect.stringLiteral(temporary));
            statements.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + dialect.stringLiteral(temporary)
                    + ", seq FROM sqlite_sequence WHERE name = " + dialect.stringLiteral(table));
        }
        statements.add("DROP TABLE " + q(table));
        statements.add("ALTER TABLE " + q(temporary) + " RENAME TO " + q(table));
        for (String index : indexes) {
            String carried = edit.carry(index);
            if (carried != null) {
                statements.add(carried);
            }
        }
        for (String sql : again) {
            String carried = edit.carry(sql);
            if (carried != null) {
                statements.add(carried);
            }
        }
        SqlStatement check = new SqlStatement("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check"
                + " WHERE \"table\" = ? COLLATE NOCASE OR parent = ? COLLATE NOCASE", Arrays.asList(table, table),
                Arrays.asList(null, null));
        boolean foreignKeys = foreignKeysOn(connection);
        if (!connection.getAutoCommit()) {
            if (foreignKeys) {
                List<String> referencing = referencingTables(connection, table);
                if (!referencing.isEmpty()) {
                    throw new SchemaChangeError(operation, table, null, "SQLite has to rebuild the table, which tables "
                            + referencing + " reference, and cannot switch foreign keys off inside a transaction; run"
                            + " it outside the transaction (it runs in one of its own), or switch foreign keys off"
                            + " (PRAGMA foreign_keys = OFF) before the transaction begins");
                }
            }
            return new DdlPlan(List.of(), statements, List.of(), check);
        }
        return foreignKeys
                ? new DdlPlan(List.of("PRAGMA foreign_keys = OFF"), statements, List.of("PRAGMA foreign_keys = ON"), check)
                : new DdlPlan(List.of(), statements, List.of(), check);
    }

    /**
     * What names a table besides its columns and indexes: views that read it and other tables' triggers
     * that use it (SQLite checks the whole schema when the rebuilt table is renamed, so they must be
     * dropped first), and its own triggers (dropped with the old table).
     *
     * @param drops the DROP statements, to run before the old table is dropped
     * @param again the stored CREATE statements, views first, to run once the table has its name again
     */
    record Dependents(List<String> drops, List<String> again) {
    }

    /** The {@link Dependents} of {@code table}. */
    Dependents dependents(Connection connection, String table) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> again = new ArrayList<>();
        for (String[] view : named(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'view'")) {
            if (SqliteTokens.mentions(SqliteTokens.of(view[1]), 0, table)) {
                drops.add("DROP VIEW " + q(view[0]));
                again.add(view[1]);
            }
        }
        for (String[] trigger : named(connection, "SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger'")) {
            boolean own = trigger[2].equalsIgnoreCase(table);
            if (own || SqliteTokens.mentions(SqliteTokens.of(trigger[1]), 0, table)) {
                if (!own) {
                    drops.add("DROP TRIGGER " + q(trigger[0]));
                }
                again.add(trigger[1]);
            }
        }
        return new Dependents(drops, again);
    }

    /**
     * The statement that keeps an AUTOINCREMENT table's counter where it was across a rebuild (copying
     * the rows sets it to the largest key left, and AUTOINCREMENT promises never to reuse a deleted one),
     * or null when the table has no counter.
     */
    String keepSequence(Connection connection, String table) throws SQLException {
        if (!hasSequence(connection, table)) {
            return null;
        }
        List<String> seq = SqliteSchemaEditor.strings(connection, "SELECT seq FROM sqlite_sequence WHERE name = ?", table);
        long value = Long.parseLong(seq.get(0));
        return "UPDATE sqlite_sequence SET seq = " + value + " WHERE name = " + dialect.stringLiteral(table)
                + " AND seq < " + value;
    }

    private static boolean hasSequence(Connection connection, String table) throws SQLException {
        if (SqliteSchemaEditor.strings(connection,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'").isEmpty()) {
            return false;
        }
        return !SqliteSchemaEditor.strings(connection, "SELECT name FROM sqlite_sequence WHERE name = ?", table).isEmpty();
    }

    static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /** The tables with a foreign key to {@code table}, itself included when it references itself. */
    static List<String> referencingTables(Connection connection, String table) throws SQLException {
        return SqliteSchemaEditor.strings(connection, "SELECT DISTINCT m.name FROM sqlite_master m"
                + " JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = ? COLLATE NOCASE"
                + " ORDER BY m.name", table);
    }

    private static List<String[]> named(Connection connection, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                if (row[1] != null) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
