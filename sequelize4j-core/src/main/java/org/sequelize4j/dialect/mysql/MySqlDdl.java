package org.sequelize4j.dialect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ColumnUse;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * MySQL/MariaDB schema statements: AUTO_INCREMENT columns (with the key MySQL requires), inline column
 * comments, named unique keys, ENGINE/CHARSET/COLLATE/COMMENT table options (utf8mb4 with a binary
 * collation unless the model says otherwise), prefix lengths in indexes.
 */
final class MySqlDdl extends DdlGenerator {

    private final MySqlDialect mysql;

    MySqlDdl(MySqlDialect dialect) {
        super(dialect);
        this.mysql = dialect;
    }

    @Override
    public String columnDefinition(TableSpec table, ColumnSpec column) {
        StringBuilder sb = new StringBuilder(dialect.typeSql(column.type()));
        if (!column.allowNull()) {
            sb.append(" NOT NULL");
        }
        if (column.autoIncrement()) {
            sb.append(" AUTO_INCREMENT");
        } else {
            sb.append(defaultClause(column));
        }
        if (column.comment() != null) {
            sb.append(" COMMENT ").append(dialect.stringLiteral(column.comment()));
        }
        return sb.toString();
    }

    @Override
    public List<String> createTable(TableSpec table) {
        // MySQL requires an AUTO_INCREMENT column to lead some key.
        List<TableSpec.UniqueSpec> uniques = new ArrayList<>(table.uniqueKeys());
        for (ColumnSpec column : table.columns()) {
            if (column.autoIncrement() && !(table.primaryKey().size() > 0 && table.primaryKey().get(0).equals(column.name()))
                    && uniques.stream().noneMatch(u -> u.columns().get(0).equals(column.name()))) {
                uniques.add(new TableSpec.UniqueSpec(table.table().name() + "_" + column.name() + "_unique",
                        List.of(column.name())));
            }
        }
        return super.createTable(new TableSpec(table.table(), table.columns(), table.primaryKey(), uniques,
                table.foreignKeys(), table.checks(), table.options()));
    }

    @Override
    protected String uniqueConstraint(TableSpec table, TableSpec.UniqueSpec unique) {
        return "UNIQUE KEY " + q(unique.name()) + " (" + columns(unique.columns()) + ")";
    }

    @Override
    protected String tableOptions(TableSpec table) {
        TableSpec.TableOptions options = table.options();
        StringBuilder sb = new StringBuilder(" ENGINE=").append(checkWord(options.engine() == null ? "InnoDB" : options.engine()));
        String charset = options.charset() == null ? "utf8mb4" : options.charset();
        sb.append(" DEFAULT CHARSET=").append(checkWord(charset));
        String collate = options.collate() != null ? options.collate() : options.charset() == null ? mysql.defaultCollation() : null;
        if (collate != null) {
            sb.append(" COLLATE=").append(checkWord(collate));
        }
        if (options.comment() != null) {
            sb.append(" COMMENT=").append(dialect.stringLiteral(options.comment()));
        }
        if (options.initialAutoIncrement() != null) {
            sb.append(" AUTO_INCREMENT=").append(options.initialAutoIncrement());
        }
        return sb.toString();
    }

    private static String checkWord(String word) {
        if (!word.matches("[A-Za-z0-9_]+")) {
            throw new QueryError("Invalid MySQL table option value '" + word + "'");
        }
        return word;
    }

    /** The index methods and the index types beyond UNIQUE that MySQL and MariaDB have. */
    private static final List<String> INDEX_METHODS = List.of("BTREE", "HASH");
    private static final List<String> INDEX_TYPES = List.of("FULLTEXT", "SPATIAL");

    @Override
    public String indexProblem(boolean partial, String using, String type) {
        if (partial) {
            return "MySQL/MariaDB have no partial indexes (where)";
        }
        if (using != null && !INDEX_METHODS.contains(using.trim().toUpperCase(Locale.ROOT))) {
            return "MySQL/MariaDB indexes use BTREE or HASH, not " + using;
        }
        if (type != null && !type.trim().equalsIgnoreCase("UNIQUE")
                && !INDEX_TYPES.contains(type.trim().toUpperCase(Locale.ROOT))) {
            return "unknown MySQL index type '" + type + "'; expected FULLTEXT or SPATIAL";
        }
        return null;
    }

