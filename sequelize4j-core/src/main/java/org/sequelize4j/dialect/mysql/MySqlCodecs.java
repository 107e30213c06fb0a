package org.sequelize4j.dialect.mysql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sequelize4j.DataType;
import org.sequelize4j.dialect.LastConversion;
import org.sequelize4j.dialect.LastInstant;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.types.UnreadableValue;
import org.sequelize4j.types.ValueCodec;

/**
 * MySQL/MariaDB codecs. DATETIME has no time zone, so instants are written and read as local
 * date-times in the configured offset (the session time zone is set to the same offset).
 */
final class MySqlCodecs {

    private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final ZoneOffset offset;
    private final ValueCodec instant;

    MySqlCodecs(ZoneOffset offset) {
        this.offset = offset;
        this.instant = new ValueCodec() {
            private final LastInstant lastRead = new LastInstant();
            private final LastConversion<Instant, LocalDateTime> wallTime =
                    new LastConversion<>(instant -> LocalDateTime.ofInstant(instant, offset));

            @Override
            public void bind(PreparedStatement s, int i, Object v) throws SQLException {
                s.setObject(i, wallTime.of((Instant) v));
            }

            @Override
            public void bindNull(PreparedStatement s, int i) throws SQLException {
                s.setNull(i, Types.TIMESTAMP);
            }

            @Override
            public Object read(ResultSet rs, int i) throws SQLException {
                LocalDateTime v;
                try {
                    v = rs.getObject(i, LocalDateTime.class);
                } catch (java.sql.SQLDataException e) {
                    throw zeroDate(rs, i);
                }
                // A row's equal createdAt and updatedAt share one instant (see LastInstant).
                return v == null ? null : lastRead.of(v.toEpochSecond(offset), v.getNano());
            }

            @Override
            public Object fromDriver(Object value) {
                if (value instanceof LocalDateTime) {
                    return ((LocalDateTime) value).toInstant(offset);
                }
                return value instanceof java.sql.Timestamp ? ((java.sql.Timestamp) value).toLocalDateTime().toInstant(offset)
                        : value;
            }
        };
    }

    /**
     * MariaDB stores zero months and days ({@code 0000-00-00}, or {@code 0170-00-00} for the number
     * 1700000000123 assigned to a DATETIME), which no Java date holds.
     */
    static UnreadableValue zeroDate(ResultSet rs, int i) throws SQLException {
        return new UnreadableValue(rs.getString(i), "is not a valid date (MariaDB allows zero months and days)");
    }

    /** Days as LocalDate; zero dates are refused with the text the server holds. */
    private static final ValueCodec LOCAL_DATE = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            StandardCodecs.LOCAL_DATE.bind(s, i, v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            StandardCodecs.LOCAL_DATE.bindNull(s, i);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            try {
                return StandardCodecs.LOCAL_DATE.read(rs, i);
            } catch (java.sql.SQLDataException e) {
                throw zeroDate(rs, i);
            }
        }
    };

    ValueCodec codec(DataType type) {
        switch (type.kind()) {
            case STRING: case CHAR:
                return type.isBinary() ? StandardCodecs.BYTES : StandardCodecs.STRING;
            case TEXT: case ENUM:
                return StandardCodecs.STRING;
            case TINYINT: case SMALLINT: case MEDIUMINT:
                return StandardCodecs.INTEGER;
            case INTEGER:
                return type.isUnsigned() ? StandardCodecs.LONG : StandardCodecs.INTEGER;
            case BIGINT:
                return type.isUnsigned() ? StandardCodecs.BIG_INTEGER : StandardCodecs.LONG;
            case FLOAT: case REAL:
                return type.precision() != null && type.precision() > 24 ? StandardCodecs.DOUBLE : FLOAT_AS_DOUBLE;
            case DOUBLE:
                return StandardCodecs.DOUBLE;
            case DECIMAL:
                return StandardCodecs.DECIMAL;
            case BOOLEAN:
                return StandardCodecs.BOOLEAN;
            case DATE:
                return instant;
            case DATEONLY:
                return LOCAL_DATE;
            case TIME:
                return StandardCodecs.LOCAL_TIME;
            case UUID:
                return StandardCodecs.UUID_TEXT;
            case JSON:
                return StandardCodecs.JSON_TEXT;
            case BLOB:
                return StandardCodecs.BYTES;
            default:
                return StandardCodecs.OBJECT;
        }
    }

    /**
     * Floats sent as the exact double they widen to. The driver sends a float as its shortest decimal
     * text, which the server parses as a double: Float.MAX_VALUE's text 3.4028235E38 lies above FLOAT's
     * range (3.402823466E38) and was refused as out of range.
     */
    private static final ValueCodec FLOAT_AS_DOUBLE = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setDouble(i, ((Number) v).floatValue());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.REAL);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            return StandardCodecs.FLOAT.read(rs, i);
        }

        @Override
        public Object fromDriver(Object value) {
            return StandardCodecs.FLOAT.fromDriver(value);
        }
    };

    String literalText(Object value) {
        if (value instanceof Instant) {
            return LITERAL.format(LocalDateTime.ofInstant((Instant) value, offset));
        }
        return value.toString();
    }
}
