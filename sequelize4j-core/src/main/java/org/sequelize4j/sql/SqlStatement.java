package org.sequelize4j.sql;

import java.util.List;
import org.sequelize4j.types.ValueCodec;

/**
 * SQL text with {@code ?} placeholders and the values bound to them, each with the codec that binds it
 * (null codec: the driver's own {@code setObject}).
 *
 * @param sql the statement text
 * @param values parameter values, in placeholder order
 * @param codecs one codec (or null) per value
 */
public record SqlStatement(String sql, List<Object> values, List<ValueCodec> codecs) {

    public SqlStatement {
        if (values.size() != codecs.size()) {
            throw new IllegalArgumentException("one codec per value is needed");
        }
    }

    /** A statement without parameters. */
    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, List.of(), List.of());
    }

    @Override
    public String toString() {
        return sql;
    }
}
