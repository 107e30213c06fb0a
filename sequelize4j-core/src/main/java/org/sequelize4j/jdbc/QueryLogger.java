package org.sequelize4j.jdbc;

import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports every statement to SLF4J (logger {@code org.sequelize4j.sql}, level DEBUG) and to the
 * application's {@code logging} callback, as Sequelize does: {@code Executing (default): SELECT …},
 * or with {@code benchmark} on, {@code Executed (default): SELECT … Elapsed time: 3ms}. Parameter
 * values are left out unless {@code logQueryParameters} asks for them, since they may be personal data.
 */
public final class QueryLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.sequelize4j.sql");

    private final BiConsumer<String, Long> callback;
    private final boolean benchmark;
    private final boolean withParameters;

    /**
     * @param callback the application's logging callback (message, elapsed ms or null), or null for SLF4J only
     * @param benchmark whether to time statements and report the elapsed time
     * @param withParameters whether to include bound values
     */
    public QueryLogger(BiConsumer<String, Long> callback, boolean benchmark, boolean withParameters) {
        this.callback = callback;
        this.benchmark = benchmark;
        this.withParameters = withParameters;
    }

    /** A logger like this one that reports to another callback (null for SLF4J only), for one call's {@code logging} option. */
    public QueryLogger withCallback(BiConsumer<String, Long> other) {
        return new QueryLogger(other, benchmark, withParameters);
    }

    /** Whether anything would be logged (so the caller can skip timing and formatting). */
    public boolean isActive() {
        return callback != null || LOG.isDebugEnabled();
    }

    /** Whether elapsed times are wanted. */
    public boolean isBenchmark() {
        return benchmark;
    }

    /** Logs a statement; {@code elapsedNanos} is negative when not timed. */
    public void log(String scope, String sql, List<Object> parameters, long elapsedNanos) {
        StringBuilder message = new StringBuilder(sql.length() + 32);
        boolean timed = benchmark && elapsedNanos >= 0;
        message.append(timed ? "Executed (" : "Executing (").append(scope).append("): ").append(sql);
        if (withParameters && parameters != null && !parameters.isEmpty()) {
            message.append("; ").append(parameters);
        }
        Long elapsedMillis = null;
        if (timed) {
            elapsedMillis = elapsedNanos / 1_000_000;
            message.append(" Elapsed time: ").append(elapsedMillis).append("ms");
        }
        String text = message.toString();
        if (LOG.isDebugEnabled()) {
            LOG.debug(text);
        }
        if (callback != null) {
            callback.accept(text, elapsedMillis);
        }
    }
}
