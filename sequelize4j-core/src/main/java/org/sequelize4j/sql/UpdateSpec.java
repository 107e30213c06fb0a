package org.sequelize4j.sql;

import java.util.List;

/**
 * An UPDATE.
 *
 * @param table the table
 * @param assignments {@code column = expression} pairs
 * @param where the filter or null (all rows)
 * @param limit LIMIT where the dialect allows it, or null
 * @param returning columns to return where supported, or empty
 */
public record UpdateSpec(TableRef table, List<Assignment> assignments, SqlExpr where, Integer limit,
                         List<String> returning) {

    public UpdateSpec {
        assignments = List.copyOf(assignments);
        returning = returning == null ? List.of() : List.copyOf(returning);
    }

    /** One assignment. */
    public record Assignment(String column, SqlExpr value) {
    }
}
