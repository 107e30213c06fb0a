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

    private static final ValueCodec INSTANT = new PostgresTimestampCodec();

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
