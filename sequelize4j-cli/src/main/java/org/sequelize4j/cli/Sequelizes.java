package org.sequelize4j.cli;

import org.sequelize4j.Sequelize;

/** Opens the configured database, telling a malformed URL (a usage error) from a failed connection. */
final class Sequelizes {

    private Sequelizes() {
    }

    static Sequelize open(Settings settings) {
        Sequelize sequelize;
        try {
            sequelize = new Sequelize(settings.url());
        } catch (RuntimeException e) {
            // Building the instance does not connect, so any failure here is about the URL itself.
            throw new ConfigError("Unusable database URL from " + settings.source() + ": " + e.getMessage(), e);
        }
        try {
            sequelize.authenticate();
        } catch (RuntimeException e) {
            sequelize.close();
            throw e;
        }
        return sequelize;
    }
}
