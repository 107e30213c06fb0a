package org.sequelize4j.errors;

import java.util.List;

/**
 * A migration run that cannot start or did not finish: the migrations found are inconsistent with
 * what the database has applied, a migration failed, or the migration lock was not free in time. The
 * message and {@link #migration()} name the migration (or option) at fault; {@link #reason()} says
 * which case it is. When a migration failed on a database whose schema statements are not
 * transactional, {@link #appliedStatements()} lists the statements of it that had run and stay applied
 * (where they could be known: for SQL migrations).
 */
public class MigrationError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** Two migrations found have the same name. */
        DUPLICATE,
        /** A migration source cannot be read, or a SQL migration lacks a file. */
        INVALID_SOURCE,
        /** A name given to {@code up(to)} or {@code down(to)} is not a migration found, or not applied. */
        UNKNOWN_TARGET,
        /** An applied SQL migration's files changed since it ran (its checksum differs). */
        CHANGED,
        /** An applied migration is no longer among the migrations found. */
        MISSING,
        /** A migration's up or down failed. */
        FAILED,
        /** Another runner held the migration lock for longer than the lock timeout. */
        LOCK_TIMEOUT
    }

    private final String migration;
    private final Reason reason;
    private final List<String> appliedStatements;

    /**
     * An error about one migration.
     *
     * @param migration the migration's name (or the option at fault), or null
     * @param reason what went wrong
     * @param message the whole message
     * @param appliedStatements statements of a failed migration that stay applied (empty when none or unknown)
     * @param cause the underlying failure, or null
     */
    public MigrationError(String migration, Reason reason, String message, List<String> appliedStatements,
                          Throwable cause) {
        super(message, cause);
        this.migration = migration;
        this.reason = reason;
        this.appliedStatements = List.copyOf(appliedStatements);
    }

    /** The migration at fault, or null. */
    public String migration() {
        return migration;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /** Statements of a failed migration that had been applied and were not rolled back. */
    public List<String> appliedStatements() {
        return appliedStatements;
    }
}
