package org.sequelize4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of a transaction: isolation level, read-only, SQLite's locking type, how a transaction
 * started inside another one behaves ({@link NestMode}), and deferred constraint checking on PostgreSQL.
 *
 * <p>Isolation level, read-only, type and deferred constraints apply when a transaction begins on its
 * connection; a savepoint ({@link NestMode#SAVEPOINT}) or a joined transaction ({@link NestMode#REUSE})
 * runs with those of the transaction it is part of.
 */
public final class TransactionOptions {

    /** What {@code sequelize.transaction(...)} does when a transaction is already running on this thread. */
    public enum NestMode {
        /** A savepoint inside the running transaction: its failure rolls back only its own work. (Default.) */
        SAVEPOINT,
        /** Join the running transaction: no new savepoint. */
        REUSE,
        /** An independent transaction on another connection. */
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
    private Type type;
    private NestMode nestMode = NestMode.SAVEPOINT;
    private boolean deferConstraints;
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
        return this;
    }

    /** SQLite's transaction type. */
    public TransactionOptions type(Type value) {
        this.type = value;
        return this;
    }

    /** Behaviour inside an already running transaction. */
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

    /** The nest mode. */
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
