package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of a transaction: isolation level, read-only, SQLite's locking type, how a transaction
 * started inside another one behaves ({@link NestMode}), and deferred constraint checking on PostgreSQL.
 *
 * <p>Isolation level, read-only, type and deferred constraints apply when a transaction begins on its
 * connection; a savepoint ({@link NestMode#SAVEPOINT}) or a joined transaction ({@link NestMode#REUSE})
 * runs with those of the transaction it is part of, so asking it for different ones is an
 * {@link org.sequelize4j.errors.IncompatibleTransactionError}. Options left unset accept whatever the
 * running transaction has.
 */
public final class TransactionOptions {

    /**
     * What {@code sequelize.transaction(...)} does when a transaction is already running on this thread
     * (Sequelize v7's {@code TransactionNestMode}). Without a transaction running, each starts one.
     */
    public enum NestMode {
        /**
         * Run the callback in the running transaction, starting nothing (the default, as in Sequelize v7):
         * an exception from the callback reaches the enclosing callback, and rolls back the whole
         * transaction unless that callback catches it.
         */
        REUSE,
        /** A savepoint inside the running transaction: a failure of the callback rolls back only its own work. */
        SAVEPOINT,
        /** An independent transaction on another connection, committed or rolled back on its own. */
        SEPARATE
    }

    /** SQLite's {@code BEGIN} types. */
    public enum Type {
        /** Lock when first reading or writing (SQLite's default). */
        DEFERRED,
        /** Take the write lock at once. */
        IMMEDIATE,
        /** Take an exclusive lock at once. */
        EXCLUSIVE
    }

    private IsolationLevel isolationLevel;
    private boolean readOnly;
    private boolean readOnlyGiven;
    private Type type;
    private NestMode nestMode;
    private boolean deferConstraints;
    private long timeout;
    private boolean schemaChange;
    private final List<String> deferredConstraints = new ArrayList<>();

    /** Fresh options. */
    public static TransactionOptions transactionOptions() {
        return new TransactionOptions();
    }

    /**
     * Marks a transaction that changes tables (a migration's). SQLite can only switch foreign-key
     * enforcement outside a transaction, and must have it off to rebuild a table that others reference;
     * there the transaction's connection gets {@code PRAGMA foreign_keys = OFF} before it begins, the
     * whole database's foreign keys are checked before COMMIT (a violation fails the commit, which rolls
     * back), and enforcement is switched on again when it ends. Elsewhere it changes nothing.
     */
    public TransactionOptions schemaChange(boolean value) {
        this.schemaChange = value;
        return this;
    }

    /** Whether the transaction is marked as changing tables ({@link #schemaChange(boolean)}). */
    public boolean isSchemaChange() {
        return schemaChange;
    }

    /** The isolation level (the database's default otherwise). */
    public TransactionOptions isolationLevel(IsolationLevel level) {
        this.isolationLevel = level;
        return this;
    }

    /** A read-only transaction. */
    public TransactionOptions readOnly(boolean value) {
        this.readOnly = value;
        this.readOnlyGiven = true;
        return this;
    }

    /** SQLite's transaction type. */
    public TransactionOptions type(Type value) {
        this.type = value;
        return this;
    }

    /** Behaviour inside an already running transaction; the instance's default ({@code REUSE} unless configured) otherwise. */
    public TransactionOptions nestMode(NestMode mode) {
        this.nestMode = mode;
        return this;
    }

    /**
     * Defer the checking of deferrable constraints (all of them, or those named) to commit
     * (PostgreSQL's {@code SET CONSTRAINTS … DEFERRED}; only constraints declared DEFERRABLE).
     */
    public TransactionOptions deferConstraints(String... constraintNames) {
        this.deferConstraints = true;
        this.deferredConstraints.addAll(List.of(constraintNames));
        return this;
    }

    /**
     * Bounds the transaction to {@code millis} milliseconds from its start: a statement still running
     * then is cancelled, later statements are refused, and the transaction can no longer commit; each
     * of these fails with a {@link org.sequelize4j.errors.TimeoutError}, and a managed transaction rolls
     * back. Your own code between statements is not interrupted. For a savepoint, the shorter of its own
     * and the enclosing transaction's time applies.
     *
     * @throws IllegalArgumentException if {@code millis} is not positive
     */
    public TransactionOptions timeout(long millis) {
        this.timeout = TransactionalOptions.positiveTimeout(millis, "TransactionOptions.timeout");
        return this;
    }

    /** {@link #timeout(long)} as a duration. */
    public TransactionOptions timeout(java.time.Duration duration) {
        return timeout(duration.toMillis());
    }

    /** The transaction's timeout in milliseconds, or 0 for none. */
    public long timeout() {
        return timeout;
    }

    /** The isolation level, or null. */
    public IsolationLevel isolationLevel() {
        return isolationLevel;
    }

    /** Whether read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The SQLite type, or null. */
    public Type type() {
        return type;
    }

    /** Whether {@link #readOnly(boolean)} was called (a nested transaction that did not ask accepts either mode). */
    public boolean isReadOnlyGiven() {
        return readOnlyGiven;
    }

    /** The nest mode, or null for the instance's default. */
    public NestMode nestMode() {
        return nestMode;
    }

    /** Whether constraints are deferred. */
    public boolean isDeferConstraints() {
        return deferConstraints;
    }

    /** The deferred constraint names (empty for all). */
    public List<String> deferredConstraints() {
        return List.copyOf(deferredConstraints);
    }
}
