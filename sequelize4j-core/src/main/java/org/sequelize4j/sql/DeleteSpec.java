package org.sequelize4j.sql;

import java.util.List;

/**
 * A DELETE.
 *
 * @param table the table
 * @param where the filter or null (all rows)
 * @param limit LIMIT where the dialect allows it, or null
 * @param returning columns to return where supported, or empty
 */
public record DeleteSpec(TableRef table, SqlExpr where, Integer limit, List<String> returning) {

    public DeleteSpec {
        returning = returning == null ? List.of() : List.copyOf(returning);
    }
}
