package org.sequelize4j;

import java.sql.Connection;
import java.sql.SQLException;
import org.sequelize4j.jdbc.SqlExecutor;
import org.sequelize4j.spi.BoundTransaction;
import org.sequelize4j.spi.TransactionBinding;

/**
 * Turns the transaction a framework runs on the calling thread (reported by a {@link TransactionBinding})
 * into the thread's current {@link Transaction}, so that Sequelize's operations find it exactly as they
 * find a transaction of their own: statements run on its connection, {@code transaction(...)} joins it
 * or opens a savepoint in it, and operations that would begin a transaction for their own statements
 * run inside it instead of on a second connection (which would not see its uncommitted rows, and on a
 * one-connection pool could never be had).
 *
 * <p>One wrapper per framework transaction and thread, recognised by the connection: the framework
 * hands out the same connection object for as long as its transaction runs. The wrapper learns of the
 * end through {@link BoundTransaction#onCompletion} and then runs the callbacks registered on it.
 */
final class ExternalTransactions {

    private final TransactionBinding binding;
    private final SqlExecutor executor;
    private final ThreadLocal<Transaction> wrapper = new ThreadLocal<>();

    ExternalTransactions(TransactionBinding binding, SqlExecutor executor) {
        this.binding = binding;
        this.executor = executor;
    }

    /** The framework's transaction on the calling thread, wrapped, or null when none runs. */
    Transaction current() {
        BoundTransaction bound = binding.current();
        if (bound == null) {
            wrapper.remove();
            return null;
        }
        Connection connection = bound.connection();
        Transaction known = wrapper.get();
        if (known != null && known.isActive() && known.runsOn(connection)) {
            return known;
        }
        try {
            executor.pool().prepareBound(connection);
        } catch (SQLException e) {
            throw executor.translatePoolError(e);
        }
        TransactionOptions options = TransactionOptions.transactionOptions().readOnly(bound.readOnly());
        if (bound.isolationLevel() != null) {
            options.isolationLevel(bound.isolationLevel());
        }
        Transaction t = Transaction.external(executor, connection, options);
        wrapper.set(t);
        bound.onCompletion(committed -> {
            // Usually on this thread; a wrapper left on another one is replaced there on its next use,
            // since it is no longer active.
            if (wrapper.get() == t) {
                wrapper.remove();
            }
            t.externalEnded(committed);
        });
        return t;
    }
}
