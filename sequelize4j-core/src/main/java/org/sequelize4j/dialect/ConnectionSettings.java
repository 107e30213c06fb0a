package org.sequelize4j.dialect;

import java.util.List;
import java.util.Properties;

/**
 * How the pool opens connections for a dialect.
 *
 * @param jdbcUrl the JDBC URL
 * @param driverClassName the JDBC driver class to load
 * @param properties driver properties (credentials included)
 * @param initSql statements run on every new connection
 * @param keepAliveUrl for in-memory SQLite, a URL to hold open so the database outlives pooled connections; else null
 * @param defaultPoolMax the pool size to use when the user sets none
 */
public record ConnectionSettings(String jdbcUrl, String driverClassName, Properties properties, List<String> initSql,
                                 String keepAliveUrl, int defaultPoolMax) {

    public ConnectionSettings {
        initSql = List.copyOf(initSql);
    }
}
