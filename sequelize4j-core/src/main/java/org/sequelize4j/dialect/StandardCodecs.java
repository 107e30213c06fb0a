package org.sequelize4j.dialect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.types.UnreadableValue;
import org.sequelize4j.types.ValueCodec;

/**
 * Codecs that behave the same on every JDBC driver, used by all dialects for the types their drivers
 * handle in the standard way. Dialect-specific codecs (dates in SQLite, JSON in PostgreSQL) live with
 * their dialects.
 */
public final class StandardCodecs {

    private StandardCodecs() {
    }

    /**
     * The mapper for JSON values: plain maps, lists, strings, numbers and booleans; numbers a double
     * cannot hold exactly are read as BigDecimal (see {@link JsonValues}). Built on first use, in a
     * holder class: creating an ObjectMapper loads a few hundred Jackson classes (about 200 ms on a
     * cold JVM), which an application without JSON columns should not pay at start-up.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(
                new com.fasterxml.jackson.databind.module.SimpleModule("sequelize4j-json")
                        .addDeserializer(Object.class, new JsonValues()));
    }

    /** The mapper JSON values are written and read with (created on first use). */
    public static ObjectMapper jsonMapper() {
        return Json.MAPPER;
    }

    /** Text as {@code String}. */
    public static final ValueCodec STRING = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, (String) v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.VARCHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : value.toString();
        }
    };

    /** 32-bit integers as {@code Integer}. */
    public static final ValueCodec INTEGER = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setInt(i, ((Number) v).intValue());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.INTEGER);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            // Read wide: SQLite's driver would wrap 2147483651 into -2147483645 without a word.
            long v = rs.getLong(i);
            if (v == 0 && rs.wasNull()) {
                return null;
            }
            if (v != (int) v) {
                throw new UnreadableValue(v, "is outside the range of a 32-bit integer");
            }
            return (int) v;
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : ((Number) value).intValue();
        }
    };

    /** 64-bit integers as {@code Long}. */
    public static final ValueCodec LONG = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setLong(i, ((Number) v).longValue());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.BIGINT);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return v == 0 && rs.wasNull() ? null : v;
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : ((Number) value).longValue();
        }
    };

    /** Unsigned 64-bit integers as {@code BigInteger}. */
    public static final ValueCodec BIG_INTEGER = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setBigDecimal(i, new BigDecimal((BigInteger) v));
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.NUMERIC);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            BigDecimal v = rs.getBigDecimal(i);
            return v == null ? null : v.toBigIntegerExact();
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : new BigDecimal(value.toString()).toBigIntegerExact();
        }
    };

    /** Single-precision floats as {@code Float}. */
    public static final ValueCodec FLOAT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setFloat(i, ((Number) v).floatValue());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.REAL);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            float v = rs.getFloat(i);
            return v == 0 && rs.wasNull() ? null : v;
        }
    };

    /** Double-precision floats as {@code Double}. */
    public static final ValueCodec DOUBLE = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setDouble(i, ((Number) v).doubleValue());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.DOUBLE);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            double v = rs.getDouble(i);
            return v == 0 && rs.wasNull() ? null : v;
        }
    };

    /** Exact decimals as {@code BigDecimal}. */
    public static final ValueCodec DECIMAL = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setBigDecimal(i, (BigDecimal) v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.DECIMAL);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBigDecimal(i);
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : new BigDecimal(value.toString());
        }
    };

    /** Booleans as {@code Boolean} (also where the column is an integer). */
    public static final ValueCodec BOOLEAN = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setBoolean(i, (Boolean) v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.BOOLEAN);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            boolean v = rs.getBoolean(i);
            return !v && rs.wasNull() ? null : v;
        }
    };

    /** Bytes as {@code byte[]}. */
    public static final ValueCodec BYTES = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setBytes(i, (byte[]) v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.BINARY);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getBytes(i);
        }
    };

    /** UUIDs stored as their 36-character text. */
    public static final ValueCodec UUID_TEXT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, v.toString());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.CHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            if (v == null) {
                return null;
            }
            if (v.length() != 36) {
                throw new UnreadableValue(v, "is not a UUID");
            }
            try {
                return UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                throw new UnreadableValue(v, "is not a UUID");
            }
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null || value instanceof UUID ? value : UUID.fromString(value.toString());
        }
    };

    /** Dates as {@code LocalDate} through the driver's java.time support. */
    public static final ValueCodec LOCAL_DATE = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setObject(i, v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.DATE);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, LocalDate.class);
        }
    };

    /** Times as {@code LocalTime} through the driver's java.time support. */
    public static final ValueCodec LOCAL_TIME = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setObject(i, v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.TIME);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, LocalTime.class);
        }
    };

    /** JSON serialised as text; read back as maps, lists, strings, numbers, booleans. */
    public static final ValueCodec JSON_TEXT = new JsonCodec(Types.VARCHAR);

    /** Anything else: the driver's own {@code setObject}/{@code getObject}. */
    public static final ValueCodec OBJECT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setObject(i, v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.NULL);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i);
        }
    };

    /** Serialises a JSON value to text. */
    public static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new QueryError("Cannot write value of " + value.getClass().getName() + " as JSON: " + e.getMessage(), e);
        }
    }

    /** Parses JSON text. */
    public static Object fromJson(String text) {
        try {
            return Json.MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new QueryError("The database returned invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON as text bound with a given SQL type ({@code OTHER} lets PostgreSQL cast it to json/jsonb). */
    public static final class JsonCodec implements ValueCodec {
        private final int sqlType;

        /** A codec binding JSON text as {@code sqlType}. */
        public JsonCodec(int sqlType) {
            this.sqlType = sqlType;
        }

        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            String text = v instanceof RawJson ? ((RawJson) v).text() : toJson(v);
            if (sqlType == Types.VARCHAR) {
                s.setString(i, text);
            } else {
                s.setObject(i, text, sqlType);
            }
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, sqlType);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String text = rs.getString(i);
            return text == null ? null : fromJson(text);
        }
    }

    /** JSON text already serialised (e.g. a JSON-path comparison value). */
    public record RawJson(String text) {
    }
}
