package org.sequelize4j.dialect.sqlite;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sequelize4j.DataType;
import org.sequelize4j.dialect.Capabilities;
import org.sequelize4j.dialect.ConnectionConfig;
import org.sequelize4j.dialect.ConnectionSettings;
import org.sequelize4j.dialect.DdlGenerator;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.ErrorTranslator;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.Operator;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlWriter;
import org.sequelize4j.types.TypeLimits;
import org.sequelize4j.types.TypeMismatch;
import org.sequelize4j.types.ValueCodec;

/**
 * SQLite, embedded through sqlite-jdbc. Dates are stored as text in Sequelize's format so databases
 * written by Sequelize read back unchanged; foreign keys are enforced on every connection; REGEXP is
 * provided by a Java function registered on each connection.
 */
public final class SqliteDialect extends Dialect {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, false, true, false, false,
            false, false, false, false, false, false, false, false, true, false, false, true, true, false, 32_766);

    private final SqliteCodecs codecs;
    private final SqliteDdl ddl = new SqliteDdl(this);
    private final SqliteSchemaEditor schemaEditor = new SqliteSchemaEditor(this, ddl);
    private final SqliteErrors errors = new SqliteErrors();

    /** A dialect writing dates with the given offset (Sequelize's {@code timezone}). */
    public SqliteDialect(java.time.ZoneOffset offset) {
        this.codecs = new SqliteCodecs(offset);
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public TypeLimits limits() {
        return LIMITS;
    }

    private static final TypeLimits LIMITS = new TypeLimits() {
        @Override
        public boolean allowsNonFiniteFloats() {
            return false;
        }

        @Override
        public int minYear() {
            return 1;
        }

        @Override
        public int maxYear() {
            return 9999;
        }

        @Override
        public long maxTextBytes(DataType type) {
            return 0;
        }

        @Override
        public void checkInteger(DataType type, java.math.BigInteger value) {
            // INTEGER affinity turns integers beyond 64 bits into REAL (2^64-1 would read as 1.8446744073709552E19).
            if (value.bitLength() > 63) {
                throw new TypeMismatch("range", value + " is outside the range SQLite stores exactly"
                        + " (-9223372036854775808 to 9223372036854775807)");
            }
        }

        @Override
        public void checkDecimal(DataType type, BigDecimal value) {
            // NUMERIC affinity keeps integers up to 64 bits and other numbers as doubles (15 digits).
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
                return;
            }
            if (stripped.precision() > 15) {
                throw new TypeMismatch("isDecimal", org.sequelize4j.types.Quoting.quote(value) + " has "
                        + stripped.precision() + " significant digits; SQLite keeps only 15 exactly");
            }
            // Beyond the double range the text becomes Infinity (which no later read can parse) or 0.
            double d = stripped.doubleValue();
            if (!Double.isFinite(d) || Math.abs(d) < Double.MIN_NORMAL || new BigDecimal(Double.toString(d)).compareTo(stripped) != 0) {
                throw new TypeMismatch("range", org.sequelize4j.types.Quoting.quote(value) + " is beyond what"
                        + " SQLite stores exactly (15 significant digits between about 1E-307 and 1E308)");
            }
        }
    };

    @Override
    public boolean supportsType(DataType type) {
        switch (type.kind()) {
            case JSONB: case ARRAY:
                return false;
            default:
                return true;
        }
    }

    /** SQLite binds :name, @name, $name and ?NNN itself, as NULL when nothing is bound to them. */
    @Override
    public org.sequelize4j.sql.RawSyntax rawSyntax() {
        return RAW_SYNTAX;
    }

    private static final org.sequelize4j.sql.RawSyntax RAW_SYNTAX = new org.sequelize4j.sql.RawSyntax(false, false, true,
            false);

    @Override
    public boolean autoIncrementNeedsReload(boolean primaryKey) {
        return !primaryKey;
    }

    @Override
    public ValueCodec codec(DataType type) {
        return codecs.codec(type);
    }

    /**
     * An auto-increment key is the table's rowid, which SQLite stores as an integer always (a value the
     * caller gave was coerced to an integer before it was bound): it is read with one {@code getLong},
     * not the storage-class check every other integer column needs.
     */
    @Override
    public ValueCodec generatedKeyCodec(DataType type) {
        ValueCodec rowid = SqliteNumberCodecs.rowid(codecs.codec(type));
        return rowid != null ? rowid : codecs.codec(type);
    }

    @Override
    public String typeSql(DataType type) {
        switch (type.kind()) {
            case STRING: return (type.isBinary() ? "VARCHAR BINARY(" : "VARCHAR(") + type.effectiveLength() + ")";
            case CHAR: return (type.isBinary() ? "CHAR BINARY(" : "CHAR(") + type.effectiveLength() + ")";
            case TEXT: case ENUM: return "TEXT";
            case CITEXT: return "TEXT COLLATE NOCASE";
            case TINYINT: case SMALLINT: case MEDIUMINT: case BIGINT:
                return type.kind().name() + (type.isUnsigned() ? " UNSIGNED" : "");
            case INTEGER: return "INTEGER" + (type.isUnsigned() ? " UNSIGNED" : "");
            case FLOAT: return "FLOAT";
            case REAL: return "REAL";
            case DOUBLE: return "DOUBLE PRECISION";
            case DECIMAL:
                return type.precision() == null ? "DECIMAL"
                        : "DECIMAL(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")";
            case BOOLEAN: return "TINYINT(1)";
            case DATE: return "DATETIME";
            case DATEONLY: return "DATE";
            case TIME: return "TIME";
            case UUID: return "UUID";
            case JSON: return "JSON";
            case BLOB: return "BLOB";
            default:
                throw new IllegalArgumentException("SQLite has no column type for " + type);
        }
    }

    @Override
    public String[] metadataLocation(Connection connection, org.sequelize4j.sql.TableRef table) {
        return new String[] {null, null, table.schema() == null ? table.name() : table.schema() + "." + table.name()};
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
    public void writeTableName(SqlWriter w, org.sequelize4j.sql.TableRef table) {
        // SQLite has no schemas: Sequelize prefixes the table name instead ("schema.table").
        String name = table.schema() == null ? table.name() : table.schema() + "." + table.name();
        w.append(quoteIdentifier(name));
    }

    @Override
    public void writeLimitOffset(SqlWriter w, Integer limit, Integer offset) {
        if (limit == null && offset != null && offset > 0) {
            // SQLite has no OFFSET without LIMIT; a negative limit means "no limit".
            w.append(" LIMIT -1 OFFSET ").append(offset);
            return;
        }
        super.writeLimitOffset(w, limit, offset);
    }

    @Override
    public String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String literalText(Object value, DataType type) {
        return codecs.literalText(value);
    }

    @Override
    public void writeRegexp(SqlWriter w, SqlRenderer renderer, SqlExpr left, Operator op, SqlExpr pattern) {
        boolean negated = op == Operator.NOT_REGEXP || op == Operator.NOT_IREGEXP;
        boolean insensitive = op == Operator.IREGEXP || op == Operator.NOT_IREGEXP;
        if (negated) {
            w.append("NOT ");
        }
        w.append(insensitive ? "sequelize4j_iregexp(" : "regexp(");
        renderer.writeExpr(w, pattern);
        w.append(", ");
        renderer.writeExpr(w, left);
        w.append(')');
    }

    /** SQLite's LIKE has no escape character unless one is named: backslash, as on PostgreSQL and MariaDB. */
    @Override
    public void writeLikeEscape(SqlWriter w, SqlExpr.Like like) {
        w.append(like.escaped() ? " ESCAPE '!'" : " ESCAPE '\\'");
    }

    @Override
    public void writeInList(SqlWriter w, SqlRenderer renderer, SqlExpr.In in) {
        SqliteInList.write(this, w, renderer, in);
    }

    @Override
    public void writeJsonPath(SqlWriter w, SqlRenderer renderer, SqlExpr.JsonPath path) {
        // json_extract returns SQL values (text, integer, real), so comparisons work without casts.
        w.append("json_extract(");
        renderer.writeExpr(w, path.column());
        w.append(", ").param(jsonPath(path.path()), StandardCodecs.STRING).append(')');
    }

    /** A JSON path in SQLite's and MySQL's syntax: {@code $."a"."b"[0]}. */
    public static String jsonPath(List<SqlExpr.JsonStep> path) {
        StringBuilder sb = new StringBuilder("$");
        for (SqlExpr.JsonStep step : path) {
            if (step.isIndex()) {
                sb.append('[').append(step.index()).append(']');
            } else {
                sb.append(".\"").append(step.key().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return sb.toString();
    }

    @Override
    public void writeConflict(SqlWriter w, SqlRenderer renderer, InsertSpec insert) {
        writeOnConflict(this, w, renderer, insert);
    }

    /** The {@code ON CONFLICT} clause shared by SQLite and PostgreSQL. */
    public static void writeOnConflict(Dialect dialect, SqlWriter w, SqlRenderer renderer, InsertSpec insert) {
        InsertSpec.Conflict conflict = insert.conflict();
        w.append(" ON CONFLICT");
        if (!conflict.target().isEmpty()) {
            w.append(" (");
            for (int i = 0; i < conflict.target().size(); i++) {
                if (i > 0) {
                    w.append(", ");
                }
                w.append(dialect.quoteIdentifier(conflict.target().get(i)));
            }
            w.append(')');
        }
        if (conflict.ignore() || conflict.updateColumns().isEmpty()) {
            w.append(" DO NOTHING");
            return;
        }
        w.append(" DO UPDATE SET ");
        for (int i = 0; i < conflict.updateColumns().size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            String column = dialect.quoteIdentifier(conflict.updateColumns().get(i));
            w.append(column).append(" = EXCLUDED.").append(column);
        }
        for (String increment : conflict.incrementColumns()) {
            // The existing row is named by its table inside ON CONFLICT DO UPDATE.
            String column = dialect.quoteIdentifier(increment);
            w.append(", ").append(column).append(" = ");
            dialect.writeTableName(w, insert.table());
            w.append('.').append(column).append(" + 1");
        }
        if (conflict.where() != null) {
            w.append(" WHERE ");
            renderer.writeExpr(w, conflict.where());
        }
    }

    @Override
    public ConnectionSettings connectionSettings(ConnectionConfig config) {
        Properties properties = new Properties();
        properties.setProperty("foreign_keys", "true");
        // SQLite's LIKE ignores ASCII case by default; PostgreSQL's and MariaDB's (binary collation) do not.
        // iLike is the case-insensitive operator on every dialect.
        properties.setProperty("case_sensitive_like", "true");
        properties.setProperty("busy_timeout", config.parameters().getOrDefault("busy_timeout", "5000"));
        // sqlite-jdbc makes every native call on a connection while holding that connection's Java monitor
        // (all but sqlite3_interrupt, which SQLite documents as callable from any thread and which takes no
        // connection mutex in any mode), so SQLite's own per-connection mutex (its serialized mode, the
        // driver's build default) guards nothing more and costs a lock and an unlock per call, each column
        // read included. Multi-thread mode drops it; SQLite's shared structures keep their mutexes. The
        // driver adds SQLITE_OPEN_URI to whatever open_mode says. An application's open_mode wins.
        properties.setProperty("open_mode", String.valueOf(org.sqlite.SQLiteOpenMode.READWRITE.flag
                | org.sqlite.SQLiteOpenMode.CREATE.flag | org.sqlite.SQLiteOpenMode.NOMUTEX.flag));
        config.parameters().forEach((key, value) -> {
            if (!key.equals("busy_timeout")) {
                properties.setProperty(key, value);
            }
        });
        if (config.isMemory()) {
            // One shared-cache database per Sequelize instance; a held connection keeps it alive
            // when the pool replaces its connections.
            String url = "jdbc:sqlite:file:sequelize4j-" + UUID.randomUUID() + "?mode=memory&cache=shared";
            return new ConnectionSettings(url, "org.sqlite.JDBC", properties, List.of(), url, 1);
        }
        String path = Path.of(config.storage()).toAbsolutePath().toString();
        return new ConnectionSettings("jdbc:sqlite:" + path, "org.sqlite.JDBC", properties, List.of(), null, 5);
    }

    @Override
    public void beginTransaction(Connection connection, org.sequelize4j.TransactionOptions options) throws SQLException {
        // SQLite decides isolation by locking, and read-only is fixed when a connection opens.
        if (options.type() != null) {
            connection.unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig()
                    .setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.valueOf(options.type().name()));
        }
        if (options.isSchemaChange()) {
            // SQLite ignores this pragma inside a transaction, so it must come before BEGIN.
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
        }
        connection.setAutoCommit(false);
    }

    /**
     * With foreign keys off during a schema change nothing stopped a row from losing its parent, so the
     * whole database is checked before the change is committed.
     */
    @Override
    public void beforeCommit(Connection connection, org.sequelize4j.TransactionOptions options) throws SQLException {
        if (!options.isSchemaChange()) {
            return;
        }
        List<String> violations = new java.util.ArrayList<>();
        String table = null;
        try (java.sql.Statement st = connection.createStatement();
             java.sql.ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                table = table == null ? rs.getString(1) : table;
                if (violations.size() < 5) {
                    violations.add(rs.getString(1) + " row " + rs.getObject(2) + " -> " + rs.getString(3));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new org.sequelize4j.errors.ForeignKeyConstraintError("The schema change leaves rows whose foreign"
                    + " keys point nowhere: " + violations + "; it was rolled back", null, table,
                    "PRAGMA foreign_key_check", List.of(), null);
        }
    }

    @Override
    public void afterTransaction(Connection connection, org.sequelize4j.TransactionOptions options) throws SQLException {
        if (options.isSchemaChange()) {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /**
     * Back to DEFERRED before the final COMMIT or ROLLBACK: sqlite-jdbc runs {@code BEGIN <mode>} right
     * after either, and an IMMEDIATE or EXCLUSIVE one would take the write lock again (waiting for, or
     * failing with SQLITE_BUSY behind, other writers) after this transaction had already ended.
     */
    @Override
    public void endTransaction(Connection connection) throws SQLException {
        connection.unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig()
                .setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.DEFERRED);
    }

    /**
     * sqlite-jdbc compiles every statement from its text (for a short statement this costs about as
     * much as running it) and keeps no cache, so Sequelize4j keeps them.
     */
    @Override
    public boolean cachesPreparedStatements() {
        return true;
    }

    private volatile int maxVariables = CAPABILITIES.maxParameters();

    /** SQLite's own limit, read from the connection (sqlite-jdbc is built with a higher one than SQLite's default). */
    @Override
    public int maxBoundParameters() {
        return maxVariables;
    }

    /**
     * SQLite columns hold any integer (and turn a sum beyond 64 bits into a REAL), so an arithmetic
     * update is wrapped in {@code sequelize4j_in_range(sum, min, max, integral)}, which fails the
     * statement when the sum leaves the declared type's range, as PostgreSQL and MariaDB do.
     */
    @Override
    public SqlExpr checkedSum(SqlExpr sum, DataType type) {
        String min;
        String max;
        if (type.kind().isInteger()) {
            min = org.sequelize4j.types.TypeCoercion.integerMin(type).toString();
            max = org.sequelize4j.types.TypeCoercion.integerMax(type).toString();
        } else if (type.kind() == DataType.Kind.DECIMAL && type.precision() != null && type.precision() > 0) {
            int scale = type.scale() == null ? 0 : type.scale();
            BigDecimal bound = BigDecimal.TEN.pow(type.precision() - scale).subtract(BigDecimal.ONE.movePointLeft(scale));
            min = bound.negate().toPlainString();
            max = bound.toPlainString();
        } else {
            return sum;
        }
        return new SqlExpr.Func("sequelize4j_in_range", List.of(sum, new SqlExpr.Raw(min), new SqlExpr.Raw(max),
                new SqlExpr.Raw(type.kind().isInteger() ? "1" : "0")));
    }

    /**
     * The pragmas behind the driver properties of {@link #connectionSettings}, for connections opened by
     * the application's own pool.
     */
    @Override
    public List<String> externalSessionSql(ConnectionSettings settings) {
        Properties p = settings.properties();
        return List.of("PRAGMA foreign_keys = " + (Boolean.parseBoolean(p.getProperty("foreign_keys")) ? "ON" : "OFF"),
                "PRAGMA case_sensitive_like = " + (Boolean.parseBoolean(p.getProperty("case_sensitive_like")) ? "ON" : "OFF"),
                "PRAGMA busy_timeout = " + Integer.parseInt(p.getProperty("busy_timeout", "5000")));
    }

    @Override
    public boolean externalSessionSqlWorksInTransaction() {
        return false;
    }

    /**
     * Registers the functions SQLite lacks (REGEXP, the range check of arithmetic updates) on each new
     * connection and reads its parameter limit.
     */
    @Override
    public void initializeConnection(Connection connection) throws SQLException {
        maxVariables = connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                .limit(org.sqlite.SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER.getId(), -1);
        org.sqlite.Function.create(connection, "sequelize4j_in_range", new InRangeFunction());
        org.sqlite.Function.create(connection, "regexp", new RegexpFunction(false));
        org.sqlite.Function.create(connection, "sequelize4j_iregexp", new RegexpFunction(true));
    }

    /** The library's writes skip the driver's generated-keys work (see {@link SqliteLibraryWrites}). */
    @Override
    public int executeLibraryUpdate(java.sql.PreparedStatement statement) throws SQLException {
        return SqliteLibraryWrites.executeUpdate(statement);
    }

    /** Marks the error {@link InRangeFunction} raises, which {@link SqliteErrors} reports as SQLSTATE 22003. */
    static final String OUT_OF_RANGE = "sequelize4j: value out of range";

    /** {@code sequelize4j_in_range(value, min, max, integral)}: the value, or an error when it is outside. */
    private static final class InRangeFunction extends org.sqlite.Function {
        private static final int SQLITE_INTEGER = org.sqlite.core.Codes.SQLITE_INTEGER;
        private static final int SQLITE_FLOAT = org.sqlite.core.Codes.SQLITE_FLOAT;
        private static final int SQLITE_NULL = org.sqlite.core.Codes.SQLITE_NULL;

        @Override
        protected void xFunc() throws SQLException {
            int type = value_type(0);
            if (type == SQLITE_NULL) {
                result();
                return;
            }
            boolean integral = value_int(3) == 1;
            if (type == SQLITE_INTEGER && value_type(1) == SQLITE_INTEGER) {
                long v = value_long(0);
                if (v < value_long(1) || v > value_long(2)) {
                    throw new SQLException(OUT_OF_RANGE + ": " + v);
                }
                result(v);
                return;
            }
            if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) {
                throw new SQLException(OUT_OF_RANGE + ": not a number");
            }
            double v = value_double(0);
            // An integer sum beyond 64 bits arrives as a REAL; an integer column must not take it.
            if (!(v >= value_double(1) && v <= value_double(2)) || integral && type == SQLITE_FLOAT) {
                throw new SQLException(OUT_OF_RANGE + ": " + v);
            }
            if (type == SQLITE_INTEGER) {
                result(value_long(0));
            } else {
                result(v);
            }
        }
    }

    /** {@code regexp(pattern, value)}: whether the value contains a match of the Java regular expression. */
    private static final class RegexpFunction extends org.sqlite.Function {
        private final boolean caseInsensitive;
        private final java.util.Map<String, Pattern> cache = new java.util.concurrent.ConcurrentHashMap<>();

        RegexpFunction(boolean caseInsensitive) {
            this.caseInsensitive = caseInsensitive;
        }

        @Override
        protected void xFunc() throws SQLException {
            if (args() != 2) {
                throw new SQLException("regexp takes a pattern and a value");
            }
            String pattern = value_text(0);
            String value = value_text(1);
            if (pattern == null || value == null) {
                result();
                return;
            }
            Pattern compiled;
            try {
                compiled = cache.computeIfAbsent(pattern,
                        p -> Pattern.compile(p, caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
            } catch (PatternSyntaxException e) {
                throw new SQLException("Invalid regular expression: " + e.getDescription());
            }
            if (cache.size() > 256) {
                cache.clear();
            }
            result(compiled.matcher(value).find() ? 1 : 0);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
