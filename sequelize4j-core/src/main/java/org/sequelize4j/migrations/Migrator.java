package org.sequelize4j.migrations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.errors.MigrationError;
import org.sequelize4j.errors.MigrationError.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs migrations against one database and records them in {@code SequelizeMeta}, as sequelize-cli's
 * {@code db:migrate} family does; usable from application start-up code.
 *
 * <pre>{@code
 * Migrator migrator = new Migrator(sequelize, migratorOptions().classpath("db/migrations"));
 * List<String> ran = migrator.up();
 * }</pre>
 *
 * <p>Every run takes the migration lock first and then reads what is applied, so two migrators at once
 * never both apply a migration. Before anything runs, an applied SQL migration whose files changed, or
 * an applied name no source has, fails the run with a {@link MigrationError} (unless allowed by the
 * options). Where the database has transactional schema statements (PostgreSQL, SQLite) each migration
 * runs in a transaction of its own, with its {@code SequelizeMeta} row written in the same one, so a
 * failed migration changes nothing. MySQL/MariaDB commit each schema statement as it runs: there a
 * failed migration stops the run, is not recorded, and the error lists its statements that stay
 * applied where they are known (SQL migrations).
 *
 * <p>Thread-safe; each call is one run.
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final Sequelize sequelize;
    private final MigratorOptions options;
    private final MigrationStorage storage;

    /** A migrator over the given sources. */
    public Migrator(Sequelize sequelize, MigratorOptions options) {
        this.sequelize = sequelize;
        this.options = options;
        this.storage = new MigrationStorage(sequelize, options.history());
    }

    /** Applies every pending migration, in name order; returns the names applied. */
    public List<String> up() {
        return up(null);
    }

    /** Applies the pending migrations up to and including {@code to}; returns the names applied. */
    public List<String> up(String to) {
        Map<String, Migration> all = load();
        if (to != null && !all.containsKey(to)) {
            throw new MigrationError(to, Reason.UNKNOWN_TARGET, "up(to): no migration is named '" + to
                    + "'; the migrations are " + all.keySet(), List.of(), null);
        }
        return locked(all, false, applied -> {
            List<String> ran = new ArrayList<>();
            for (Migration migration : all.values()) {
                if (to != null && migration.name().compareTo(to) > 0) {
                    break;
                }
                if (!applied.contains(migration.name())) {
                    run(migration, true);
                    ran.add(migration.name());
                }
            }
            return ran;
        });
    }

    /** Reverts the last applied migration (none if nothing is applied); returns the name reverted. */
    public List<String> down() {
        Map<String, Migration> all = load();
        return locked(all, true, applied -> {
            List<String> names = appliedInOrder(all, applied);
            if (names.isEmpty()) {
                return List.of();
            }
            String last = names.get(names.size() - 1);
            run(all.get(last), false);
            return List.of(last);
        });
    }

    /**
     * Reverts applied migrations, last first, down to and including {@code to} (sequelize-cli's
     * {@code db:migrate:undo:all --to}); returns the names reverted in the order they ran.
     */
    public List<String> down(String to) {
        Map<String, Migration> all = load();
        if (!all.containsKey(to)) {
            throw new MigrationError(to, Reason.UNKNOWN_TARGET, "down(to): no migration is named '" + to
                    + "'; the migrations are " + all.keySet(), List.of(), null);
        }
        return locked(all, true, applied -> {
            if (!applied.contains(to)) {
                throw new MigrationError(to, Reason.UNKNOWN_TARGET, "down(to): migration '" + to
                        + "' is not applied", List.of(), null);
            }
            List<String> names = new ArrayList<>(appliedInOrder(all, applied));
            Collections.reverse(names);
            List<String> reverted = new ArrayList<>();
            for (String name : names) {
                if (name.compareTo(to) < 0) {
                    break;
                }
                run(all.get(name), false);
                reverted.add(name);
            }
            return reverted;
        });
    }

    /**
     * Applies only the migration (or seeder) {@code name}, as sequelize-cli's {@code db:seed --seed};
     * returns its name. With a history it must be pending; with {@link MigrationHistory#NONE} it always runs.
     */
    public List<String> upOnly(String name) {
        Map<String, Migration> all = load();
        known(all, name, "upOnly");
        return locked(all, false, applied -> {
            if (applied.contains(name)) {
                throw new MigrationError(name, Reason.UNKNOWN_TARGET, "upOnly: '" + name + "' is already applied",
                        List.of(), null);
            }
            run(all.get(name), true);
            return List.of(name);
        });
    }

    /**
     * Reverts only the migration (or seeder) {@code name}, as sequelize-cli's {@code db:seed:undo --seed};
     * returns its name. With a history it must be applied; with {@link MigrationHistory#NONE} it always runs.
     */
    public List<String> downOnly(String name) {
        Map<String, Migration> all = load();
        known(all, name, "downOnly");
        return locked(all, true, applied -> {
            if (!applied.contains(name)) {
                throw new MigrationError(name, Reason.UNKNOWN_TARGET, "downOnly: '" + name + "' is not applied",
                        List.of(), null);
            }
            run(all.get(name), false);
            return List.of(name);
        });
    }

    private static void known(Map<String, Migration> all, String name, String call) {
        if (name == null || !all.containsKey(name)) {
            throw new MigrationError(name, Reason.UNKNOWN_TARGET, call + ": nothing is named '" + name
                    + "'; found " + all.keySet(), List.of(), null);
        }
    }

    /** Every migration found, in order, with whether it is applied. */
    public List<MigrationStatus> status() {
        Map<String, Migration> all = load();
        storage.ensure();
        Set<String> applied = new HashSet<>(storage.applied());
        return all.keySet().stream().map(name -> new MigrationStatus(name, applied.contains(name))).toList();
    }

    /** The names of the migrations not applied yet, in the order {@link #up()} would run them. */
    public List<String> pending() {
        return status().stream().filter(s -> !s.applied()).map(MigrationStatus::name).toList();
    }

    /** The names of the applied migrations that the sources have, in order. */
    public List<String> executed() {
        return status().stream().filter(MigrationStatus::applied).map(MigrationStatus::name).toList();
    }

    // ---- the run --------------------------------------------------------------------------------

    private interface Work {
        List<String> run(Set<String> applied);
    }

    /**
     * Runs work under the lock, after checking the sources against what the database has applied. With
     * no history, nothing counts as applied going up and everything found counts as applied going down.
     */
    private List<String> locked(Map<String, Migration> all, boolean down, Work work) {
        MigrationLock lock = new MigrationLock(sequelize, options.lockTimeout());
        lock.acquire();
        RuntimeException failure = null;
        try {
            storage.ensure();
            // Read only now: another runner may have applied migrations while this one waited.
            Set<String> applied = new HashSet<>(storage.applied());
            verify(all, applied);
            if (down && !storage.records()) {
                applied = new HashSet<>(all.keySet());
            }
            return work.run(applied);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                lock.release();
            } catch (RuntimeException e) {
                // The migration's own failure is the one to report; a lock left behind is named with it.
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    private void verify(Map<String, Migration> all, Set<String> applied) {
        if (!options.isAllowMissing()) {
            List<String> missing = applied.stream().filter(name -> !all.containsKey(name)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new MigrationError(missing.get(0), Reason.MISSING, options.history().table()
                        + " lists applied names that no source has: " + missing + "; restore them, or allow it with allowMissing(true)",
                        List.of(), null);
            }
        }
        if (!options.isAllowChanged()) {
            Map<String, String> checksums = storage.checksums();
            for (Migration migration : all.values()) {
                String recorded = checksums.get(migration.name());
                if (migration instanceof SqlMigration sql && recorded != null && applied.contains(migration.name())
                        && !recorded.equals(sql.checksum())) {
                    throw new MigrationError(migration.name(), Reason.CHANGED, "SQL migration '" + migration.name()
                            + "' changed after it was applied (checksum " + recorded + ", now " + sql.checksum()
                            + "); write a new migration instead, or allow it with allowChanged(true)", List.of(), null);
                }
            }
        }
    }

    private void run(Migration migration, boolean up) {
        String name = migration.name();
        notify(up ? MigrationListener.Event.MIGRATING : MigrationListener.Event.REVERTING, name, 0);
        LOG.info("{} {}", up ? "Migrating" : "Reverting", name);
        long start = System.nanoTime();
        String checksum = migration instanceof SqlMigration sql ? sql.checksum() : null;
        boolean transactional = sequelize.dialect().schemaEditor().transactionalDdl();
        try {
            if (transactional) {
                TransactionOptions transactionOptions = TransactionOptions.transactionOptions().schemaChange(true)
                        .nestMode(TransactionOptions.NestMode.SEPARATE);
                sequelize.transaction(transactionOptions, t -> step(migration, up, checksum, t));
            } else {
                step(migration, up, checksum, null);
            }
        } catch (MigrationError e) {
            // A SQL migration's own report (which statement failed, which ran before it).
            throw failed(name, up, transactional, e.getMessage(), e.getCause() != null ? e.getCause() : e,
                    e.appliedStatements());
        } catch (RuntimeException e) {
            throw failed(name, up, transactional, e.getMessage(), e, List.of());
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        LOG.info("{} {} ({} ms)", up ? "Migrated" : "Reverted", name, elapsed);
        notify(up ? MigrationListener.Event.MIGRATED : MigrationListener.Event.REVERTED, name, elapsed);
    }

    private void step(Migration migration, boolean up, String checksum, Transaction transaction) {
        MigrationContext context = new MigrationContext(sequelize.getQueryInterface(), sequelize, transaction,
                migration.name());
        if (up) {
            migration.up(context);
            storage.record(migration.name(), checksum, transaction);
        } else {
            migration.down(context);
            storage.forget(migration.name(), transaction);
        }
    }

    private static MigrationError failed(String name, boolean up, boolean transactional, String detail,
                                         Throwable cause, List<String> applied) {
        String what = (up ? "Migration '" : "Reverting migration '") + name + "' failed: " + detail;
        String state;
        if (transactional) {
            // A failure found at COMMIT (SQLite's foreign-key check) already says it was rolled back.
            state = detail.endsWith("it was rolled back") ? ", and SequelizeMeta is unchanged"
                    : "; it was rolled back, and SequelizeMeta is unchanged";
        } else if (!applied.isEmpty()) {
            state = "; this database commits schema statements as they run, and these stay applied: " + applied;
        } else {
            state = "; this database commits schema statements as they run: what the migration did before the"
                    + " failure stays applied, and SequelizeMeta is unchanged";
        }
        LOG.error("{}{}", what, state);
        return new MigrationError(name, Reason.FAILED, what + state, applied, cause);
    }

    private void notify(MigrationListener.Event event, String name, long elapsed) {
        for (MigrationListener listener : options.listeners()) {
            listener.on(event, name, elapsed);
        }
    }

    /** Every source's migrations by name, in name order; duplicate names fail. */
    private Map<String, Migration> load() {
        Map<String, Migration> all = new TreeMap<>();
        for (Supplier<List<Migration>> source : options.sources()) {
            for (Migration migration : source.get()) {
                String name = migration.name();
                if (name == null || name.isBlank() || name.length() > 255) {
                    throw new MigrationError(name, Reason.INVALID_SOURCE, "Migration " + migration
                            + " has no usable name (1 to 255 characters, as SequelizeMeta stores it): '" + name + "'",
                            List.of(), null);
                }
                Migration previous = all.putIfAbsent(name, migration);
                if (previous != null) {
                    throw new MigrationError(name, Reason.DUPLICATE, "Two migrations are named '" + name + "': "
                            + previous + " and " + migration, List.of(), null);
                }
            }
        }
        return all;
    }

    private static List<String> appliedInOrder(Map<String, Migration> all, Set<String> applied) {
        return all.keySet().stream().filter(applied::contains).toList();
    }
}
