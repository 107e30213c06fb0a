package org.sequelize4j.spring;

import org.sequelize4j.SequelizeOptions;

/**
 * A bean that adjusts the options of the auto-configured Sequelize after the {@code sequelize4j.*}
 * properties were applied and before the instance is created: N+1 warnings, a logging callback, more
 * model classes, and so on. The data source, dialect and transaction binding are the auto-configuration's.
 */
@FunctionalInterface
public interface SequelizeOptionsCustomizer {

    /** Adjusts the options. */
    void customize(SequelizeOptions options);
}
