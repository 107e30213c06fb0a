package org.sequelize4j.cli;

/**
 * The tool cannot work out what to connect to or where the migrations are: a missing or unreadable
 * configuration file, an environment it does not have, no database URL at all. Reported with exit
 * code {@link Main#USAGE}, since the fix is in the command line or the configuration, not the database.
 */
public final class ConfigError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a message saying what is wrong and how to fix it. */
    public ConfigError(String message) {
        super(message);
    }

    /** An error caused by a failure to read or parse something. */
    public ConfigError(String message, Throwable cause) {
        super(message, cause);
    }
}
