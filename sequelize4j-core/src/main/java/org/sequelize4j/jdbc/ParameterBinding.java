package org.sequelize4j.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.types.ValueCodec;

/** Binds a statement's values through their codecs, and says whether any is worth clearing after the run. */
final class ParameterBinding {

    private ParameterBinding() {
    }

    /** Binds a statement's values to its placeholders; true when one of them is large (see {@link #isLarge}). */
    static boolean bind(PreparedStatement ps, SqlStatement statement) throws SQLException {
        List<Object> values = statement.values();
        List<ValueCodec> codecs = statement.codecs();
        boolean large = false;
        for (int i = 0, n = values.size(); i < n; i++) {
            Object value = values.get(i);
            ValueCodec codec = codecs.get(i);
            if (value == null) {
                if (codec == null) {
                    ps.setObject(i + 1, null);
                } else {
                    codec.bindNull(ps, i + 1);
                }
                continue;
            }
            if (codec == null) {
                ps.setObject(i + 1, value);
            } else {
                codec.bind(ps, i + 1, value);
            }
            large = large || isLarge(value);
        }
        return large;
    }

    /** Bigger than this, a bound value is cleared from a kept statement rather than held until its next use. */
    private static final int LARGE_VALUE = 8 * 1024;

    /**
     * Whether a bound value is worth letting go of as soon as the statement has run: the driver keeps
     * the last parameters of a kept statement until it runs again, which for a blob or a long text
     * could be a lot of memory held by an idle connection. Values of unknown kinds count as large.
     */
    private static boolean isLarge(Object value) {
        if (value instanceof String) {
            return ((String) value).length() > LARGE_VALUE;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof java.time.Instant
                || value instanceof java.time.temporal.Temporal
                || value instanceof java.util.Date || value instanceof java.util.UUID) {
            return false;
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).length > LARGE_VALUE;
        }
        return true;
    }
}
