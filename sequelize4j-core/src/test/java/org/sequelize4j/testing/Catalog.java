package org.sequelize4j.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Sequelize;

/**
 * What the database really holds, read with plain JDBC (never through the code under test): tables,
 * columns, indexes and raw rows.
 */
public final class Catalog {

    private Catalog() {
    }

    /** Column names of a table as the database reports them (lower-cased keys to the type name). */
    public static Map<String, String> columns(Sequelize sequelize, String table) {
        return columns(sequelize, null, table);
    }

    /** Column names of a table in a schema. */
    public static Map<String, String> columns(Sequelize sequelize, String schema, String table) {
        Map<String, String> result = new LinkedHashMap<>();
        try (Connection c = sequelize.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String catalog = sequelize.getDialect().startsWith("m") ? (schema != null ? schema : c.getCatalog()) : null;
            String schemaPattern = sequelize.getDialect().equals("postgres") ? (schema != null ? schema : "public") : null;
            String name = sequelize.getDialect().equals("sqlite") && schema != null ? schema + "." + table : table;
            try (ResultSet rs = meta.getColumns(catalog, schemaPattern, name, null)) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equals(name)) {
                        result.put(rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** An index as the database reports it. */
    public record IndexInfo(boolean unique, List<String> columns) {
    }

    /** The indexes of a table (primary keys excluded), by lower-cased name, columns in key order. */
    public static Map<String, IndexInfo> indexes(Sequelize sequelize, String schema, String table) {
        Map<String, IndexInfo> result = new java.util.TreeMap<>();
        try (Connection c = sequelize.dataSource().getConnection()) {
            String dialect = sequelize.getDialect();
            String catalog = dialect.startsWith("m") ? (schema != null ? schema : c.getCatalog()) : null;
            String schemaName = dialect.equals("postgres") ? (schema != null ? schema : "public") : null;
            String name = dialect.equals("sqlite") && schema != null ? schema + "." + table : table;
            Map<String, java.util.TreeMap<Integer, String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            try (ResultSet rs = c.getMetaData().getIndexInfo(catalog, schemaName, name, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index == null || index.equalsIgnoreCase("PRIMARY") || index.endsWith("_pkey")
                            || index.startsWith("sqlite_autoindex") && isPrimaryKeyIndex(c, name, index)) {
                        continue;
                    }
                    index = index.toLowerCase(java.util.Locale.ROOT);
                    columns.computeIfAbsent(index, k -> new java.util.TreeMap<>())
                            .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                    unique.put(index, !rs.getBoolean("NON_UNIQUE"));
                }
            }
            columns.forEach((index, cols) -> result.put(index, new IndexInfo(unique.get(index), List.copyOf(cols.values()))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    private static boolean isPrimaryKeyIndex(Connection c, String table, String index) throws SQLException {
        try (java.sql.PreparedStatement st = c.prepareStatement(
                "SELECT origin FROM pragma_index_list(?) WHERE name = ?")) {
            st.setString(1, table);
            st.setString(2, index);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && "pk".equals(rs.getString(1));
            }
        }
    }

    /** The indexes of a table in the default schema. */
    public static Map<String, IndexInfo> indexes(Sequelize sequelize, String table) {
        return indexes(sequelize, null, table);
    }

    /** Names of the tables in the current database (or PostgreSQL schema public). */
    public static List<String> tables(Sequelize sequelize) {
        List<String> result = new ArrayList<>();
        try (Connection c = sequelize.dataSource().getConnection()) {
            String dialect = sequelize.getDialect();
            String catalog = dialect.startsWith("m") ? c.getCatalog() : null;
            String schema = dialect.equals("postgres") ? "public" : null;
            try (ResultSet rs = c.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.startsWith("sqlite_")) {
                        result.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /**
     * The comments on a table's columns, by column name (columns without a comment left out), on the
     * databases that keep comments (PostgreSQL, MariaDB).
     */
    public static Map<String, String> columnComments(Sequelize sequelize, String table) {
        String sql = sequelize.getDialect().equals("postgres")
                ? "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a"
                        + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"
                : "SELECT COLUMN_NAME, COLUMN_COMMENT FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?";
        Map<String, String> result = new java.util.TreeMap<>();
        try (Connection c = sequelize.dataSource().getConnection();
             java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, sequelize.getDialect().equals("postgres") ? "\"" + table.replace("\"", "\"\"") + "\"" : table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null && !rs.getString(2).isEmpty()) {
                        result.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /**
     * The CHECK constraints of a table in the default schema, by name, to their condition as the database
     * keeps it (SQLite has no constraint catalog: there the names are read from the table's stored SQL
     * and the condition is not reported).
     */
    public static Map<String, String> checkConstraints(Sequelize sequelize, String table) {
        Map<String, String> result = new java.util.TreeMap<>();
        String dialect = sequelize.getDialect();
        try (Connection c = sequelize.dataSource().getConnection()) {
            String sql;
            if (dialect.equals("postgres")) {
                sql = "SELECT con.conname, pg_get_constraintdef(con.oid) FROM pg_constraint con"
                        + " JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace"
                        + " WHERE con.contype = 'c' AND ns.nspname = 'public' AND rel.relname = ?";
            } else if (dialect.equals("sqlite")) {
                sql = "SELECT sql, NULL FROM sqlite_master WHERE type = 'table' AND name = ?";
            } else {
                sql = "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ?";
            }
            try (java.sql.PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, table);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if (dialect.equals("sqlite")) {
                            java.util.regex.Matcher m = java.util.regex.Pattern.compile("CONSTRAINT \"((?:[^\"]|\"\")+)\" CHECK")
                                    .matcher(rs.getString(1));
                            while (m.find()) {
                                result.put(m.group(1).replace("\"\"", "\""), null);
                            }
                        } else {
                            result.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** Rows of a raw query through plain JDBC (independent of the code under test). */
    public static List<Map<String, Object>> jdbc(Sequelize sequelize, String sql) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = sequelize.dataSource().getConnection();
             java.sql.Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
