package org.sequelize4j.junit;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.sequelize4j.Model;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.DefinitionError;

/**
 * The database of one run of a test class: opened, defined, synced and seeded by {@link #open}, closed
 * (after dropping the synced tables from a server or file) by {@link #close()}.
 */
final class OpenDatabase implements AutoCloseable {

    private final DatabaseConfig config;
    private final Sequelize sequelize;

    private OpenDatabase(DatabaseConfig config, Sequelize sequelize) {
        this.config = config;
        this.sequelize = sequelize;
    }

    /**
     * Connects and prepares the models. An unreachable server aborts the run (JUnit reports it as
     * skipped) unless the target is required; then, as for every other failure, it throws.
     */
    static OpenDatabase open(DatabaseConfig config) {
        DatabaseTarget target = config.target();
        String where = DatabaseConfig.where(config.testClass());
        List<Sequelize4jSetup> setups = config.newSetups();
        Sequelize sequelize;
        try {
            sequelize = new Sequelize(target.url(), options -> setups.forEach(setup -> setup.configure(options)));
        } catch (ConnectionError e) {
            throw unreachable(target, e);
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException(where + ": cannot open " + target.displayName() + ": "
                    + e.getMessage(), e);
        }
        boolean ready = false;
        try {
            try {
                sequelize.authenticate();
            } catch (ConnectionError e) {
                throw unreachable(target, e);
            }
            for (Class<? extends Model> model : config.models()) {
                try {
                    sequelize.define(model);
                } catch (DefinitionError e) {
                    throw new ExtensionConfigurationException(where + ": model class " + model.getName()
                            + " cannot be defined: " + e.getMessage(), e);
                }
            }
            setups.forEach(setup -> setup.define(sequelize));
            if (config.sync()) {
                try {
                    sequelize.sync(SyncOptions.syncOptions().force(true));
                } catch (DefinitionError e) {
                    // Typically an association to a model class the annotation does not list.
                    throw new ExtensionConfigurationException(where + ": the models cannot be synced: "
                            + e.getMessage(), e);
                }
            }
            setups.forEach(setup -> setup.seed(sequelize));
            ready = true;
            return new OpenDatabase(config, sequelize);
        } finally {
            if (!ready) {
                sequelize.close();
            }
        }
    }

    private static RuntimeException unreachable(DatabaseTarget target, ConnectionError e) {
        String message = target.displayName() + " is not reachable at " + DatabaseTarget.masked(target.url()) + ": "
                + e.getMessage();
        if (target.required()) {
            return new ConnectionError(message + (target.database() == null ? ""
                    : " (required because sequelize4j.test.require=true)"), e);
        }
        Assumptions.abort(message + " (set sequelize4j.test.require=true to fail instead)");
        throw new AssertionError("unreachable");
    }

    Sequelize sequelize() {
        return sequelize;
    }

    DatabaseConfig config() {
        return config;
    }

    /** Drops the synced tables unless they vanish with the connection (SQLite in memory), then closes. */
    @Override
    public void close() {
        try {
            if (config.sync() && !config.target().url().startsWith("sqlite::memory")) {
                sequelize.drop();
            }
        } finally {
            sequelize.close();
        }
    }
}
