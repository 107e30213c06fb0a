package org.sequelize4j.jdbc;

import java.util.List;
import org.sequelize4j.observability.QueryEvent;
import org.sequelize4j.observability.QueryListener;
import org.sequelize4j.observability.QueryType;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports every statement: to the application's {@code logging} callback as Sequelize does
 * ({@code Executing (default): SELECT …}, or with {@code benchmark} on,
 * {@code Executed (default): SELECT … Elapsed time: 3ms}); to SLF4J at DEBUG under a logger per
 * statement type ({@code org.sequelize4j.sql.select}, {@code .insert}, … — see {@link QueryType}), with
 * its duration and row count; and to the {@link QueryListener}s. Bound values are left out of log lines
 * and events unless {@code logQueryParameters} asks for them, since they may be personal data.
 */
public final class QueryLogger {

    private static final Logger ROOT = LoggerFactory.getLogger("org.sequelize4j.sql");
    private static final Logger LISTENERS = LoggerFactory.getLogger("org.sequelize4j.observability.QueryListener");
    private static final Logger[] BY_TYPE = new Logger[QueryType.values().length];

    static {
        for (QueryType type : QueryType.values()) {
            BY_TYPE[type.ordinal()] = LoggerFactory.getLogger(type.loggerName());
        }
    }

    private final BiConsumer<String, Long> callback;
    private final boolean benchmark;
    private final boolean withParameters;
    private final List<QueryListener> listeners;

    /**
     * @param callback the application's logging callback (message, elapsed ms or null), or null for SLF4J only
     * @param benchmark whether to report the elapsed time to the callback
     * @param withParameters whether to include bound values
     */
    public QueryLogger(BiConsumer<String, Long> callback, boolean benchmark, boolean withParameters) {
        this(callback, benchmark, withParameters, List.of());
    }

    /** A logger that also tells {@code listeners} of every statement. */
    public QueryLogger(BiConsumer<String, Long> callback, boolean benchmark, boolean withParameters,
                       List<QueryListener> listeners) {
        this.callback = callback;
        this.benchmark = benchmark;
        this.withParameters = withParameters;
        this.listeners = List.copyOf(listeners);
    }

    /** A logger like this one that reports to another callback (null for SLF4J only), for one call's {@code logging} option. */
    public QueryLogger withCallback(BiConsumer<String, Long> other) {
        return new QueryLogger(other, benchmark, withParameters, listeners);
    }

    /** Whether anything would be reported (so the caller can skip timing and formatting). */
    public boolean isActive() {
        return callback != null || !listeners.isEmpty() || slf4jActive();
    }

    /**
     * Whether anything would be reported of the statement {@code sql}: as {@link #isActive()}, but asking
     * only the SLF4J logger its type logs to, which is the only one {@link #report} writes to. Eight
     * logger checks per statement are about 1.4 µs in a cold JVM's interpreter, a tenth of the
     * library's own work for an update by key; the type of a planned statement's text is remembered.
     */
    public boolean isActive(String sql) {
        return callback != null || !listeners.isEmpty() || BY_TYPE[typeOf(sql).ordinal()].isDebugEnabled();
    }

    /** Whether {@code sql} must be timed: as {@link #isTimed()}, for its type's logger only. */
    public boolean isTimed(String sql) {
        return benchmark || !listeners.isEmpty() || BY_TYPE[typeOf(sql).ordinal()].isDebugEnabled();
    }

    /** A statement text and its type. Immutable, so a thread that sees one sees it whole. */
    private static final class TypedText {
        final String sql;
        final QueryType type;

        TypedText(String sql, QueryType type) {
            this.sql = sql;
            this.type = type;
        }
    }

    /**
     * The types of the last few texts asked about, compared by identity: planned statements reuse one
     * text per shape, so a hit needs no look at the text. Written without a lock: a stale slot only
     * costs a look-up.
     */
    private final TypedText[] recentTypes = new TypedText[4];
    private int nextType;

