package org.sequelize4j.dialect.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.types.UnreadableValue;
import org.sequelize4j.types.ValueCodec;

/**
 * Integers, floats and booleans as SQLite stores them. Type affinity lets a numeric column keep text that
 * does not look like a number (and an INTEGER column keep a fraction); the driver would read such text as
 * 0 or false and the fraction cut to its whole part. These codecs look at the value's storage class and
 * refuse what is no number of the attribute's type, binding as the standard codecs do.
 */
final class SqliteNumberCodecs {

    private SqliteNumberCodecs() {
    }

    static final ValueCodec INTEGER = new Checked(StandardCodecs.INTEGER) {
        @Override
        Object convert(Object stored) {
            if (stored instanceof Integer) {
                // The driver boxed it already; unboxing and boxing again would make a second object.
                return stored;
            }
            long v = wholeNumber(stored);
            if (v != (int) v) {
                throw new UnreadableValue(v, "is outside the range of a 32-bit integer");
            }
            return (int) v;
        }
    };

    static final ValueCodec LONG = new Checked(StandardCodecs.LONG) {
        @Override
        Object convert(Object stored) {
            return stored instanceof Long ? stored : (Object) wholeNumber(stored);
        }
    };

    static final ValueCodec FLOAT = new Checked(StandardCodecs.FLOAT) {
        @Override
        Object convert(Object stored) {
            return (float) number(stored).doubleValue();
        }
    };

    static final ValueCodec DOUBLE = new Checked(StandardCodecs.DOUBLE) {
        @Override
        Object convert(Object stored) {
            return number(stored).doubleValue();
        }
    };

    static final ValueCodec BOOLEAN = new Checked(StandardCodecs.BOOLEAN) {
        @Override
        Object convert(Object stored) {
            if (stored instanceof Integer || stored instanceof Long) {
                return ((Number) stored).longValue() != 0;
            }
            throw new UnreadableValue(stored, "is not a boolean (an INTEGER 0 or 1)");
        }
    };

    /** 32-bit rowids: one read, the range checked. */
    private static final ValueCodec ROWID_INTEGER = new Rowid(StandardCodecs.INTEGER, true);
    /** 64-bit rowids: one read. */
    private static final ValueCodec ROWID_LONG = new Rowid(StandardCodecs.LONG, false);

    /** The rowid reader for a checked integer codec, or null when {@code checked} is not one. */
    static ValueCodec rowid(ValueCodec checked) {
        return checked == INTEGER ? ROWID_INTEGER : checked == LONG ? ROWID_LONG : null;
    }

    private static Number number(Object stored) {
        if (stored instanceof Integer || stored instanceof Long || stored instanceof Double) {
            return (Number) stored;
        }
        throw new UnreadableValue(stored, "is not a number");
    }

    private static long wholeNumber(Object stored) {
        if (stored instanceof Integer || stored instanceof Long) {
            return ((Number) stored).longValue();
        }
        if (stored instanceof Double d) {
            // An INTEGER column turns a whole REAL into an INTEGER, so a REAL still there has a fraction
            // or is beyond the 64-bit range.
            throw new UnreadableValue(d, "is not a whole number and would be cut");
        }
        throw new UnreadableValue(stored, "is not an integer");
    }

    /** Binds through a standard codec and reads the stored value by its storage class. */
    private abstract static class Checked implements ValueCodec {
        private final ValueCodec standard;

        Checked(ValueCodec standard) {
            this.standard = standard;
        }

        /** The attribute's value for a non-null stored value (Integer, Long, Double, String or byte[]). */
        abstract Object convert(Object stored);

        @Override
        public void bind(PreparedStatement s, int i, Object v) throws SQLException {
            standard.bind(s, i, v);
        }

        @Override
        public void bindNull(PreparedStatement s, int i) throws SQLException {
            standard.bindNull(s, i);
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            Object stored = rs.getObject(i);
            return stored == null ? null : convert(stored);
        }

        @Override
        public Object fromDriver(Object value) {
            return standard.fromDriver(value);
        }
    }

    /**
     * Reads a value SQLite keeps as an integer whatever the column's affinity (a rowid): by
     * {@code getLong}, which for such a value is exact, without asking its storage class first.
     */
    private static final class Rowid extends Checked {
        private final boolean int32;

        Rowid(ValueCodec standard, boolean int32) {
            super(standard);
            this.int32 = int32;
        }

        @Override
        Object convert(Object stored) {
            return value(wholeNumber(stored));
        }

        @Override
        public Object read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return v == 0 && rs.wasNull() ? null : value(v);
        }

        private Object value(long v) {
            if (!int32) {
                return v;
            }
            if (v != (int) v) {
                throw new UnreadableValue(v, "is outside the range of a 32-bit integer");
            }
            return (int) v;
        }
    }
}
