package org.sequelize4j.dialect.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.Deferrable;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.DefaultText;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.TableSpec;

/**
 * PostgreSQL's side of the QueryInterface: the live schema read from {@code pg_catalog} (a table is found
 * with {@code to_regclass}, so an unqualified name follows the search path), enum types created before
 * the columns that use them, comments as separate statements, schemas and enum types of their own.
 */
final class PostgresSchemaEditor extends SchemaEditor {

    private final PostgresDdl ddl;

    PostgresSchemaEditor(PostgresDialect dialect, PostgresDdl ddl) {
        super(dialect);
        this.ddl = ddl;
    }

    @Override
    public org.sequelize4j.dialect.SchemaComparison comparison() {
        return new PostgresSchemaComparison(dialect);
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean enumTypes() {
        return true;
    }

    // ---- reading ---------------------------------------------------------------------------------

    @Override
    public List<TableRef> tables(Connection connection) throws SQLException {
        return query(connection, "SELECT table_schema, table_name FROM information_schema.tables"
                + " WHERE table_type = 'BASE TABLE' AND table_schema <> 'information_schema'"
                + " AND table_schema NOT LIKE 'pg\\_%' ORDER BY table_schema, table_name",
                rs -> new TableRef(rs.getString(1), rs.getString(2), null));
    }

    @Override
    public List<ColumnDescription> columns(Connection connection, TableRef table) throws SQLException {
        String sql = "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,"
                + " pg_get_expr(d.adbin, d.adrelid), col_description(a.attrelid, a.attnum), a.attidentity,"
                + " t.typtype, t.typname, a.atttypmod, et.typname, et.typtype, a.atttypid, t.typelem,"
                + " EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary"
                + " AND a.attnum = ANY (i.indkey))"
                + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
                + " LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum";
        List<Object[]> rows = query(connection, sql, rs -> new Object[] {rs.getString(1), rs.getString(2),
                rs.getBoolean(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getInt(9), rs.getString(10), rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getBoolean(14)},
                table(table));
        List<ColumnDescription> columns = new ArrayList<>();
        for (Object[] r : rows) {
            String defaultSql = (String) r[3];
            String identity = (String) r[5];
            boolean autoIncrement = identity != null && !identity.isEmpty()
                    || defaultSql != null && defaultSql.startsWith("nextval(");
            boolean isEnum = "e".equals(r[6]);
            List<String> values = isEnum ? enumLabels(connection, (Long) r[11]) : List.of();
            String type = isEnum ? enumType(values) : DefaultText.upperType((String) r[1]);
            DataType dataType = isEnum ? DataTypes.ENUM(values.toArray(new String[0]))
                    : dataType((String) r[7], (Integer) r[8], (String) r[9], (String) r[10], connection, (Long) r[12]);
            columns.add(new ColumnDescription((String) r[0], type, (Boolean) r[2],
                    autoIncrement ? defaultSql : DefaultText.constant(defaultSql, false), (Boolean) r[13], autoIncrement,
                    (String) r[4], values, defaultSql, dataType));
        }
        return columns;
    }

    private String enumType(List<String> values) {
        return "ENUM(" + String.join(",", values.stream().map(dialect::stringLiteral).toList()) + ")";
    }

    private static List<String> enumLabels(Connection connection, long type) throws SQLException {
        return query(connection, "SELECT enumlabel FROM pg_enum WHERE enumtypid = CAST(? AS oid) ORDER BY enumsortorder",
                rs -> rs.getString(1), Long.toString(type));
    }

    /** The data type of a column, from its type's name and modifier, or null for types Sequelize4j lacks. */
    private static DataType dataType(String name, int modifier, String elementName, String elementKind,
                                     Connection connection, long element) throws SQLException {
        if (elementName != null) {
            DataType inner = "e".equals(elementKind)
                    ? DataTypes.ENUM(enumLabels(connection, element).toArray(new String[0]))
                    : dataType(elementName, -1, null, null, connection, 0);
            return inner == null ? null : DataTypes.ARRAY(inner);
        }
        switch (name) {
            case "int2": return DataTypes.SMALLINT;
            case "int4": return DataTypes.INTEGER;
            case "int8": return DataTypes.BIGINT;
            case "float4": return DataTypes.REAL;
            case "float8": return DataTypes.DOUBLE;
            case "numeric":
                if (modifier < 4) {
                    return DataTypes.DECIMAL;
                }
                return DataTypes.DECIMAL(((modifier - 4) >> 16) & 0xffff, (modifier - 4) & 0xffff);
            case "varchar":
                return modifier < 4 || modifier - 4 == DataType.DEFAULT_STRING_LENGTH ? DataTypes.STRING
                        : DataTypes.STRING(modifier - 4);
            case "bpchar": return modifier < 4 ? DataTypes.CHAR : DataTypes.CHAR(modifier - 4);
            case "text": return DataTypes.TEXT;
            case "citext": return DataTypes.CITEXT;
            case "bool": return DataTypes.BOOLEAN;
            case "timestamptz": case "timestamp":
                return modifier < 0 || modifier == DataType.DEFAULT_TIME_PRECISION ? DataTypes.DATE
                        : DataTypes.DATE(modifier);
            case "date": return DataTypes.DATEONLY;
            case "time":
                return modifier < 0 || modifier == DataType.DEFAULT_TIME_PRECISION ? DataTypes.TIME
                        : DataTypes.TIME(modifier);
            case "uuid": return DataTypes.UUID;
            case "json": return DataTypes.JSON;
            case "jsonb": return DataTypes.JSONB;
            case "bytea": return DataTypes.BLOB;
            default: return null;
        }
    }

    @Override
    public List<IndexDescription> indexes(Connection connection, TableRef table) throws SQLException {
        String sql = "SELECT c.relname, i.indisunique, i.indisprimary, upper(am.amname),"
                + " pg_get_expr(i.indpred, i.indrelid), a.attname, pg_get_indexdef(i.indexrelid, k.n, true),"
                + " (i.indoption[k.n - 1] & 1) = 1,"
                + " CASE WHEN co.collname IS NOT NULL AND co.oid <> a.attcollation THEN co.collname END"
                + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam"
                + " CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n)"
                + " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1]"
                + " LEFT JOIN pg_collation co ON co.oid = i.indcollation[k.n - 1] AND co.collname <> 'default'"
                + " WHERE i.indrelid = to_regclass(?) ORDER BY c.relname, k.n";
        Map<String, IndexDescription> byName = new LinkedHashMap<>();
        Map<String, List<IndexDescription.Field>> fields = new LinkedHashMap<>();
        for (Object[] r : query(connection, sql, rs -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9)},
                table(table))) {
            String name = (String) r[0];
            byName.putIfAbsent(name, new IndexDescription(name, table.name(), (Boolean) r[1], (Boolean) r[2], List.of(),
                    (String) r[3], (String) r[4]));
            String column = (String) r[5];
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(new IndexDescription.Field(column,
                    column == null ? (String) r[6] : null, (Boolean) r[7], null, (String) r[8]));
        }
        List<IndexDescription> result = new ArrayList<>();
        byName.forEach((name, index) -> result.add(new IndexDescription(name, index.table(), index.unique(),
                index.primary(), fields.get(name), index.method(), index.where())));
        return result;
    }

