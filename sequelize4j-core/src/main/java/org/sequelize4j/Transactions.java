package org.sequelize4j;

import java.util.function.Function;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.SqlExecutor;

/**
 * Starts transactions and keeps track of the managed one each thread is running, which is how
 * operations inside {@code sequelize.transaction(t -> ...)} find it without being passed it
 * (Sequelize's CLS, done with a thread-local, which also works on virtual threads).
 */
final class Transactions {

    private final SqlExecutor executor;
    private final TransactionOptions.NestMode defaultNestMode;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    /** The transactions a framework runs on the application's data source, or null without a binding. */
    private final ExternalTransactions external;

    Transactions(SqlExecutor executor, TransactionOptions.NestMode defaultNestMode,
                 org.sequelize4j.spi.TransactionBinding binding) {
        this.executor = executor;
        this.defaultNestMode = defaultNestMode;
        this.external = binding == null ? null : new ExternalTransactions(binding, executor);
    }

    /**
     * The managed transaction whose callback the calling thread is running, or null. It may have ended
     * (the callback committed or rolled it back itself): statements then fail rather than silently
     * running outside any transaction. Outside Sequelize's own transactions it is the framework's
     * transaction on the thread, when a binding reports one.
     */
    Transaction current() {
        Transaction own = current.get();
        if (own != null || external == null) {
            return own;
        }
        return external.current();
    }

    Transaction unmanaged(TransactionOptions options) {
        return Transaction.begin(executor, options);
    }

    /**
     * A consumer run as a function with no result. A class rather than a lambda: the first capturing
     * lambda of a call site spins a class at run time, which a program's first transaction would wait for.
     */
    static Function<Transaction, Object> withoutResult(java.util.function.Consumer<Transaction> work) {
        return new WithoutResult(work);
    }

    private static final class WithoutResult implements Function<Transaction, Object> {
        private final java.util.function.Consumer<Transaction> work;

        WithoutResult(java.util.function.Consumer<Transaction> work) {
            this.work = work;
        }

        @Override
        public Object apply(Transaction t) {
            work.accept(t);
            return null;
        }
    }

    /**
     * Runs a managed transaction's callback: inside a running transaction as its nest mode says (after
     * checking the running transaction can serve the options), else in a new transaction.
     */
    <T> T managed(TransactionOptions options, Function<Transaction, T> work) {
        Transaction outer = current();
        TransactionOptions.NestMode mode = options.nestMode() != null ? options.nestMode() : defaultNestMode;
        Transaction transaction;
        if (outer != null && mode != TransactionOptions.NestMode.SEPARATE) {
            TransactionNesting.requireCompatible(outer, options, mode);
            if (mode == TransactionOptions.NestMode.REUSE) {
                // A callback that ended its own transaction cannot hand it on as if it were running.
                outer.requireActive("join");
                // Not ours to end: the exception, if any, goes to the callback around it.
                return work.apply(outer);
            }
            transaction = outer.savepoint(options);
        } else {
            transaction = Transaction.begin(executor, options);
        }
        current.set(transaction);
        T result;
        try {
            result = work.apply(transaction);
        } catch (RuntimeException | Error e) {
            // The enclosing scope is restored first, so that afterRollback callbacks run in it.
            restore(outer);
            transaction.rollbackQuietly();
            throw e;
        }
        // Likewise for afterCommit callbacks: they run after the transaction, not inside it.
        restore(outer);
        if (transaction.isActive()) {
            try {
                transaction.commit();
            } catch (RuntimeException | Error e) {
                // A top-level commit rolls back by itself; a savepoint that could not be released must be
                // rolled back here.
                transaction.rollbackQuietly();
                throw e;
            }
        }
        return result;
    }

    /** Makes {@code transaction} the thread's current one; the binding's close puts back the previous one. */
    BoundTransactionScope bind(Transaction transaction) {
        Transaction outer = current();
        current.set(transaction);
        return new BoundTransactionScope(() -> restore(outer));
    }

    private void restore(Transaction outer) {
        // A framework's transaction is found through the binding again; keeping it here would outlive it.
        if (outer != null && !(outer.isExternal() && outer.parent() == null)) {
            current.set(outer);
        } else {
            current.remove();
        }
    }

    /** Runs internal work (several statements of one operation) in a transaction of its own. */
    <T> T inNewTransaction(Function<ConnectionScope, T> work) {
        Transaction transaction = Transaction.begin(executor, TransactionOptions.transactionOptions());
        try {
            T result = work.apply(transaction);
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            transaction.rollbackQuietly();
            throw e;
        }
    }
}
