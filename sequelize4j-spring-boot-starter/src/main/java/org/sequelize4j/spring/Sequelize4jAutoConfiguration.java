package org.sequelize4j.spring;

import javax.sql.DataSource;
import org.sequelize4j.Sequelize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Auto-configures a {@link Sequelize} on the application's DataSource ({@code spring.datasource.*}),
 * taking part in Spring's transactions, with the model classes found by package scan and the
 * {@code sequelize4j.*} properties ({@link Sequelize4jProperties}). Each model's {@code ModelStatic}
 * is a bean too ({@code ModelStatic<User>}).
 *
 * <p>Runs after the DataSource auto-configuration of either Boot generation (the class moved in
 * Boot 4), named rather than referenced so that this class loads on both.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(name = {"org.sequelize4j.Sequelize", "org.springframework.jdbc.datasource.ConnectionHolder"})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(Sequelize4jProperties.class)
@Import(ModelBeansRegistrar.class)
public class Sequelize4jAutoConfiguration {

    /** The Sequelize bean; closing it (at shutdown) leaves the DataSource to Spring. */
    @Bean
    @ConditionalOnMissingBean
    public Sequelize sequelize(DataSource dataSource, Sequelize4jProperties properties, ScannedModels models,
                               ObjectProvider<SequelizeOptionsCustomizer> customizers) {
        return SequelizeCreator.create(dataSource, properties, models, customizers.orderedStream().toList());
    }

    /** SQLite driver properties on the application's HikariCP pool; static, as bean post-processors must be. */
    @Bean
    static SqliteHikariDefaults sequelize4jSqliteHikariDefaults() {
        return new SqliteHikariDefaults();
    }
}
