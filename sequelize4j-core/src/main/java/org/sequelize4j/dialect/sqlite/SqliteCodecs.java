package org.sequelize4j.dialect.sqlite;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.sequelize4j.DataType;
import org.sequelize4j.dialect.LastConversion;
import org.sequelize4j.dialect.StandardCodecs;
import java.time.format.DateTimeParseException;
import org.sequelize4j.types.DateText;
import org.sequelize4j.types.ReadMemo;
import org.sequelize4j.types.UnreadableValue;
import org.sequelize4j.types.ValueCodec;

/**
 * SQLite's codecs. SQLite has no date types, so dates, days and times are text (in the form Sequelize
 * writes, which sorts and compares correctly); decimals are read as text so no binary rounding creeps in.
 */
final class SqliteCodecs {

    private final ZoneOffset offset;
    private final ValueCodec[] instantCodecs = new ValueCodec[10];

    SqliteCodecs(ZoneOffset offset) {
        this.offset = offset;
        for (int digits = 0; digits < instantCodecs.length; digits++) {
            instantCodecs[digits] = new InstantText(offset, digits);
        }
    }

    ValueCodec codec(DataType type) {
        switch (type.kind()) {
            case STRING: case CHAR:
                return type.isBinary() ? StandardCodecs.BYTES : StandardCodecs.STRING;
            case TEXT: case CITEXT: case ENUM:
                return StandardCodecs.STRING;
            case TINYINT: case SMALLINT: case MEDIUMINT:
                return SqliteNumberCodecs.INTEGER;
            case INTEGER:
                return type.isUnsigned() ? SqliteNumberCodecs.LONG : SqliteNumberCodecs.INTEGER;
            case BIGINT:
                return type.isUnsigned() ? StandardCodecs.BIG_INTEGER : SqliteNumberCodecs.LONG;
            case FLOAT: case REAL:
                return type.precision() != null && type.precision() > 24 ? SqliteNumberCodecs.DOUBLE : SqliteNumberCodecs.FLOAT;
            case DOUBLE:
                return SqliteNumberCodecs.DOUBLE;
            case DECIMAL:
                return new DecimalText(type.scale());
            case BOOLEAN:
                return SqliteNumberCodecs.BOOLEAN;
            case DATE:
                return instantCodecs[Math.min(type.timePrecision(), 9)];
            case DATEONLY:
                return DATE_TEXT;
            case TIME:
                return TIME_TEXT;
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

    String literalText(Object value) {
        if (value instanceof Instant) {
            return DateText.formatSequelize((Instant) value, offset, 3);
        }
        if (value instanceof LocalTime) {
            return timeText((LocalTime) value);
        }
        return value.toString();
    }

    /**
     * A time as {@code HH:mm:ss} with a fraction only when it has one. LocalTime.toString() drops zero
     * seconds ("10:15"), which as text never equals the "10:15:00" Sequelize and other tools store.
     */
    static String timeText(LocalTime time) {
        String text = time.toString(); // HH:mm only when seconds and fraction are both zero
        return text.length() == 5 ? text + ":00" : text;
    }

    /** Instants as {@code yyyy-MM-dd HH:mm:ss.SSS +00:00}. */
    private static final class InstantText implements ValueCodec {
        private final ZoneOffset offset;
        /** The last instant written and its text: bulk inserts write the same timestamp on every row. */
        private final LastConversion<Instant, String> text;
        /**
         * The last text read and its instant: a row's createdAt and updatedAt are often the same text
         * (a row never updated), and so are the rows one bulk insert wrote.
         */
        private final LastConversion<String, Instant> parsed;

        InstantText(ZoneOffset offset, int digits) {
            this.offset = offset;
            this.text = new LastConversion<>(instant -> DateText.formatSequelize(instant, offset, digits));
            this.parsed = new LastConversion<>(this::convert);
        }

        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, text.of((Instant) v));
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.VARCHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String text = rs.getString(i);
            if (text == null) {
                return null;
            }
            return parsed.of(text);
        }

        @Override
        public boolean usesReadMemo() {
            return true;
        }

        @Override
        public Object read(ResultSet rs, int i, ReadMemo memo) throws SQLException {
            String text = rs.getString(i);
            if (text == null) {
                return null;
            }
            Object remembered = memo.lookup(this, text);
            if (remembered != null) {
                return remembered;
            }
            Instant instant = convert(text);
            memo.remember(this, text, instant);
            return instant;
        }

        /** The instant a stored text stands for: epoch milliseconds, or the date-time text Sequelize writes. */
        private Instant convert(String text) throws UnreadableValue {
            if (text.length() < 19 || text.charAt(4) != '-') {
                Instant epoch = epochMillis(text);
                if (epoch != null) {
                    return epoch;
                }
            }
            Instant instant = DateText.parseSequelize(text, offset);
            if (instant == null) {
                throw new UnreadableValue(text, "is neither a date-time nor an INTEGER of epoch milliseconds");
            }
            return instant;
        }
    }

    /**
     * An INTEGER in a DATE column, as many other libraries (and sqlite-jdbc's own {@code date_class=INTEGER})
     * store timestamps: milliseconds since 1970-01-01T00:00:00Z. Null when the text is not an integer.
     */
    static Instant epochMillis(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 18) {
            return null;
        }
        for (int k = start; k < text.length(); k++) {
            if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                return null;
            }
        }
        return Instant.ofEpochMilli(Long.parseLong(text));
    }

    private static final ValueCodec DATE_TEXT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, v.toString());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.VARCHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String text = rs.getString(i);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new UnreadableValue(text, "is not a date (yyyy-MM-dd)");
            }
        }
    };

    private static final ValueCodec TIME_TEXT = new ValueCodec() {
        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, timeText((LocalTime) v));
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.VARCHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String text = rs.getString(i);
            if (text == null) {
                return null;
            }
            try {
                return LocalTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new UnreadableValue(text, "is not a time of day (HH:mm:ss)");
            }
        }
    };

    /** Decimals written as exact text and read back as text, then given their declared scale. */
    private static final class DecimalText implements ValueCodec {
        private final Integer scale;

        DecimalText(Integer scale) {
            this.scale = scale;
        }

        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            s.setString(i, ((BigDecimal) v).toPlainString());
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            s.setNull(i, Types.VARCHAR);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            String text = rs.getString(i);
            if (text == null) {
                return null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                // e.g. Inf, which a REAL beyond the double range reads as
                throw new UnreadableValue(text, "is not a decimal number");
            }
            if (scale == null) {
                return value;
            }
            try {
                return value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
            } catch (ArithmeticException e) {
                throw new UnreadableValue(text, "has more than the declared " + scale + " decimal places and would be rounded");
            }
        }

        @Override
        public Object fromDriver(Object value) {
            return value == null ? null : new BigDecimal(value.toString());
        }
    }
}
