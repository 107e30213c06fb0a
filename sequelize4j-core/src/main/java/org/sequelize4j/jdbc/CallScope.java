package org.sequelize4j.jdbc;

import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A scope carrying one call's own settings to the executor: its {@code logging} callback (instead of
 * the instance's) and its statement {@code timeout}, around the scope the operation would have run in
 * ({@code inner}, null for the pool). The executor unwraps it; operations that look at whether they
 * were given a scope ask {@link #unwrap}.
 *
 * @param inner the transaction the call runs in, or null for a connection from the pool
 * @param pool where statements run when {@code inner} is null
 * @param ownLogging whether the call's statements go to {@code callback} instead of the instance's callback
 * @param callback the call's callback (message, elapsed ms or null), or null to silence it; used only
 *                 with {@code ownLogging}
 * @param timeoutMillis how long each statement of the call may run before it is cancelled, or 0 for no limit
 * @param route for a read that replicas may serve (outside a transaction), what it asks of routing; else null
 */
public record CallScope(ConnectionScope inner, ConnectionScope pool, boolean ownLogging,
                        BiConsumer<String, Long> callback, long timeoutMillis, ReadRoute route)
        implements ConnectionScope {

    /** A call's settings for a statement that is not a replica-routable read. */
    public CallScope(ConnectionScope inner, ConnectionScope pool, boolean ownLogging, BiConsumer<String, Long> callback,
                     long timeoutMillis) {
        this(inner, pool, ownLogging, callback, timeoutMillis, null);
    }

    /** The same call's settings running on {@code other} (a replica's pool) instead. */
    public CallScope on(ConnectionPool other) {
        return new CallScope(inner, other, ownLogging, callback, timeoutMillis, null);
    }

    private ConnectionScope target() {
        return inner == null ? pool : inner;
    }

    @Override
    public <T> T run(ConnectionWork<T> work) throws SQLException {
        return target().run(work);
    }

    @Override
    public void connectionBroken(SQLException cause) {
        target().connectionBroken(cause);
    }

    @Override
    public long timeLeft(String sql, java.util.List<Object> values) {
        return target().timeLeft(sql, values);
    }

    @Override
    public void statementTimedOut(org.sequelize4j.errors.TimeoutError error) {
        target().statementTimedOut(error);
    }

    @Override
    public String label() {
        return target().label();
    }

    @Override
    public ConnectionPool owningPool() {
        return target().owningPool();
    }

    /** The scope without the call's settings: a transaction, or null for the pool. */
    public static ConnectionScope unwrap(ConnectionScope scope) {
        return scope instanceof CallScope call ? call.inner : scope;
    }

    /**
     * Runs {@code work} in {@code replacement} (a transaction an operation opened for itself), keeping
     * the call's settings of {@code original}.
     */
    public static <T> Function<ConnectionScope, T> keepingCallSettings(ConnectionScope original,
                                                                      Function<ConnectionScope, T> work) {
        if (original instanceof CallScope call) {
            return replacement -> work.apply(new CallScope(unwrap(replacement), call.pool, call.ownLogging,
                    call.callback, call.timeoutMillis));
        }
        return work;
    }
}
