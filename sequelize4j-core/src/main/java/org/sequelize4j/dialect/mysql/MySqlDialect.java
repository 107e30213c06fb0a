package org.sequelize4j.dialect.mysql;

import java.util.List;
import java.util.Properties;
import org.sequelize4j.DataType;
import org.sequelize4j.dialect.Capabilities;
import org.sequelize4j.dialect.ConnectionConfig;
import org.sequelize4j.dialect.ConnectionSettings;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.ErrorTranslator;
import org.sequelize4j.dialect.sqlite.SqliteDialect;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlWriter;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.types.TypeLimits;
import org.sequelize4j.types.TypeMismatch;
import org.sequelize4j.types.ValueCodec;

/**
 * MySQL (and, through {@link MariaDbDialect}, MariaDB) via MariaDB Connector/J. Dates are
 * {@code DATETIME(3)} written in the configured time zone, booleans {@code TINYINT(1)}, UUIDs
 * {@code CHAR(36)}; tables default to {@code utf8mb4} with a binary collation so that text compares
 * case-sensitively, as on PostgreSQL and SQLite.
 */
public class MySqlDialect extends Dialect {

    private final MySqlCodecs codecs;
    private final MySqlDdl ddl = new MySqlDdl(this);
    private final MySqlSchemaEditor schemaEditor = new MySqlSchemaEditor(this);
    private final MySqlErrors errors = new MySqlErrors();
    private final java.time.ZoneOffset offset;
    private volatile long maxPacketBytes = 16L * 1024 * 1024;

    /** A dialect writing dates in the given offset (Sequelize's {@code timezone}). */
    public MySqlDialect(java.time.ZoneOffset offset) {
        this.offset = offset;
        this.codecs = new MySqlCodecs(offset);
    }

    @Override
    public String name() {
        return "mysql";
    }

    /**
     * The collation of tables whose model names no charset or collation: binary, so text compares
     * case-sensitively as on PostgreSQL and SQLite.
     */
    public String defaultCollation() {
        return "utf8mb4_bin";
    }

