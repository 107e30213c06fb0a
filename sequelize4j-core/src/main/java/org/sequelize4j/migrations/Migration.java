package org.sequelize4j.migrations;

/**
 * One step of a schema's history, as in sequelize-cli: {@link #up} makes the change, {@link #down}
 * undoes it. Migrations run in the order of their names, so name them (or their classes) with a
 * timestamp prefix, for instance {@code M20260101120000_CreateUsers} or, overriding {@link #name()},
 * {@code 20260101120000-create-users}.
 *
 * <p>Use the context's QueryInterface for the changes. Where the database has transactional schema
 * statements (PostgreSQL, SQLite) the migration runs inside a transaction that its QueryInterface calls
 * join without being passed it; see {@link MigrationContext#transaction()}.
 */
public interface Migration {

    /** Applies the change. */
    void up(MigrationContext context);

    /** Undoes what {@link #up} did. */
    void down(MigrationContext context);

    /**
     * The name recorded in {@code SequelizeMeta} once applied: by default the class's simple name.
     * Override it to keep the file names of migrations written for sequelize-cli (e.g.
     * {@code "20260101120000-create-users.js"}), so that their history stays valid.
     */
    default String name() {
        return getClass().getSimpleName();
    }
}
