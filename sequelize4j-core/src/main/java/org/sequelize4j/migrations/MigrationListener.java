package org.sequelize4j.migrations;

/** Told about each migration as the migrator runs it, for progress output. */
@FunctionalInterface
public interface MigrationListener {

    /** The moments of a migration's run. */
    enum Event {
        /** Its up is about to run. */
        MIGRATING,
        /** Its up ran and it is recorded as applied. */
        MIGRATED,
        /** Its down is about to run. */
        REVERTING,
        /** Its down ran and it is no longer recorded. */
        REVERTED
    }

    /**
     * Called on the migrator's thread, outside the migration's transaction for MIGRATED and REVERTED
     * (which are only sent once the change is committed).
     *
     * @param event what happens
     * @param name the migration's name
     * @param elapsedMillis for MIGRATED and REVERTED, how long it took; otherwise 0
     */
    void on(Event event, String name, long elapsedMillis);
}
