package org.sequelize4j.migrations;

import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.queryinterface.QueryInterface;

/**
 * What a running migration gets.
 *
 * @param queryInterface the QueryInterface of {@code sequelize}
 * @param sequelize the instance the migrator runs on (for raw queries and models)
 * @param transaction the migration's transaction, which the QueryInterface and raw queries join by
 *                    themselves; null where the database commits schema statements as it runs them
 *                    (MySQL/MariaDB), so the run is not transactional
 * @param name the migration's name
 */
public record MigrationContext(QueryInterface queryInterface, Sequelize sequelize, Transaction transaction,
                               String name) {
}
