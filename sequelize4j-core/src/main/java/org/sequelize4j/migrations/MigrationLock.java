package org.sequelize4j.migrations;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequelize4j.Op;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.queryinterface.BulkOptions;
import org.sequelize4j.queryinterface.QueryInterface;
import org.sequelize4j.queryinterface.QueryInterfaceOptions;

/**
 * Keeps two migrators, in one process or several, from running migrations on one database at once:
 * the holder has inserted the single row (id 1) of {@code SequelizeMetaLock}; everyone else's insert
 * fails on the primary key and is retried until the lock timeout. It is a plain table rather than an
 * advisory lock so that it works the same on every database, and so that a lock left by a process
 * that died can be seen (its owner and time) and deleted by hand.
 */
final class MigrationLock {

    static final String TABLE = "SequelizeMetaLock";
    private static final long RETRY_MILLIS = 100;

    private final Sequelize sequelize;
    private final QueryInterface qi;
    private final Duration timeout;
    /** Names the process (pid@host, for whoever finds the lock left behind) and this migrator within it. */
    private final String owner = ownerName();

    MigrationLock(Sequelize sequelize, Duration timeout) {
        this.sequelize = sequelize;
        this.qi = sequelize.getQueryInterface();
        this.timeout = timeout;
    }

    /** Takes the lock, waiting for it up to the timeout. */
    void acquire() {
        long deadline = System.nanoTime() + timeout.toNanos();
        SequelizeException last = null;
        while (true) {
            try {
                ensureTable();
                qi.bulkInsert(TABLE, List.of(Map.of("id", 1, "owner", owner, "since", Instant.now().toString())),
                        BulkOptions.bulkOptions().transaction(null));
                return;
            } catch (UniqueConstraintError | TimeoutError e) {
                // Held by another runner, or (SQLite) the database is busy with its migration.
                last = e;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new MigrationError(TABLE, MigrationError.Reason.LOCK_TIMEOUT, "The migration lock was not free"
                        + " within " + timeout.toMillis() + " ms; it is held by " + holder() + ". If no migrator is"
                        + " running, a process died holding it: remove it with MigrationLocks.release (the command-line"
                        + " tool's db:migrate:unlock)", List.of(), last);
            }
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationError(TABLE, MigrationError.Reason.LOCK_TIMEOUT,
                        "Interrupted while waiting for the migration lock", List.of(), e);
            }
        }
    }

    /**
     * Creates the lock table unless it is there. Two runners creating it at once collide in the catalog, and
     * not always as a unique violation: PostgreSQL may report the table's row type as already existing
     * (SQLSTATE 42710) although the statement said IF NOT EXISTS. The loser only waited for the winner's
     * commit, so when the table is there afterwards the failure is not one.
     */
    private void ensureTable() {
        try {
            qi.createTable(TABLE, List.of(attribute("id", INTEGER).primaryKey(true).allowNull(false),
                    attribute("owner", STRING(64)).allowNull(false), attribute("since", STRING(40))));
        } catch (TimeoutError e) {
            throw e;
        } catch (SequelizeException e) {
            if (!tableExists()) {
                throw e;
            }
        }
    }

    private boolean tableExists() {
        return qi.showAllTables(QueryInterfaceOptions.queryInterfaceOptions().transaction(null)).stream()
                .anyMatch(name -> name.tableName().equals(TABLE));
    }

    /** Gives the lock back (only this migrator's own row is deleted). */
    void release() {
        qi.bulkDelete(TABLE, Op.and(Op.eq("id", 1), Op.eq("owner", owner)), BulkOptions.bulkOptions().transaction(null));
    }

    private static String ownerName() {
        String random = UUID.randomUUID().toString().substring(0, 8);
        String process = ThisProcess.NAME;
        // The column holds 64 characters; the random part must survive, since release() matches on it.
        return (process.length() > 54 ? process.substring(0, 54) : process) + "/" + random;
    }

    /** pid@host, worked out once per JVM: a host name lookup can be slow where DNS is misconfigured. */
    private static final class ThisProcess {
        static final String NAME = ProcessHandle.current().pid() + "@" + host();

        private static String host() {
            String fromEnvironment = System.getenv("HOSTNAME");
            if (fromEnvironment != null && !fromEnvironment.isBlank()) {
                return fromEnvironment.strip();
            }
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException | SecurityException e) {
                return "unknown-host";
            }
        }
    }

    private String holder() {
        try {
            String sql = "SELECT * FROM " + sequelize.dialect().quoteIdentifier(TABLE);
            List<Map<String, Object>> rows = sequelize.query(sql, QueryOptions.queryOptions().transaction(null)).rows();
            return rows.isEmpty() ? "nobody now" : rows.get(0).toString();
        } catch (SequelizeException e) {
            return "an unknown owner (" + e.getMessage() + ")";
        }
    }
}
