package org.sequelize4j.dialect.postgres;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sequelize4j.DataType;
import org.sequelize4j.dialect.LastConversion;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.ValueCodec;

/** PostgreSQL's codecs: native timestamps with time zone, UUID, JSON, ENUM, CITEXT and arrays. */
final class PostgresCodecs {

    private PostgresCodecs() {
    }

    static ValueCodec codec(DataType type) {
        switch (type.kind()) {
            case STRING:
                return type.isBinary() ? StandardCodecs.BYTES : StandardCodecs.STRING;
            case CHAR:
                return type.isBinary() ? StandardCodecs.BYTES : PADDED_CHAR;
            case TEXT:
                return StandardCodecs.STRING;
            case CITEXT: case ENUM:
                // Sent untyped so PostgreSQL reads it as the column's citext or enum type.
                return UNTYPED_TEXT;
            case TINYINT: case SMALLINT: case MEDIUMINT:
                return StandardCodecs.INTEGER;
            case INTEGER:
                return type.isUnsigned() ? StandardCodecs.LONG : StandardCodecs.INTEGER;
            case BIGINT:
                return type.isUnsigned() ? StandardCodecs.BIG_INTEGER : StandardCodecs.LONG;
            case FLOAT: case REAL:
                return type.precision() != null && type.precision() > 24 ? StandardCodecs.DOUBLE : StandardCodecs.FLOAT;
            case DOUBLE:
                return StandardCodecs.DOUBLE;
            case DECIMAL:
                return StandardCodecs.DECIMAL;
            case BOOLEAN:
                return StandardCodecs.BOOLEAN;
            case DATE:
                return INSTANT;
            case DATEONLY:
                return StandardCodecs.LOCAL_DATE;
            case TIME:
                return StandardCodecs.LOCAL_TIME;
            case UUID:
                return NATIVE_UUID;
            case JSON: case JSONB:
                return JSON;
            case BLOB:
                return StandardCodecs.BYTES;
            case ARRAY:
                return new ArrayCodec(type.element());
            default:
                return StandardCodecs.OBJECT;
        }
    }

    private static final ValueCodec JSON = new StandardCodecs.JsonCodec(Types.OTHER);

