package org.sequelize4j.runtime;

import java.util.function.Function;
import java.util.function.Supplier;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionalOptions;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.CallScope;
import org.sequelize4j.jdbc.SqlExecutor;
import org.sequelize4j.query.SelectPlanner;
import org.sequelize4j.query.WritePlanner;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.types.TypeCoercion;

/**
 * The machinery one {@code Sequelize} instance shares between its models: dialect, planners, renderer,
 * executor, type checks, and the way to find the transaction an operation should run in.
 *
 * @param dialect the dialect
 * @param renderer renders statements
 * @param selects plans selects
 * @param writes plans writes
 * @param executor runs statements
 * @param coercion type checks and conversions
 * @param currentTransaction the managed transaction of the calling thread, or null
 * @param models finds a model's runtime by name or class, for foreign-key references
 * @param transactions starts transactions of their own for operations that need several statements
 */
public record Engine(Dialect dialect, SqlRenderer renderer, SelectPlanner selects, WritePlanner writes,
                     SqlExecutor executor, TypeCoercion coercion, Supplier<Transaction> currentTransaction,
                     Function<Object, ModelRuntime> models, TransactionRunner transactions) {

    /**
     * Where an operation runs: the transaction given in its options (null meaning "none"), else the
     * calling thread's managed transaction, else the pool.
     */
    public ConnectionScope scope(boolean given, Transaction transaction) {
        if (given) {
            return transaction;
        }
        return currentTransaction.get();
    }

    /** Where an operation with these options runs (see {@link #scope(boolean, Transaction)}). */
    public ConnectionScope scope(TransactionalOptions<?> options) {
        ConnectionScope scope = scope(options.isTransactionGiven(), options.transaction());
        if (options.isLoggingGiven() || options.timeout() > 0) {
            // The call's own logging callback and statement timeout travel with the scope to the executor.
            return new CallScope(scope, executor.pool(), options.isLoggingGiven(), options.logging(), options.timeout());
        }
        return scope;
    }

    /**
     * Where a read with these options runs: as {@link #scope(TransactionalOptions)}, but outside a
     * transaction, with read replicas, marked for the executor to send to a replica (unless {@code useMaster}).
     */
    public ConnectionScope readScope(TransactionalOptions<?> options) {
        ConnectionScope scope = scope(options.isTransactionGiven(), options.transaction());
        if (scope != null || executor.routing() == null) {
            return scope(options);
        }
        return new CallScope(null, executor.pool(), options.isLoggingGiven(), options.logging(), options.timeout(),
                new org.sequelize4j.jdbc.ReadRoute(options.isUseMaster(), options.readYourWrites()));
    }
}
