package org.sequelize4j.spring;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.util.ClassUtils;

/**
 * The Boot auto-configurations the tests start next to Sequelize4j's, found by name under either
 * generation's package (Boot 4 moved them into spring-boot-jdbc, -transaction and -health), so that one
 * test source runs on Boot 3 and on Boot 4.
 */
final class BootAutoConfigurations {

    private static final String[][] CANDIDATES = {
        {"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"},
        {"org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        {"org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration"},
        {"org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"},
    };

    private BootAutoConfigurations() {
    }

    /** Boot's DataSource, transaction manager, JdbcTemplate and @Transactional support, and Sequelize4j's. */
    static AutoConfigurations withSequelize() {
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader loader = BootAutoConfigurations.class.getClassLoader();
        for (String[] names : CANDIDATES) {
            Class<?> found = null;
            for (String name : names) {
                if (ClassUtils.isPresent(name, loader)) {
                    found = ClassUtils.resolveClassName(name, loader);
                }
            }
            if (found == null) {
                throw new IllegalStateException("None of " + List.of(names) + " is on the class path");
            }
            classes.add(found);
        }
        classes.add(Sequelize4jAutoConfiguration.class);
        classes.add(org.sequelize4j.spring.health.SequelizeHealthAutoConfiguration.class);
        return AutoConfigurations.of(classes.toArray(Class<?>[]::new));
    }

    /** The Spring Boot version the tests run on, from its jar's manifest. */
    static String bootVersion() {
        return org.springframework.boot.SpringBootVersion.getVersion();
    }
}
