package org.sequelize4j.junit;

import java.util.Locale;

/**
 * The databases {@link Sequelize4jTest#dialects()} can run a class on, and where each is found.
 *
 * <p>A server's URL is the system property {@code sequelize4j.test.<key>.url} or the environment
 * variable {@code SEQUELIZE4J_TEST_<KEY>_URL} when set, else the local default below, whose database
 * name is the system property {@code sequelize4j.test.database} (default {@code test}). The database
 * must exist; the tests create and drop only their models' tables in it.
 */
public enum TestDatabase {

    /** SQLite in memory: always available, a new empty database per test class. */
    SQLITE("sqlite::memory:"),

    /** PostgreSQL, by default {@code postgres://postgres@127.0.0.1:5432/<database>}. */
    POSTGRES("postgres://postgres@127.0.0.1:5432/"),

    /** MariaDB (or MySQL), by default {@code mariadb://root@127.0.0.1:3306/<database>}. */
    MARIADB("mariadb://root@127.0.0.1:3306/");

    private final String defaultUrl;

    TestDatabase(String defaultUrl) {
        this.defaultUrl = defaultUrl;
    }

    /** The lower-case name used in property names and display names: {@code sqlite}, {@code postgres}, {@code mariadb}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Sequelize URI this database is reached at (see the class comment). */
    public String url() {
        String configured = Settings.get("sequelize4j.test." + key() + ".url");
        if (configured != null) {
            return configured;
        }
        if (this == SQLITE) {
            return defaultUrl;
        }
        String database = Settings.get("sequelize4j.test.database");
        return defaultUrl + (database == null ? "test" : database);
    }
}
