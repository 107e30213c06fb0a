package org.sequelize4j.schema;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.SqlExecutor;
import org.sequelize4j.sql.TableRef;

/**
 * Reads what exists in the database (tables, their columns and indexes) through JDBC metadata, which
 * every driver provides, for {@code sync({alter})} and {@code describeTable}.
 */
public final class SchemaInspector {

    /**
     * One existing column.
     *
     * @param name the column name
     * @param jdbcType the {@link java.sql.Types} code
     * @param typeName the database's type name
     * @param size the length or precision
     * @param digits the scale
     * @param nullable whether NULL is allowed
     * @param defaultValue the default as SQL text, or null
     */
    public record Column(String name, int jdbcType, String typeName, int size, int digits, boolean nullable,
                         String defaultValue) {
    }

    private final SqlExecutor executor;
    private final Dialect dialect;

    /** An inspector using the executor's connections. */
    public SchemaInspector(SqlExecutor executor) {
        this.executor = executor;
        this.dialect = executor.dialect();
    }

    /** Whether the table exists. */
    public boolean tableExists(ConnectionScope scope, TableRef table) {
        return executor.withConnection(scope, connection -> {
            String[] at = dialect.metadataLocation(connection, table);
            try (ResultSet rs = connection.getMetaData().getTables(at[0], at[1], at[2], new String[] {"TABLE"})) {
                while (rs.next()) {
                    if (at[2].equals(rs.getString("TABLE_NAME"))) {
                        return true;
                    }
                }
                return false;
            }
        });
    }

    /**
     * The table's columns by name, in table order (empty if the table does not exist). Defaults are read
     * with the session as connections start, since the catalog spells them by the session's settings.
     */
    public Map<String, Column> columns(ConnectionScope scope, TableRef table) {
        return executor.withConnection(scope, connection -> {
            String restore = dialect.standardizeSession(connection);
            try {
                return readColumns(connection, table);
            } finally {
                if (restore != null) {
                    try (java.sql.Statement statement = connection.createStatement()) {
                        statement.execute(restore);
                    }
                }
            }
        });
    }

    private Map<String, Column> readColumns(java.sql.Connection connection, TableRef table) throws java.sql.SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        String[] at = dialect.metadataLocation(connection, table);
        try (ResultSet rs = connection.getMetaData().getColumns(at[0], at[1], at[2], null)) {
            while (rs.next()) {
                if (!at[2].equals(rs.getString("TABLE_NAME"))) {
                    continue;
                }
                String name = rs.getString("COLUMN_NAME");
                columns.put(name, new Column(name, rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, rs.getString("COLUMN_DEF")));
            }
        }
        return columns;
    }

    /**
     * One existing index.
     *
     * @param name the index name as the database reports it
     * @param unique whether it is unique
     * @param columns its columns in key order
     */
    public record Index(String name, boolean unique, List<String> columns) {
    }

    /** The table's indexes by name (case-insensitively), including those backing unique constraints. */
    public Map<String, Index> indexes(ConnectionScope scope, TableRef table) {
        return executor.withConnection(scope, connection -> {
            Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
            Map<String, Boolean> unique = new LinkedHashMap<>();
            String[] at = dialect.metadataLocation(connection, table);
            try (ResultSet rs = connection.getMetaData().getIndexInfo(at[0], at[1], at[2], false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null) {
                        columns.computeIfAbsent(name, k -> new TreeMap<>())
                                .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
                    }
                }
            }
            Map<String, Index> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            columns.forEach((name, cols) -> result.put(name, new Index(name, unique.get(name),
                    new ArrayList<>(cols.values()))));
            return result;
        });
    }

    /** The table's columns that already reference another table (foreign keys). */
    public Set<String> referencingColumns(ConnectionScope scope, TableRef table) {
        return executor.withConnection(scope, connection -> {
            Set<String> columns = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            String[] at = dialect.metadataLocation(connection, table);
            try (ResultSet rs = connection.getMetaData().getImportedKeys(at[0], at[1], at[2])) {
                while (rs.next()) {
                    columns.add(rs.getString("FKCOLUMN_NAME"));
                }
            }
            return columns;
        });
    }

    /**
     * The names of the foreign keys each column of the table belongs to, by column (case-insensitively);
     * a name is empty where the database keeps none (SQLite's unnamed references).
     */
    public Map<String, List<String>> foreignKeyNames(ConnectionScope scope, TableRef table) {
        return executor.withConnection(scope, connection -> {
            Map<String, List<String>> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String[] at = dialect.metadataLocation(connection, table);
            try (ResultSet rs = connection.getMetaData().getImportedKeys(at[0], at[1], at[2])) {
                while (rs.next()) {
                    String name = rs.getString("FK_NAME");
                    names.computeIfAbsent(rs.getString("FKCOLUMN_NAME"), k -> new ArrayList<>())
                            .add(name == null ? "" : name);
                }
            }
            return names;
        });
    }

    /** The other tables with a foreign key to this one (names as the database reports them). */
    public Set<String> referencingTables(ConnectionScope scope, TableRef table) {
        return executor.withConnection(scope, connection -> {
            Set<String> tables = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            String[] at = dialect.metadataLocation(connection, table);
            try (ResultSet rs = connection.getMetaData().getExportedKeys(at[0], at[1], at[2])) {
                while (rs.next()) {
                    String referencing = rs.getString("FKTABLE_NAME");
                    if (referencing != null && !referencing.equalsIgnoreCase(at[2])) {
                        tables.add(referencing);
                    }
                }
            }
            return tables;
        });
    }

    /** The values an existing ENUM column allows, or null when the dialect does not say. */
    public List<String> enumValues(ConnectionScope scope, TableRef table, String column) {
        return executor.withConnection(scope, connection -> dialect.ddl().enumValues(connection, table, column));
    }

    /** The current database's name. */
    public String databaseName(ConnectionScope scope) {
        return executor.withConnection(scope, connection -> {
            String catalog = connection.getCatalog();
            return catalog == null ? "" : catalog;
        });
    }
}