    private static final Capabilities CAPABILITIES = new Capabilities(false, false, false, false, true, true, false,
            true, true, true, true, false, false, true, false, false, true, true, false, false, false, 65_535);

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /** Reads the server's {@code max_allowed_packet}, so oversized values are refused before they are sent. */
    @Override
    public void initializeConnection(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("SELECT @@max_allowed_packet")) {
            if (rs.next()) {
                maxPacketBytes = rs.getLong(1);
            }
        }
    }

    /**
     * Each value fits the packet on its own (see the limits), but several large values of one statement
     * together may not: such a statement would kill the connection, so it is refused here. Text counts
     * its UTF-8 bytes, bytes their length, plus room for the escaping of the text protocol.
     */
    @Override
    public void checkStatementSize(org.sequelize4j.sql.SqlStatement statement) {
        long limit = maxPacketBytes - 1024;
        long size = statement.sql().length();
        long bound = size;
        for (Object value : statement.values()) {
            if (value instanceof CharSequence) {
                bound += ((CharSequence) value).length() * 3L;
            } else if (value instanceof byte[]) {
                bound += ((byte[]) value).length * 2L;
            } else {
                bound += textBytes(value);
            }
        }
        if (bound <= limit) {
            return;
        }
        for (Object value : statement.values()) {
            if (value instanceof CharSequence) {
                size += value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            } else if (value instanceof byte[]) {
                size += ((byte[]) value).length;
            } else {
                size += textBytes(value);
            }
        }
        if (size > limit) {
            throw new org.sequelize4j.errors.ValidationError(List.of(new org.sequelize4j.errors.ValidationErrorItem(
                    "The statement's values total " + size + " bytes, more than the server accepts in one packet"
                            + " (max_allowed_packet " + maxPacketBytes + "); write large values in separate statements",
                    "string violation", null, null, "len", List.of(), "CORE")));
        }
    }

    /**
     * The bytes a value other than text or bytes takes in the statement the driver sends (it inlines
     * values into the text): a number its digits, anything else (dates, UUIDs, booleans) at most 64.
     */
    private static long textBytes(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return 21;
        }
        return value instanceof java.math.BigInteger || value instanceof java.math.BigDecimal
                ? value.toString().length() + 2 : 64;
    }

    private final TypeLimits limits = new TypeLimits() {
        @Override
        public void checkDecimal(DataType type, java.math.BigDecimal value) {
            // A DECIMAL declared without precision is DECIMAL(10,0) here, which would round 1.5 to 2 silently.
            if (type.kind() == DataType.Kind.DECIMAL && type.precision() == null) {
                java.math.BigDecimal stripped = value.signum() == 0 ? java.math.BigDecimal.ZERO : value.stripTrailingZeros();
                if (stripped.scale() > 0) {
                    throw new TypeMismatch("isDecimal", org.sequelize4j.types.Quoting.quote(value) + " has decimal places, but DECIMAL without"
                            + " precision is DECIMAL(10,0) on MySQL/MariaDB and would round it; declare DECIMAL(p,s)");
                }
                if (stripped.precision() - stripped.scale() > 10) {
                    throw new TypeMismatch("range", org.sequelize4j.types.Quoting.quote(value) + " has more than 10 digits, the most"
                            + " DECIMAL without precision (DECIMAL(10,0)) holds on MySQL/MariaDB");
                }
            }
        }

        @Override
        public boolean allowsNonFiniteFloats() {
            return false;
        }

        @Override
        public int minYear() {
            return 1000;
        }

        @Override
        public int maxYear() {
            return 9999;
        }

        @Override
        public long maxTextBytes(DataType type) {
            // The whole statement must fit in one packet; leave room for the rest of it.
            long packet = Math.max(1024, maxPacketBytes - 1024);
            if ("tiny".equals(type.size())) {
                return 255;
            }
            if ("medium".equals(type.size())) {
                return Math.min(16_777_215, packet);
            }
            return packet;
        }
    };

    @Override
    public TypeLimits limits() {
        return limits;
    }

    @Override
    public boolean supportsType(DataType type) {
        switch (type.kind()) {
            case CITEXT: case JSONB: case ARRAY:
                return false;
            default:
                return true;
        }
    }

    @Override
    public ValueCodec codec(DataType type) {
        return codecs.codec(type);
    }

    @Override
    public String typeSql(DataType type) {
        return MySqlTypes.typeSql(this, type);
    }

    /**
     * MySQL's CAST takes only a few target types (CHAR, SIGNED, UNSIGNED, DECIMAL, DOUBLE, DATE, DATETIME,
     * TIME, BINARY, JSON), not column types such as LONGTEXT or INT, which are a syntax error there.
     */
    @Override
    protected String castTypeSql(DataType type) {
        switch (type.kind()) {
            case STRING: case CHAR: case TEXT: case CITEXT: case ENUM: case UUID:
                return type.isBinary() ? "BINARY" : "CHAR";
            case TINYINT: case SMALLINT: case MEDIUMINT: case INTEGER: case BIGINT:
                return type.isUnsigned() ? "UNSIGNED" : "SIGNED";
            case BOOLEAN:
                return "SIGNED";
            case FLOAT: case REAL: case DOUBLE:
                return "DOUBLE";
            case DATE:
                return "DATETIME(" + type.timePrecision() + ")";
            case BLOB:
                return "BINARY";
            default:
                return typeSql(type);
        }
    }

    @Override
    public String[] metadataLocation(java.sql.Connection connection, TableRef table) throws java.sql.SQLException {
        // MySQL files tables under catalogs (databases); a model's schema names one.
        return new String[] {table.schema() != null ? table.schema() : connection.getCatalog(), null, table.name()};
    }

    @Override
    public DdlGenerator ddl() {
        return ddl;
    }

    @Override
    public org.sequelize4j.dialect.SchemaEditor schemaEditor() {
        return schemaEditor;
    }

    @Override
    public ErrorTranslator errors() {
        return errors;
    }

    @Override
    public String quoteIdentifier(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /**
     * Backslashes doubled, as the session reads them: every connection starts without
     * {@code NO_BACKSLASH_ESCAPES} ({@link #connectionSettings}) and DDL runs without it
     * ({@link #standardizeSession}). Quotes are doubled rather than escaped, so the literal cannot end
     * early under either mode.
     */
    @Override
    public String stringLiteral(String value) {
        return '\'' + value.replace("\\", "\\\\").replace("'", "''") + '\'';
    }

    @Override
    public String stringLiteralValue(String sql) {
        return org.sequelize4j.dialect.StringLiterals.mysql(sql);
    }

    /** Takes {@code NO_BACKSLASH_ESCAPES} out of the session's {@code sql_mode}, if a raw statement put it in. */
    @Override
    public String standardizeSession(java.sql.Connection connection) throws java.sql.SQLException {
        String mode;
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rs = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
            mode = rs.next() ? rs.getString(1) : null;
        }
        if (mode == null || !java.util.Arrays.asList(mode.split(",")).contains(NO_BACKSLASH_ESCAPES)) {
            return null;
        }
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(WITHOUT_NO_BACKSLASH_ESCAPES);
        }
        // sql_mode names are letters and underscores: the literal needs no escaping in either mode.
        return "SET SESSION sql_mode = " + stringLiteral(mode);
    }

    private static final String NO_BACKSLASH_ESCAPES = "NO_BACKSLASH_ESCAPES";

    /** The session's sql_mode without NO_BACKSLASH_ESCAPES (the commas around it keep other modes whole). */
    private static final String WITHOUT_NO_BACKSLASH_ESCAPES = "SET SESSION sql_mode = TRIM(BOTH ',' FROM"
            + " REPLACE(CONCAT(',', @@SESSION.sql_mode, ','), '," + NO_BACKSLASH_ESCAPES + ",', ','))";

    /** Backslash escapes in strings, {@code #} comments. */
    @Override
    public org.sequelize4j.sql.RawSyntax rawSyntax() {
        return RAW_SYNTAX;
    }

    private static final org.sequelize4j.sql.RawSyntax RAW_SYNTAX = new org.sequelize4j.sql.RawSyntax(true, true, false,
            false);

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String literalText(Object value, DataType type) {
        return codecs.literalText(value);
    }

    @Override
    public void writeTableName(SqlWriter w, TableRef table) {
        if (table.schema() != null) {
            w.append(quoteIdentifier(table.schema())).append('.');
        }
        w.append(quoteIdentifier(table.name()));
    }

    @Override
    public void writeLimitOffset(SqlWriter w, Integer limit, Integer offset) {
        if (limit != null) {
            w.append(" LIMIT ").append(limit);
            if (offset != null && offset > 0) {
                w.append(" OFFSET ").append(offset);
            }
        } else if (offset != null && offset > 0) {
            // MySQL has no OFFSET without LIMIT; this is its documented "all remaining rows".
            w.append(" LIMIT 18446744073709551615 OFFSET ").append(offset);
        }
    }

    @Override
    public void writeLock(SqlWriter w, SelectSpec.LockClause lock) {
        switch (lock.level()) {
            case SHARE: case KEY_SHARE:
                w.append(" LOCK IN SHARE MODE");
                break;
            default:
                w.append(" FOR UPDATE");
        }
        if (lock.skipLocked()) {
            w.append(" SKIP LOCKED");
        } else if (lock.noWait()) {
            w.append(" NOWAIT");
        }
    }

    @Override
    public void writeRegexp(SqlWriter w, SqlRenderer renderer, SqlExpr left, Operator op, SqlExpr pattern) {
        renderer.writeExpr(w, left);
        boolean negated = op == Operator.NOT_REGEXP || op == Operator.NOT_IREGEXP;
        w.append(negated ? " NOT REGEXP " : " REGEXP ");
        if (op == Operator.IREGEXP || op == Operator.NOT_IREGEXP) {
            w.append("CONCAT('(?i)', ");
            renderer.writeExpr(w, pattern);
            w.append(')');
        } else {
            renderer.writeExpr(w, pattern);
        }
    }

    @Override
    public void writeJsonPath(SqlWriter w, SqlRenderer renderer, SqlExpr.JsonPath path) {
        String jsonPath = SqliteDialect.jsonPath(path.path());
        switch (path.as()) {
            case JSON:
                w.append("JSON_EXTRACT(");
                renderer.writeExpr(w, path.column());
                w.append(", ").param(jsonPath, null).append(')');
                break;
            case NUMBER:
                w.append("CAST(");
                writeScalar(w, renderer, path.column(), jsonPath);
                w.append(" AS DECIMAL(65,30))");
                break;
            case BOOLEAN:
                w.append('(');
                writeScalar(w, renderer, path.column(), jsonPath);
                w.append(" = 'true')");
                break;
            case TEXT:
            default:
                writeScalar(w, renderer, path.column(), jsonPath);
        }
    }

    /**
     * The value at a JSON path as SQL text, with JSON {@code null} as SQL NULL. JSON_UNQUOTE alone turns
     * JSON null into the string {@code 'null'}, so {@code IS NULL} would miss it (and numbers and booleans
     * would compare it as 0 and false) where PostgreSQL's {@code ->>} and SQLite's json_extract give NULL.
     */
    private static void writeScalar(SqlWriter w, SqlRenderer renderer, SqlExpr column, String jsonPath) {
        w.append("IF(JSON_TYPE(JSON_EXTRACT(");
        renderer.writeExpr(w, column);
        w.append(", ").param(jsonPath, null).append(")) = 'NULL', NULL, JSON_UNQUOTE(JSON_EXTRACT(");
        renderer.writeExpr(w, column);
        w.append(", ").param(jsonPath, null).append(")))");
    }

    @Override
    public String randomFunction() {
        return "RAND()";
    }

    @Override
    public void writeInsertDefaults(SqlWriter w) {
        w.append(" () VALUES ()");
    }

    @Override
    public void writeConflict(SqlWriter w, SqlRenderer renderer, InsertSpec insert) {
        InsertSpec.Conflict conflict = insert.conflict();
        w.append(" ON DUPLICATE KEY UPDATE ");
        if (conflict.ignore() || conflict.updateColumns().isEmpty()) {
            // A no-op update skips duplicates without INSERT IGNORE, which would also hide other errors.
            String column = quoteIdentifier(!conflict.target().isEmpty() ? conflict.target().get(0)
                    : insert.columns().get(0));
            w.append(column).append(" = ").append(column);
            return;
        }
        for (int i = 0; i < conflict.updateColumns().size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            String column = quoteIdentifier(conflict.updateColumns().get(i));
            w.append(column).append(" = VALUES(").append(column).append(')');
        }
        for (String increment : conflict.incrementColumns()) {
            String column = quoteIdentifier(increment);
            w.append(", ").append(column).append(" = ").append(column).append(" + 1");
        }
    }

    @Override
    public Boolean upsertInserted(int updateCount) {
        // ON DUPLICATE KEY UPDATE reports 1 for an insert, 2 for an update and 0 for an unchanged row.
        return updateCount == 1;
    }

    @Override
    public ConnectionSettings connectionSettings(ConnectionConfig config) {
        Properties properties = new Properties();
        if (config.username() != null) {
            properties.setProperty("user", config.username());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        config.parameters().forEach(properties::setProperty);
        String host = config.host() == null ? "localhost" : config.host();
        int port = config.port() == null ? 3306 : config.port();
        String database = config.database() == null ? "" : config.database();
        String zone = offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        // Backslashes are escapes in every session, whatever the server's sql_mode, so that literals (in DDL
        // and in raw SQL) read the same on every server.
        List<String> init = List.of("SET NAMES utf8mb4", "SET time_zone = '" + zone + "'", WITHOUT_NO_BACKSLASH_ESCAPES);
        return new ConnectionSettings("jdbc:mariadb://" + host + ":" + port + "/" + database, "org.mariadb.jdbc.Driver",
                properties, init, null, 5);
    }

    @Override
    public boolean cursorAllowsOtherStatements() {
        return false;
    }
}
