package org.sequelize4j;

import java.util.List;
import org.sequelize4j.TransactionOptions.NestMode;
import org.sequelize4j.errors.IncompatibleTransactionError;

/**
 * Checks that a transaction requested inside a running one can be served by it ({@link NestMode#REUSE}
 * runs the callback in it, {@link NestMode#SAVEPOINT} in a savepoint of it): both run with the settings
 * the outermost transaction began with, so asking for other ones must fail rather than be silently
 * ignored, as Sequelize v7 refuses them. Unlike v7, an option the caller left unset accepts whatever
 * the running transaction has: code that did not ask for an isolation level can join a SERIALIZABLE
 * transaction.
 */
final class TransactionNesting {

    private TransactionNesting() {
    }

    /**
     * @throws IncompatibleTransactionError naming the first option of {@code requested} that
     *     {@code running} does not have
     */
    static void requireCompatible(Transaction running, TransactionOptions requested, NestMode mode) {
        TransactionOptions existing = running.outermost().options();
        if (requested.isolationLevel() != null && requested.isolationLevel() != existing.isolationLevel()) {
            throw refuse("isolationLevel", mode, "isolation level " + requested.isolationLevel(), running,
                    existing.isolationLevel() == null ? "runs at the database's default isolation level"
                            : "runs at isolation level " + existing.isolationLevel());
        }
        if (requested.isReadOnlyGiven() && requested.isReadOnly() != existing.isReadOnly()) {
            throw refuse("readOnly", mode, requested.isReadOnly() ? "a read-only transaction" : "a read/write transaction",
                    running, existing.isReadOnly() ? "is read-only" : "is read/write");
        }
        TransactionOptions.Type existingType = existing.type() == null ? TransactionOptions.Type.DEFERRED : existing.type();
        if (requested.type() != null && requested.type() != existingType) {
            throw refuse("type", mode, "type " + requested.type(), running, "is of type " + existingType);
        }
        if (requested.isDeferConstraints() && !defers(existing, requested.deferredConstraints())) {
            throw refuse("deferConstraints", mode, "deferred constraints " + names(requested.deferredConstraints()),
                    running, existing.isDeferConstraints() ? "defers only " + names(existing.deferredConstraints())
                            : "checks constraints immediately");
        }
        if (mode == NestMode.REUSE && requested.timeout() > 0) {
            throw new IncompatibleTransactionError("timeout", "A reused transaction cannot have a timeout of its own ("
                    + requested.timeout() + " ms requested inside transaction " + running.id() + "); use"
                    + " nestMode(SAVEPOINT) to bound the nested work, or nestMode(SEPARATE)");
        }
    }

    /** Whether a transaction begun with {@code existing} defers the named constraints (all of them when none are named). */
    private static boolean defers(TransactionOptions existing, List<String> requested) {
        if (!existing.isDeferConstraints()) {
            return false;
        }
        List<String> deferred = existing.deferredConstraints();
        return deferred.isEmpty() || !requested.isEmpty() && deferred.containsAll(requested);
    }

    private static String names(List<String> constraints) {
        return constraints.isEmpty() ? "(all)" : constraints.toString();
    }

    private static IncompatibleTransactionError refuse(String option, NestMode mode, String requested, Transaction running,
                                                       String existing) {
        return new IncompatibleTransactionError(option, "TransactionOptions." + option + ": " + requested
                + " was requested with nestMode(" + mode + ") inside transaction " + running.id() + ", which "
                + existing + "; a " + (mode == NestMode.REUSE ? "reused transaction" : "savepoint")
                + " runs with the settings the transaction began with. Use nestMode(SEPARATE) for a transaction of"
                + " its own, or leave the option unset");
    }
}