    @Override
    public List<String> createIndex(IndexSpec index, SqlRenderer renderer) {
        if (index.where() != null) {
            throw new QueryError("MySQL/MariaDB have no partial indexes (index '" + index.name() + "' has a where)");
        }
        StringBuilder sb = new StringBuilder("CREATE ");
        if (index.type() != null && !index.type().equalsIgnoreCase("UNIQUE")) {
            String type = index.type().toUpperCase(Locale.ROOT);
            if (!INDEX_TYPES.contains(type)) {
                throw new QueryError("Unknown MySQL index type '" + index.type() + "'; expected FULLTEXT or SPATIAL");
            }
            sb.append(type).append(' ');
        } else if (index.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ").append(q(index.name()));
        if (index.using() != null) {
            String method = indexMethod(index.using());
            if (!INDEX_METHODS.contains(method)) {
                throw new QueryError("MySQL/MariaDB indexes use BTREE or HASH, not " + method);
            }
            sb.append(" USING ").append(method);
        }
        sb.append(" ON ").append(dialect.tableName(index.table())).append(" (");
        for (int i = 0; i < index.fields().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            IndexSpec.Field field = index.fields().get(i);
            sb.append(q(field.column()));
            if (field.length() != null) {
                sb.append('(').append(field.length()).append(')');
            }
            if (field.descending()) {
                sb.append(" DESC");
            } else if (field.ascendingExplicit()) {
                sb.append(" ASC");
            }
        }
        sb.append(')');
        return List.of(sb.toString());
    }

    @Override
    public List<String> truncate(TableRef table, boolean cascade, boolean restartIdentity) {
        String truncate = "TRUNCATE TABLE " + dialect.tableName(table);
        return cascade ? List.of("SET FOREIGN_KEY_CHECKS = 0", truncate, "SET FOREIGN_KEY_CHECKS = 1") : List.of(truncate);
    }

    @Override
    public List<String> changeColumn(TableSpec table, ColumnSpec column) {
        return List.of("ALTER TABLE " + dialect.tableName(table.table()) + " MODIFY " + q(column.name()) + " "
                + columnDefinition(table, column));
    }

    @Override
    public List<String> enumValues(java.sql.Connection connection, TableRef table, String column)
            throws java.sql.SQLException {
        List<String> types = queryStrings(connection, "SELECT COLUMN_TYPE FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? AND COLUMN_NAME = ?",
                table.schema(), table.name(), column);
        if (types.isEmpty() || !types.get(0).toLowerCase(Locale.ROOT).startsWith("enum(")) {
            return null;
        }
        return enumLiterals(types.get(0));
    }

    /**
     * The values of {@code enum('a','it''s','a\\b')} as the catalog spells them: quotes doubled and
     * backslashes escaped (the catalog's spelling does not follow the session's sql_mode).
     */
    static List<String> enumLiterals(String columnType) {
        List<String> values = new ArrayList<>();
        int i = columnType.indexOf('(') + 1;
        while (i > 0 && i < columnType.length() && columnType.charAt(i) == '\'') {
            int start = i++;
            while (i < columnType.length()) {
                char c = columnType.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                    i += 2;
                } else if (c == '\'') {
                    break;
                } else {
                    i++;
                }
            }
            String value = org.sequelize4j.dialect.StringLiterals.mysql(columnType.substring(start, Math.min(i + 1,
                    columnType.length())));
            if (value == null) {
                return null;
            }
            values.add(value);
            i++;
            if (i < columnType.length() && columnType.charAt(i) == ',') {
                i++;
            }
        }
        return values;
    }

    /**
     * MySQL and MariaDB refuse to drop a column a foreign key uses: its foreign keys go first (the
     * indexes over it follow the column by themselves).
     */
    @Override
    public List<String> removeColumn(TableRef table, ColumnUse use) {
        List<String> statements = new ArrayList<>();
        for (String foreignKey : new java.util.LinkedHashSet<>(use.foreignKeys())) {
            statements.add("ALTER TABLE " + dialect.tableName(table) + " DROP FOREIGN KEY " + q(foreignKey));
        }
        statements.addAll(removeColumn(table, use.column()));
        return statements;
    }

    /**
     * MySQL and MariaDB accept DROP … CASCADE but ignore it, refusing a table others reference. With
     * {@code cascade} the foreign-key checks are switched off around the drop instead, so the referencing
     * tables keep their rows and constraints (which dangle until the table is created again).
     */
    @Override
    public List<String> dropTable(TableRef table, boolean cascade) {
        String drop = "DROP TABLE IF EXISTS " + dialect.tableName(table);
        return cascade ? List.of("SET FOREIGN_KEY_CHECKS = 0", drop, "SET FOREIGN_KEY_CHECKS = 1") : List.of(drop);
    }

    @Override
    public List<String> beforeDropAll() {
        return List.of("SET FOREIGN_KEY_CHECKS = 0");
    }

    @Override
    public List<String> afterDropAll() {
        return List.of("SET FOREIGN_KEY_CHECKS = 1");
    }
}
