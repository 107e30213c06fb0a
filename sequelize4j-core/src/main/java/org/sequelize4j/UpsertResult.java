package org.sequelize4j;

/**
 * The outcome of an upsert.
 *
 * @param instance the row as stored
 * @param created whether the row was inserted; null where the database does not tell (PostgreSQL, SQLite)
 * @param <M> the instance type
 */
public record UpsertResult<M>(M instance, Boolean created) {
}
