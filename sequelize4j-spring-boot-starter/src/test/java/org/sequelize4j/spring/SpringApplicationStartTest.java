package org.sequelize4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Sequelize;
import org.sequelize4j.spring.testapp.models.Author;
import org.sequelize4j.spring.testapp.models.Book;
import org.sequelize4j.spring.testapp.models.LibraryApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter in an application started by {@code SpringApplication} with {@code @EnableAutoConfiguration}:
 * its auto-configurations are found through {@code META-INF/spring/…AutoConfiguration.imports} and
 * ordered after Boot's DataSource auto-configuration, on whichever Boot generation runs the test, and
 * the models come from the application's package without {@code sequelize4j.model-packages}.
 */
class SpringApplicationStartTest {

    @TempDir
    Path dir;

    @Test
    void theStarterIsAutoConfiguredInAStartedApplication() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LibraryApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"), "sequelize4j.sync=create")
                .run()) {
            Sequelize sequelize = context.getBean(Sequelize.class);
            assertSame(context.getBean(DataSource.class), sequelize.dataSource());
            assertEquals(List.of(Author.class, Book.class), context.getBean(ScannedModels.class).classes(),
                    "scanned from the application's package on Boot " + BootAutoConfigurations.bootVersion());
            assertNotNull(context.getBean("sequelizeHealthIndicator"));
            assertEquals(0L, sequelize.model(Author.class).count(), "sync=create made the tables");
        }
    }
}
