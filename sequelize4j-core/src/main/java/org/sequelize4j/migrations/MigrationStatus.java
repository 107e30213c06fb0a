package org.sequelize4j.migrations;

/**
 * A migration found by the migrator and whether the database has applied it.
 *
 * @param name the migration's name
 * @param applied whether {@code SequelizeMeta} lists it
 */
public record MigrationStatus(String name, boolean applied) {
}