    private QueryType typeOf(String sql) {
        TypedText[] recent = recentTypes;
        for (TypedText known : recent) {
            if (known != null && known.sql == sql) {
                return known.type;
            }
        }
        QueryType type = QueryType.of(sql);
        int slot = nextType;
        recent[slot] = new TypedText(sql, type);
        nextType = (slot + 1) & (recent.length - 1);
        return type;
    }

    private static boolean slf4jActive() {
        if (ROOT.isDebugEnabled()) {
            return true;
        }
        for (Logger logger : BY_TYPE) {
            if (logger.isDebugEnabled()) {
                return true;
            }
        }
        return false;
    }

    /** Whether elapsed times are reported to the logging callback. */
    public boolean isBenchmark() {
        return benchmark;
    }

    /** Whether statements must be timed: for the callback with {@code benchmark}, for listeners or for SLF4J. */
    public boolean isTimed() {
        return benchmark || !listeners.isEmpty() || slf4jActive();
    }

    /** Logs a statement; {@code elapsedNanos} is negative when not timed. */
    public void log(String scope, String sql, List<Object> parameters, long elapsedNanos) {
        report(scope, sql, parameters, elapsedNanos, -1, null, null);
    }

    /**
     * Reports a statement that ran or failed.
     *
     * @param scope the connection label
     * @param elapsedNanos its duration, negative when not timed
     * @param rows rows changed or returned, -1 when not known
     * @param model the model it ran for, or null
     * @param error the typed error it failed with, or null
     */
    public void report(String scope, String sql, List<Object> parameters, long elapsedNanos, long rows, String model,
                       RuntimeException error) {
        boolean hasParameters = withParameters && parameters != null && !parameters.isEmpty();
        if (callback != null) {
            StringBuilder message = new StringBuilder(sql.length() + 32);
            boolean timed = benchmark && elapsedNanos >= 0;
            message.append(timed ? "Executed (" : "Executing (").append(scope).append("): ").append(sql);
            if (hasParameters) {
                message.append("; ").append(parameters);
            }
            Long elapsedMillis = null;
            if (timed) {
                elapsedMillis = elapsedNanos / 1_000_000;
                message.append(" Elapsed time: ").append(elapsedMillis).append("ms");
            }
            callback.accept(message.toString(), elapsedMillis);
        }
        QueryType type = QueryType.of(sql);
        Logger logger = BY_TYPE[type.ordinal()];
        if (logger.isDebugEnabled()) {
            logger.debug(slf4jLine(scope, sql, hasParameters ? parameters : null, elapsedNanos, rows, error));
        }
        if (!listeners.isEmpty()) {
            QueryEvent event = new QueryEvent(type, model, sql, hasParameters ? List.copyOf(parameters) : List.of(),
                    Math.max(0, elapsedNanos), rows, error, scope);
            for (QueryListener listener : listeners) {
                try {
                    listener.onQuery(event);
                } catch (RuntimeException e) {
                    // Observing must never change what the query does.
                    LISTENERS.warn("Query listener {} failed: {}", listener, e.toString(), e);
                }
            }
        }
    }

    private static String slf4jLine(String scope, String sql, List<Object> parameters, long elapsedNanos, long rows,
                                    RuntimeException error) {
        StringBuilder line = new StringBuilder(sql.length() + 48);
        line.append(error == null ? "Executed (" : "Failed (").append(scope).append("): ").append(sql);
        if (parameters != null) {
            line.append("; ").append(parameters);
        }
        if (elapsedNanos >= 0) {
            line.append(" Elapsed time: ").append(String.format(java.util.Locale.ROOT, "%.3f", elapsedNanos / 1e6))
                    .append("ms");
        }
        if (rows >= 0) {
            line.append(", rows: ").append(rows);
        }
        if (error != null) {
            line.append(" — ").append(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
        }
        return line.toString();
    }
}
