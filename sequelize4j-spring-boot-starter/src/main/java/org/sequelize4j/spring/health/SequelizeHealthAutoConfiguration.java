package org.sequelize4j.spring.health;

import org.sequelize4j.Sequelize;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the {@code sequelize} health indicator (turned off with
 * {@code management.health.sequelize.enabled=false}) with the health API of whichever Boot generation
 * is on the class path: one nested configuration per generation, each guarded by its own API's class
 * name, so that neither is loaded where its API is missing.
 */
@AutoConfiguration(afterName = "org.sequelize4j.spring.Sequelize4jAutoConfiguration")
@ConditionalOnBean(Sequelize.class)
@ConditionalOnProperty(prefix = "management.health.sequelize", name = "enabled", matchIfMissing = true)
public class SequelizeHealthAutoConfiguration {

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
    static class Boot3 {
        @Bean
        @ConditionalOnMissingBean(name = "sequelizeHealthIndicator")
        SequelizeHealthIndicator sequelizeHealthIndicator(Sequelize sequelize) {
            return new SequelizeHealthIndicator(sequelize);
        }
    }

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.actuate.health.AbstractHealthIndicator")
    static class Boot4 {
        @Bean
        @ConditionalOnMissingBean(name = "sequelizeHealthIndicator")
        SequelizeHealthIndicator4 sequelizeHealthIndicator(Sequelize sequelize) {
            return new SequelizeHealthIndicator4(sequelize);
        }
    }
}
