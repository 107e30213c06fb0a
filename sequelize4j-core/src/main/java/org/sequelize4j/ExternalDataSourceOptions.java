package org.sequelize4j;

import org.sequelize4j.errors.OptionsError;

/**
 * Checks the options of a Sequelize that runs on the application's data source
 * ({@link SequelizeOptions#dataSource}): that data source decides where to connect and how to pool,
 * so the options that would say so too are refused rather than silently ignored, and the dialect,
 * which a data source does not name, must be given.
 */
final class ExternalDataSourceOptions {

    private ExternalDataSourceOptions() {
    }

    /** @throws OptionsError naming the first option that does not fit */
    static void check(String uri, SequelizeOptions options) {
        if (options.dataSource() == null) {
            if (options.transactionBinding() != null) {
                throw new OptionsError("transactionBinding", "SequelizeOptions.transactionBinding(...) needs"
                        + " dataSource(...): a framework's transactions run on the application's data source");
            }
            return;
        }
        if (uri != null) {
            throw new OptionsError("dataSource", "SequelizeOptions.dataSource(...) cannot be combined with a connection"
                    + " URI (" + ConnectionUri.redact(uri) + "); use new Sequelize(options) with dialect(...)");
        }
        if (options.dialect() == null) {
            throw new OptionsError("dialect", "SequelizeOptions.dataSource(...) needs dialect(...) too (sqlite,"
                    + " postgres, mysql or mariadb): a data source does not say which database it reaches");
        }
        refuse("host", options.host());
        refuse("port", options.port());
        refuse("username", options.username());
        refuse("password", options.password());
        refuse("storage", options.storage());
        if (!options.dialectOptions().isEmpty()) {
            throw conflict("dialectOption", options.dialectOptions().keySet().toString());
        }
        if (options.isPoolConfigured()) {
            throw conflict("pool", "its settings");
        }
        if (options.replication() != null) {
            throw new OptionsError("replication", "SequelizeOptions.replication(...) does not apply with"
                    + " dataSource(...): replicas get pools of their own, which an application-owned data source"
                    + " cannot provide; give the servers with replication(...) instead of a data source");
        }
    }

    private static void refuse(String option, Object value) {
        if (value != null) {
            throw conflict(option, option.equals("password") ? "***" : String.valueOf(value));
        }
    }

    private static OptionsError conflict(String option, String value) {
        return new OptionsError(option, "SequelizeOptions." + option + "(" + value + ") does not apply with"
                + " dataSource(...): the application's data source decides where to connect and how to pool;"
                + " configure it there");
    }
}