    /** CHAR(n) comes back padded with spaces to n characters; the padding is not part of the value. */
    private static final ValueCodec PADDED_CHAR = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, (String) v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.CHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String v = rs.getString(i);
            return v == null ? null : TypeCoercion.stripPadding(v);
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : TypeCoercion.stripPadding(value.toString());
        }
    };

    private static final ValueCodec UNTYPED_TEXT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setObject(i, v.toString(), Types.OTHER);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.OTHER);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }
    };

    private static final ValueCodec INSTANT = new InstantCodec();

    /**
     * {@code timestamptz} values. An instant is bound as ISO-8601 text typed {@code timestamptz} (what
     * the driver itself sends for an {@link OffsetDateTime}), and the text of the last instant bound is
     * kept: a bulk insert binds the same timestamps on every row and formats them once. Years outside
     * 1–9999, which ISO text cannot carry the way PostgreSQL reads it, go through the driver.
     */
    private static final class InstantCodec implements ValueCodec {
        /** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds. */
        private static final long FIRST_ISO_SECOND = -62_135_596_800L;
        private static final long PAST_ISO_SECOND = 253_402_300_800L;

        private final LastConversion<java.time.Instant, org.postgresql.util.PGobject> typedText = new LastConversion<>(instant -> {
            org.postgresql.util.PGobject parameter = new org.postgresql.util.PGobject();
            parameter.setType("timestamptz");
            parameter.setValue(instant.toString());
            return parameter;
        });

        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            Instant instant = (Instant) v;
            long second = instant.getEpochSecond();
            if (second < FIRST_ISO_SECOND || second >= PAST_ISO_SECOND) {
                s.setObject(i, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
                return;
            }
            // The driver copies the text when binding; the shared object is never changed afterwards.
            s.setObject(i, typedText.of(instant));
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        }

        /** 1582-10-15T00:00:00Z, the first day of the Gregorian calendar, in epoch milliseconds. */
        private static final long GREGORIAN_START_MILLIS = -12_219_292_800_000L;

        /**
         * Read as a {@link java.sql.Timestamp}: for {@code timestamptz} the driver builds it straight from
         * the epoch offset, while an {@link OffsetDateTime} goes through local date and time objects first.
         * A {@code Timestamp} counts earlier days in the Julian calendar, unlike PostgreSQL and
         * {@code java.time}; those rare values are read again as {@code OffsetDateTime}.
         */
        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            java.sql.Timestamp v = rs.getTimestamp(i);
            if (v == null) {
                return null;
            }
            if (v.getTime() < GREGORIAN_START_MILLIS + 86_400_000L * 14) {
                return rs.getObject(i, OffsetDateTime.class).toInstant();
            }
            return v.toInstant();
        }

        @Override
        public Object fromDriver(Object value) {
            if (value instanceof java.sql.Timestamp) {
                return ((java.sql.Timestamp) value).toInstant();
            }
            return value instanceof OffsetDateTime ? ((OffsetDateTime) value).toInstant() : value;
        }
    }

    private static final ValueCodec NATIVE_UUID = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setObject(i, v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.OTHER);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return rs.getObject(i, UUID.class);
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null || value instanceof UUID ? value : UUID.fromString(value.toString());
        }
    };

    /** Arrays bound with {@code createArrayOf} and read element by element through the element's codec. */
    private static final class ArrayCodec implements ValueCodec {
        private final String elementType;
        private final ValueCodec elementCodec;
        private final boolean json;

        ArrayCodec(DataType element) {
            this.elementType = elementTypeName(element);
            this.elementCodec = codec(element);
            this.json = element.kind().isJson();
        }

        private Object element(Object e) {
            if (e instanceof java.sql.Date) {
                return ((java.sql.Date) e).toLocalDate();
            }
            if (e instanceof java.sql.Time) {
                return ((java.sql.Time) e).toLocalTime();
            }
            if (e instanceof java.sql.Timestamp) {
                return ((java.sql.Timestamp) e).toInstant();
            }
            if (json) {
                return StandardCodecs.fromJson(e.toString());
            }
            return elementCodec.fromDriver(e);
        }

        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            List<?> list = (List<?>) v;
            Object[] elements = new Object[list.size()];
            for (int k = 0; k < elements.length; k++) {
                Object element = list.get(k);
                elements[k] = element instanceof Instant ? OffsetDateTime.ofInstant((Instant) element, ZoneOffset.UTC)
                        : element instanceof java.math.BigInteger ? new java.math.BigDecimal((java.math.BigInteger) element)
                        : element;
            }
            s.setArray(i, s.getConnection().createArrayOf(elementType, elements));
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.ARRAY);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Array array = rs.getArray(i);
            if (array == null) {
                return null;
            }
            try {
                Object[] elements = (Object[]) array.getArray();
                List<Object> list = new ArrayList<>(elements.length);
                for (Object element : elements) {
                    list.add(element == null ? null : element(element));
                }
                return list;
            } finally {
                array.free();
            }
        }
    }

    private static String elementTypeName(DataType element) {
        switch (element.kind()) {
            case STRING: case CHAR: return "varchar";
            case TEXT: case ENUM: return "text";
            case CITEXT: return "citext";
            case TINYINT: case SMALLINT: return "int2";
            case MEDIUMINT: return "int4";
            case INTEGER: return element.isUnsigned() ? "int8" : "int4";
            case BIGINT: return element.isUnsigned() ? "numeric" : "int8";
            case FLOAT: case REAL: return "float4";
            case DOUBLE: return "float8";
            case DECIMAL: return "numeric";
            case BOOLEAN: return "bool";
            case DATE: return "timestamptz";
            case DATEONLY: return "date";
            case TIME: return "time";
            case UUID: return "uuid";
            case JSON: return "json";
            case JSONB: return "jsonb";
            case BLOB: return "bytea";
            default: return "text";
        }
    }
}
