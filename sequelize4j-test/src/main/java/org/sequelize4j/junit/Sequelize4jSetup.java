package org.sequelize4j.junit;

import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;

/**
 * User code run by {@link Sequelize4jTest#setup()} around the opening of a test class's database: each
 * step is optional. Implementations need a no-argument constructor; one instance is made per database.
 */
public interface Sequelize4jSetup {

    /** Adjusts the connection options before the {@code Sequelize} is opened (logging, pool, time zone, …). */
    default void configure(SequelizeOptions options) {
    }

    /** Defines models (with or without classes) and their associations; runs before the tables are synced. */
    default void define(Sequelize sequelize) {
    }

    /**
     * Writes rows every test should see; runs once after the tables are synced. Under
     * {@link Isolation#ROLLBACK} they stay for every test; under {@link Isolation#TRUNCATE} only the first
     * test sees them.
     */
    default void seed(Sequelize sequelize) {
    }
}
