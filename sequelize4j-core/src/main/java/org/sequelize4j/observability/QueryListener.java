package org.sequelize4j.observability;

/**
 * Told of every statement Sequelize4j sends, after it ran or failed: for metrics and tracing (see the
 * sequelize4j-micrometer module). Registered with {@code SequelizeOptions.queryListener(...)}.
 *
 * <p>Called on the thread that ran the statement, while it still holds the connection: keep it quick
 * and let it not throw (an exception it throws is logged at WARN and otherwise ignored, so that a
 * metrics failure never fails a query). Must be thread-safe.
 */
@FunctionalInterface
public interface QueryListener {

    /** Called once per statement. */
    void onQuery(QueryEvent event);
}
