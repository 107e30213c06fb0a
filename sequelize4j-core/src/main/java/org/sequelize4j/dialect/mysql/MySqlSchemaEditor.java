package org.sequelize4j.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.DefaultText;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.sql.TableRef;

/**
 * MySQL's and MariaDB's side of the QueryInterface: the live schema read from {@code information_schema}
 * (a table's schema is its database, the current one by default), constraints dropped with the
 * statement their kind needs, and foreign keys dropped before the column they use. Schema statements
 * commit on their own here, so a change of several statements is not all-or-nothing.
 */
final class MySqlSchemaEditor extends SchemaEditor {

    /** Whether the server is MariaDB, which quotes constant defaults in the catalog and keeps JSON as checked LONGTEXT. */
    private volatile Boolean mariadb;

    MySqlSchemaEditor(MySqlDialect dialect) {
        super(dialect);
    }

    @Override
    public org.sequelize4j.dialect.SchemaComparison comparison() {
        return new MySqlSchemaComparison(dialect);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public boolean databases() {
        return true;
    }

    @Override
    public List<String> createDatabase(String name, org.sequelize4j.dialect.DatabaseSpec options) {
        // As Sequelize writes it: IF NOT EXISTS, so creating a database that exists leaves it as it is.
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS ").append(q(name));
        if (options.charset() != null) {
            sql.append(" DEFAULT CHARACTER SET ").append(options.charset());
        }
        if (options.collate() != null) {
            sql.append(" COLLATE ").append(options.collate());
        }
        return List.of(sql.toString());
    }

    @Override
    public List<String> dropDatabase(String name) {
        return List.of("DROP DATABASE IF EXISTS " + q(name));
    }

    private boolean isMariaDb(Connection connection) throws SQLException {
        Boolean known = mariadb;
        if (known == null) {
            // Asked of the server, not the dialect: a mysql:// URL may point at a MariaDB server.
            known = query(connection, "SELECT VERSION()", rs -> rs.getString(1)).get(0)
                    .toLowerCase(Locale.ROOT).contains("mariadb");
            mariadb = known;
        }
        return known;
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    public List<TableRef> tables(Connection connection) throws SQLException {
        return query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", rs -> new TableRef(null, rs.getString(1), null));
    }

    @Override
    public List<ColumnDescription> columns(Connection connection, TableRef table) throws SQLException {
        boolean maria = isMariaDb(connection);
        List<String[]> rows = query(connection, "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, COLUMN_KEY,"
                + " EXTRA, COLUMN_COMMENT, DATA_TYPE FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)}, table.schema(), table.name());
        List<String> jsonColumns = rows.isEmpty() || !maria ? List.of() : jsonColumns(connection, table);
        List<ColumnDescription> columns = new ArrayList<>();
        for (String[] r : rows) {
            String extra = r[5] == null ? "" : r[5].toLowerCase(Locale.ROOT);
            boolean autoIncrement = extra.contains("auto_increment");
            String defaultSql = r[3];
            String defaultValue;
            if (maria) {
                // MariaDB quotes constant defaults and writes NULL for an explicit NULL default.
                defaultValue = DefaultText.constant(defaultSql, true);
            } else {
                // MySQL writes constants unquoted and marks expressions DEFAULT_GENERATED.
                defaultValue = defaultSql;
            }
            // The catalog doubles quotes and backslashes in ENUM values, which Sequelize's notation does not read.
            boolean isEnum = r[1].toLowerCase(Locale.ROOT).startsWith("enum(");
            List<String> values = isEnum ? MySqlDdl.enumLiterals(r[1]) : List.of();
            DataType dataType = jsonColumns.contains(r[0]) ? DataTypes.JSON
                    : isEnum ? DataTypes.ENUM(values.toArray(new String[0])) : dataType(r[1]);
            columns.add(new ColumnDescription(r[0], DefaultText.upperType(r[1]), "YES".equals(r[2]), defaultValue,
                    "PRI".equals(r[4]), autoIncrement, r[6] == null || r[6].isEmpty() ? null : r[6], values,
                    maria && "NULL".equals(defaultSql) ? null : defaultSql, dataType));
        }
        return columns;
    }

    /** MariaDB's JSON columns: LONGTEXT with a CHECK (json_valid(column)) named after the column. */
    private static List<String> jsonColumns(Connection connection, TableRef table) throws SQLException {
        List<String> result = new ArrayList<>();
        for (String[] row : query(connection, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, table.schema(), table.name())) {
            String clause = row[1].replace(" ", "");
            if (clause.equalsIgnoreCase("json_valid(`" + row[0].replace("`", "``") + "`)")) {
                result.add(row[0]);
            }
        }
        return result;
    }

    /** The data type of a column from its COLUMN_TYPE, or null for types Sequelize4j lacks. */
    static DataType dataType(String columnType) {
        String t = columnType.toLowerCase(Locale.ROOT).trim();
        String base = t.replaceAll("\\(.*", "").replaceAll(" .*", "");
        switch (base) {
            case "tinyint":
                if (t.startsWith("tinyint(1)") && !t.contains("unsigned")) {
                    return DataTypes.BOOLEAN;
                }
                if (defaultWidth(base, t)) {
                    t = t.replaceFirst("\\(\\d+\\)", "");
                }
                break;
            case "datetime": case "timestamp": {
                Integer n = precision(t);
                return n == null ? DataTypes.DATE(0) : n == DataType.DEFAULT_TIME_PRECISION ? DataTypes.DATE : DataTypes.DATE(n);
            }
            case "time": {
                Integer n = precision(t);
                return n == null ? DataTypes.TIME(0) : n == DataType.DEFAULT_TIME_PRECISION ? DataTypes.TIME : DataTypes.TIME(n);
            }
            case "date": return DataTypes.DATEONLY;
            case "longtext": case "text": return DataTypes.TEXT;
            case "longblob": case "blob": return DataTypes.BLOB;
            case "double":
                return t.contains("(") ? null : t.contains("unsigned") ? DataTypes.DOUBLE.UNSIGNED() : DataTypes.DOUBLE;
            case "decimal":
                if (t.startsWith("decimal(10,0)")) {
                    // What the server makes of a DECIMAL declared without precision.
                    t = t.replace("decimal(10,0)", "decimal");
                }
                break;
            case "varchar":
                if (t.equals("varchar(255)")) {
                    return DataTypes.STRING;
                }
                break;
            case "varbinary":
                return DataTypes.STRING(Integer.parseInt(t.replaceAll("\\D", "")), true);
            case "int": case "integer": case "bigint": case "smallint": case "mediumint":
                if (defaultWidth(base, t)) {
                    // MariaDB and MySQL 5 report a display width the model never declared: INT(11), BIGINT(20).
                    t = t.replaceFirst("\\(\\d+\\)", "");
                }
                break;
            case "year": case "bit": case "set": case "geometry": case "point": case "binary":
                return null;
            default:
                break;
        }
        try {
            // The rest is Sequelize's own notation once modifiers are written its way (INT(11).UNSIGNED).
            return DataType.parse(t.replace(" unsigned", ".UNSIGNED").replace(" zerofill", ".ZEROFILL"));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Whether an integer type's display width is the one the server writes when none was declared. */
    private static boolean defaultWidth(String base, String type) {
        int open = type.indexOf('(');
        if (open < 0) {
            return false;
        }
        int width = Integer.parseInt(type.substring(open + 1, type.indexOf(')')).trim());
        boolean unsigned = type.contains("unsigned");
        switch (base) {
            case "tinyint": return width == (unsigned ? 3 : 4);
            case "smallint": return width == (unsigned ? 5 : 6);
            case "mediumint": return width == (unsigned ? 8 : 9);
            case "int": case "integer": return width == (unsigned ? 10 : 11);
            case "bigint": return width == 20;
            default: return false;
        }
    }

    private static Integer precision(String type) {
        int open = type.indexOf('(');
        return open < 0 ? null : Integer.valueOf(type.substring(open + 1, type.indexOf(')')).trim());
    }

    @Override
    public List<IndexDescription> indexes(Connection connection, TableRef table) throws SQLException {
        Map<String, List<IndexDescription.Field>> fields = new LinkedHashMap<>();
        Map<String, IndexDescription> byName = new LinkedHashMap<>();
        for (String[] r : query(connection, "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE"
                + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?"
                + " ORDER BY INDEX_NAME, SEQ_IN_INDEX", rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)}, table.schema(), table.name())) {
            String name = r[0];
            byName.putIfAbsent(name, new IndexDescription(name, table.name(), "0".equals(r[1]), name.equals("PRIMARY"),
                    List.of(), r[5], null));
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(new IndexDescription.Field(r[2], null,
                    "D".equals(r[3]), r[4] == null ? null : Integer.valueOf(r[4]), null));
        }
        List<IndexDescription> result = new ArrayList<>();
        byName.forEach((name, index) -> result.add(new IndexDescription(name, index.table(), index.unique(),
                index.primary(), fields.get(name), index.method(), null)));
        return result;
    }

    @Override
    public String tableComment(Connection connection, TableRef table) throws SQLException {
        List<String> rows = query(connection, "SELECT TABLE_COMMENT FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?", rs -> rs.getString(1),
                table.schema(), table.name());
        return rows.isEmpty() || rows.get(0) == null || rows.get(0).isEmpty() ? null : rows.get(0);
    }

    /** MySQL has no statement that removes a comment: an empty one is none. */
    @Override
    public List<String> changeTableComment(TableRef table, String comment) {
        return List.of("ALTER TABLE " + table(table) + " COMMENT = " + dialect.stringLiteral(comment == null ? "" : comment));
    }

    @Override
    public List<ConstraintDescription> constraints(Connection connection, TableRef table) throws SQLException {
        String schema = table.schema();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String[]> references = new LinkedHashMap<>();
        for (String[] r : query(connection, "SELECT CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                + " FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?"
                + " ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION", rs -> new String[] {rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)}, schema, table.name())) {
            columns.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]);
            if (r[2] != null) {
                String[] ref = references.computeIfAbsent(r[0], k -> new String[] {r[2], ""});
                ref[1] = ref[1].isEmpty() ? r[3] : ref[1] + "\u0000" + r[3];
            }
        }
        Map<String, String[]> rules = new LinkedHashMap<>();
        for (String[] r : query(connection, "SELECT CONSTRAINT_NAME, DELETE_RULE, UPDATE_RULE"
                + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE())"
                + " AND TABLE_NAME = ?", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                schema, table.name())) {
            rules.put(r[0], r);
        }
        Map<String, String> checks = new LinkedHashMap<>();
        if (isMariaDb(connection)) {
            for (String[] r : query(connection, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                    + " WHERE CONSTRAINT_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, schema, table.name())) {
                checks.put(r[0], r[1]);
            }
        } else {
            // MySQL's CHECK_CONSTRAINTS has no table column; its check names are unique per database.
            for (String[] r : query(connection, "SELECT cc.CONSTRAINT_NAME, cc.CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS cc"
                    + " JOIN information_schema.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_SCHEMA = cc.CONSTRAINT_SCHEMA"
                    + " AND tc.CONSTRAINT_NAME = cc.CONSTRAINT_NAME AND tc.CONSTRAINT_TYPE = 'CHECK'"
                    + " WHERE tc.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND tc.TABLE_NAME = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, schema, table.name())) {
                checks.put(r[0], r[1]);
            }
        }
        List<ConstraintDescription> result = new ArrayList<>();
        for (String[] r : query(connection, "SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, schema, table.name())) {
            String name = r[0];
            switch (r[1]) {
                case "PRIMARY KEY":
                    result.add(new ConstraintDescription(name, ConstraintDescription.Type.PRIMARY_KEY, table.name(),
                            columns.getOrDefault(name, List.of()), null, List.of(), null, null, null, null));
                    break;
                case "UNIQUE":
                    result.add(new ConstraintDescription(name, ConstraintDescription.Type.UNIQUE, table.name(),
                            columns.getOrDefault(name, List.of()), null, List.of(), null, null, null, null));
                    break;
                case "FOREIGN KEY": {
                    String[] ref = references.getOrDefault(name, new String[] {null, ""});
                    String[] rule = rules.get(name);
                    result.add(new ConstraintDescription(name, ConstraintDescription.Type.FOREIGN_KEY, table.name(),
                            columns.getOrDefault(name, List.of()), ref[0], List.of(ref[1].split("\u0000")),
                            rule == null ? null : ReferentialAction.parse(rule[1]),
                            rule == null ? null : ReferentialAction.parse(rule[2]), null, null));
                    break;
                }
                case "CHECK":
                    result.add(new ConstraintDescription(name, ConstraintDescription.Type.CHECK, table.name(), List.of(),
                            null, List.of(), null, null, checks.get(name), null));
                    break;
                default:
                    break;
            }
        }
        return result;
    }

    // ---- changes ---------------------------------------------------------------------------------

    @Override
    public DdlPlan removeColumn(Connection connection, TableRef table, String column) throws SQLException {
        // MySQL refuses to drop a column a foreign key uses; PostgreSQL drops such keys with the column.
        List<String> statements = new ArrayList<>();
        for (ConstraintDescription c : constraints(connection, table)) {
            if (c.type() == ConstraintDescription.Type.FOREIGN_KEY && c.columns().contains(column)) {
                statements.addAll(removeConstraintStatements(table, c));
            }
        }
        statements.addAll(ddl().removeColumn(table, column));
        return DdlPlan.of(statements);
    }

    @Override
    public DdlPlan removeConstraint(Connection connection, TableRef table, ConstraintDescription constraint)
            throws SQLException {
        // A unique constraint is an index here, which may be the one a foreign key relies on.
        return constraint.type() == ConstraintDescription.Type.UNIQUE ? removeIndex(connection, table, constraint.name())
                : super.removeConstraint(connection, table, constraint);
    }

    @Override
    protected List<String> removeConstraintStatements(TableRef table, ConstraintDescription constraint) {
        String prefix = "ALTER TABLE " + table(table) + " DROP ";
        switch (constraint.type()) {
            case PRIMARY_KEY: return List.of(prefix + "PRIMARY KEY");
            case UNIQUE: return List.of(prefix + "INDEX " + q(constraint.name()));
            case FOREIGN_KEY: return List.of(prefix + "FOREIGN KEY " + q(constraint.name()));
            default: return List.of(prefix + "CONSTRAINT " + q(constraint.name()));
        }
    }

    /**
     * InnoDB needs an index for every foreign key and quietly lets a later index over the same leading
     * columns take over from the one it made; dropping that index would then be refused, so a plain
     * index for the key is made first.
     */
    @Override
    public DdlPlan removeIndex(Connection connection, TableRef table, String index) throws SQLException {
        List<IndexDescription> indexes = indexes(connection, table);
        IndexDescription dropped = indexes.stream().filter(i -> i.name().equalsIgnoreCase(index)).findFirst().orElse(null);
        List<String> statements = new ArrayList<>();
        if (dropped != null) {
            for (ConstraintDescription fk : constraints(connection, table)) {
                if (fk.type() != ConstraintDescription.Type.FOREIGN_KEY || !leads(dropped, fk.columns())) {
                    continue;
                }
                boolean covered = indexes.stream().anyMatch(i -> i != dropped && leads(i, fk.columns()));
                if (!covered) {
                    String name = indexes.stream().anyMatch(i -> i.name().equalsIgnoreCase(fk.name()))
                            ? fk.name() + "_idx" : fk.name();
                    statements.add("CREATE INDEX " + q(name) + " ON " + table(table) + " (" + columnsSql(fk.columns()) + ")");
                }
            }
        }
        statements.addAll(dropIndex(table, index));
        return DdlPlan.of(statements);
    }

    private static boolean leads(IndexDescription index, List<String> columns) {
        List<String> indexed = index.columns();
        return indexed.size() >= columns.size() && indexed.subList(0, columns.size()).equals(columns);
    }

    @Override
    public List<String> dropIndex(TableRef table, String index) {
        return List.of("DROP INDEX " + q(index) + " ON " + table(table));
    }
}
