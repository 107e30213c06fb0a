package org.sequelize4j;

/**
 * The outcome of findOrCreate / findOrBuild.
 *
 * @param instance the found, created or built instance
 * @param created whether it is new (created, or built and not yet saved)
 * @param <M> the instance type
 */
public record FindOrCreateResult<M>(M instance, boolean created) {
}
