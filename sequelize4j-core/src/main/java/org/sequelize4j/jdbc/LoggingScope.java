package org.sequelize4j.jdbc;

import java.sql.SQLException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A scope whose statements go to one call's own {@code logging} callback instead of the instance's:
 * the scope the operation would have run in ({@code inner}, null for the pool) with the callback
 * (null to silence the callback for this call). The executor unwraps it; operations that look at
 * whether they were given a scope ask {@link #unwrap}.
 *
 * @param inner the transaction the call runs in, or null for a connection from the pool
 * @param pool where statements run when {@code inner} is null
 * @param callback the call's callback (message, elapsed ms or null), or null for none
 */
public record LoggingScope(ConnectionScope inner, ConnectionScope pool, BiConsumer<String, Long> callback)
        implements ConnectionScope {

    @Override
    public <T> T run(ConnectionWork<T> work) throws SQLException {
        return (inner == null ? pool : inner).run(work);
    }

    @Override
    public void connectionBroken(SQLException cause) {
        (inner == null ? pool : inner).connectionBroken(cause);
    }

    @Override
    public String label() {
        return (inner == null ? pool : inner).label();
    }

    /** The scope without any per-call logging: a transaction, or null for the pool. */
    public static ConnectionScope unwrap(ConnectionScope scope) {
        return scope instanceof LoggingScope logging ? logging.inner : scope;
    }

    /**
     * Runs {@code work} in {@code replacement} (a transaction an operation opened for itself), keeping
     * the per-call logging of {@code original}.
     */
    public static <T> Function<ConnectionScope, T> keepingLogging(ConnectionScope original,
                                                                  Function<ConnectionScope, T> work) {
        if (original instanceof LoggingScope logging) {
            return replacement -> work.apply(new LoggingScope(unwrap(replacement), logging.pool, logging.callback));
        }
        return work;
    }
}
