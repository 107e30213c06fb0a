package org.sequelize4j.observability;

import java.util.List;

/**
 * One statement, as a {@link QueryListener} is told of it after it ran or failed.
 *
 * @param type what kind of statement it was
 * @param model the name of the model it was run for, or null (DDL, raw queries, transaction control)
 * @param sql the statement with its placeholders, as logged (PostgreSQL numbers them $1, $2, …)
 * @param parameters the bound values when {@code logQueryParameters(true)} asked for them, else empty
 * @param durationNanos how long it took, measured around the driver call
 * @param rows the rows a write changed or a find returned, or -1 when not known
 * @param error the typed error it failed with, or null when it succeeded
 * @param connection the connection label ({@code default} or a transaction's id)
 */
public record QueryEvent(QueryType type, String model, String sql, List<Object> parameters, long durationNanos,
                         long rows, RuntimeException error, String connection) {

    /** Whether the statement succeeded. */
    public boolean success() {
        return error == null;
    }

    /** The duration in milliseconds. */
    public double durationMillis() {
        return durationNanos / 1_000_000.0;
    }
}
