package org.sequelize4j.spring;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Opens the connections of an application's HikariCP pool on SQLite with foreign keys enforced and a
 * busy timeout, as Sequelize's own SQLite connections are, unless the application set those driver
 * properties itself. Sequelize also switches them on by PRAGMA on connections it meets outside a
 * transaction, but SQLite ignores {@code PRAGMA foreign_keys} inside one, and in a Spring application
 * Sequelize often meets a connection first inside a {@code @Transactional} method: the driver property
 * applies from the moment the connection opens.
 */
final class SqliteHikariDefaults implements BeanPostProcessor {

    private static final Map<String, String> DEFAULTS = Map.of("foreign_keys", "true", "busy_timeout", "5000");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && !hikari.isRunning() && hikari.getJdbcUrl() != null
                && "sqlite".equals(DialectDetector.fromJdbcUrl(hikari.getJdbcUrl()))) {
            Properties properties = hikari.getDataSourceProperties();
            DEFAULTS.forEach((key, value) -> {
                if (!properties.containsKey(key)) {
                    hikari.addDataSourceProperty(key, value);
                }
            });
        }
        return bean;
    }
}
