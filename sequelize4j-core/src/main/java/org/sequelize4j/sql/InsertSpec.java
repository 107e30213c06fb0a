package org.sequelize4j.sql;

import java.util.List;

/**
 * An INSERT of one or more rows.
 *
 * @param table the table
 * @param columns the columns given values (may be empty: a row of defaults)
 * @param rows one list of values per row, in column order
 * @param returning columns to return (used only where the dialect supports RETURNING), or empty
 * @param conflict what to do with rows that violate a unique key, or null to fail
 */
public record InsertSpec(TableRef table, List<String> columns, List<List<SqlExpr>> rows, List<String> returning,
                         Conflict conflict) {

    public InsertSpec {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        returning = returning == null ? List.of() : List.copyOf(returning);
    }

    /**
     * Conflict handling: skip the row ({@code ignore}), or update {@code updateColumns} from the new row.
     *
     * @param target the conflicting unique columns (PostgreSQL/SQLite need them; MySQL ignores them)
     * @param ignore skip conflicting rows
     * @param updateColumns columns to overwrite on conflict
     * @param where an optional condition for the update (PostgreSQL/SQLite)
     * @param incrementColumns columns the update adds one to (the optimistic-lock version)
     */
    public record Conflict(List<String> target, boolean ignore, List<String> updateColumns, SqlExpr where,
                           List<String> incrementColumns) {
        public Conflict {
            target = target == null ? List.of() : List.copyOf(target);
            updateColumns = updateColumns == null ? List.of() : List.copyOf(updateColumns);
            incrementColumns = incrementColumns == null ? List.of() : List.copyOf(incrementColumns);
        }

        /** Conflict handling without increments. */
        public Conflict(List<String> target, boolean ignore, List<String> updateColumns, SqlExpr where) {
            this(target, ignore, updateColumns, where, List.of());
        }
    }
}