    @Override
    public String tableComment(Connection connection, TableRef table) throws SQLException {
        List<String> rows = query(connection, "SELECT obj_description(to_regclass(?), 'pg_class')", rs -> rs.getString(1),
                table(table));
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Override
    public List<String> changeTableComment(TableRef table, String comment) {
        return List.of("COMMENT ON TABLE " + table(table) + " IS "
                + (comment == null || comment.isEmpty() ? "NULL" : dialect.stringLiteral(comment)));
    }

    @Override
    public List<ConstraintDescription> constraints(Connection connection, TableRef table) throws SQLException {
        String columns = "ARRAY(SELECT a.attname FROM unnest(%s) WITH ORDINALITY AS k(num, n)"
                + " JOIN pg_attribute a ON a.attrelid = %s AND a.attnum = k.num ORDER BY k.n)";
        String sql = "SELECT con.conname, con.contype, " + String.format(columns, "con.conkey", "con.conrelid") + ", fc.relname, "
                + String.format(columns, "con.confkey", "con.confrelid") + ", con.confdeltype, con.confupdtype,"
                + " pg_get_constraintdef(con.oid, true), con.condeferrable, con.condeferred"
                + " FROM pg_constraint con LEFT JOIN pg_class fc ON fc.oid = con.confrelid"
                + " WHERE con.conrelid = to_regclass(?) AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY con.conname";
        return query(connection, sql, rs -> constraint(rs, table), table(table));
    }

    private static ConstraintDescription constraint(ResultSet rs, TableRef table) throws SQLException {
        String kind = rs.getString(2);
        ConstraintDescription.Type type = switch (kind) {
            case "p" -> ConstraintDescription.Type.PRIMARY_KEY;
            case "u" -> ConstraintDescription.Type.UNIQUE;
            case "f" -> ConstraintDescription.Type.FOREIGN_KEY;
            default -> ConstraintDescription.Type.CHECK;
        };
        boolean fk = type == ConstraintDescription.Type.FOREIGN_KEY;
        String definition = null;
        if (type == ConstraintDescription.Type.CHECK) {
            // pg_get_constraintdef writes "CHECK (condition)"; the condition is what describes it.
            definition = rs.getString(8).replaceFirst("^CHECK \\((.*)\\)$", "$1");
        }
        Deferrable deferrable = !rs.getBoolean(9) ? null
                : rs.getBoolean(10) ? Deferrable.INITIALLY_DEFERRED : Deferrable.INITIALLY_IMMEDIATE;
        return new ConstraintDescription(rs.getString(1), type, table.name(),
                type == ConstraintDescription.Type.CHECK ? List.of() : strings(rs.getArray(3)),
                fk ? rs.getString(4) : null, fk ? strings(rs.getArray(5)) : List.of(),
                fk ? action(rs.getString(6)) : null, fk ? action(rs.getString(7)) : null, definition, deferrable);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static ReferentialAction action(String code) {
        switch (code) {
            case "c": return ReferentialAction.CASCADE;
            case "n": return ReferentialAction.SET_NULL;
            case "d": return ReferentialAction.SET_DEFAULT;
            case "r": return ReferentialAction.RESTRICT;
            default: return ReferentialAction.NO_ACTION;
        }
    }

    @Override
    public List<String> schemas(Connection connection) throws SQLException {
        // As Sequelize: the user's schemas, without public and the system's own.
        return query(connection, "SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('public', 'information_schema')"
                + " AND nspname NOT LIKE 'pg\\_%' ORDER BY nspname", rs -> rs.getString(1));
    }

    // ---- changes ---------------------------------------------------------------------------------

    /** A table spec holding one column, for the DDL generator's per-table statements. */
    private static TableSpec single(TableSpec table, ColumnSpec column) {
        return new TableSpec(table.table(), List.of(column), List.of(), List.of(), List.of(), List.of(),
                new TableSpec.TableOptions(null, null, null, null, null));
    }

    @Override
    public DdlPlan addColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                             TableSpec.UniqueSpec unique) throws SQLException {
        // The enum type a new ENUM column needs must exist before ADD COLUMN names it.
        List<String> statements = new ArrayList<>(ddl.beforeCreateTable(single(table, column)));
        statements.addAll(super.addColumn(connection, table, column, fk, unique).statements());
        return DdlPlan.of(statements);
    }

    @Override
    public DdlPlan changeColumn(Connection connection, TableSpec table, ColumnSpec column, ForeignKeySpec fk,
                                TableSpec.UniqueSpec unique, boolean typeChanges) throws SQLException {
        // The old default goes first: ALTER COLUMN … TYPE refuses a default it cannot cast to the new type,
        // and the change sets the column's new default (or none) afterwards anyway.
        List<String> statements = new ArrayList<>();
        if (!column.autoIncrement()) {
            statements.add("ALTER TABLE " + table(table.table()) + " ALTER COLUMN " + q(column.name()) + " DROP DEFAULT");
        }
        statements.addAll(super.changeColumn(connection, table, column, fk, unique, typeChanges).statements());
        return DdlPlan.of(statements);
    }

    @Override
    protected List<String> afterColumnChange(TableSpec table, ColumnSpec column) {
        return ddl.afterCreateTable(single(table, column));
    }

    @Override
    public boolean databases() {
        return true;
    }

    @Override
    public List<String> createDatabase(String name, org.sequelize4j.dialect.DatabaseSpec options) {
        // As Sequelize writes it; PostgreSQL has no IF NOT EXISTS here, so an existing database is an error.
        StringBuilder sql = new StringBuilder("CREATE DATABASE ").append(q(name));
        if (options.encoding() != null) {
            sql.append(" ENCODING = ").append(dialect.stringLiteral(options.encoding()));
        }
        if (options.collate() != null) {
            sql.append(" LC_COLLATE = ").append(dialect.stringLiteral(options.collate()));
        }
        if (options.ctype() != null) {
            sql.append(" LC_CTYPE = ").append(dialect.stringLiteral(options.ctype()));
        }
        if (options.template() != null) {
            sql.append(" TEMPLATE = ").append(q(options.template()));
        }
        return List.of(sql.toString());
    }

    @Override
    public List<String> dropDatabase(String name) {
        return List.of("DROP DATABASE IF EXISTS " + q(name));
    }

    @Override
    public List<String> dropSchema(String schema, boolean cascade) {
        return List.of("DROP SCHEMA IF EXISTS " + q(schema) + (cascade ? " CASCADE" : ""));
    }

    // ---- enum types ------------------------------------------------------------------------------

    private String typeName(TableRef name) {
        return (name.schema() == null ? "" : q(name.schema()) + ".") + q(name.name());
    }

    @Override
    public Map<TableRef, List<String>> enums(Connection connection, String schema) throws SQLException {
        Map<TableRef, List<String>> result = new LinkedHashMap<>();
        String sql = "SELECT n.nspname, t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
                + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE (CAST(? AS text) IS NULL OR n.nspname = ?)"
                + " AND n.nspname NOT LIKE 'pg\\_%' ORDER BY n.nspname, t.typname, e.enumsortorder";
        for (String[] row : query(connection, sql, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                schema, schema)) {
            result.computeIfAbsent(new TableRef(row[0], row[1], null), k -> new ArrayList<>()).add(row[2]);
        }
        return result;
    }

    @Override
    public List<String> createEnum(TableRef name, List<String> values) {
        return List.of("CREATE TYPE " + typeName(name) + " AS ENUM ("
                + String.join(", ", values.stream().map(dialect::stringLiteral).toList()) + ")");
    }

    @Override
    public List<String> addEnumValue(TableRef name, String value, String before, String after) {
        String position = before != null ? " BEFORE " + dialect.stringLiteral(before)
                : after != null ? " AFTER " + dialect.stringLiteral(after) : "";
        return List.of("ALTER TYPE " + typeName(name) + " ADD VALUE IF NOT EXISTS " + dialect.stringLiteral(value)
                + position);
    }

    @Override
    public List<String> dropEnum(TableRef name) {
        return List.of("DROP TYPE IF EXISTS " + typeName(name));
    }
}
