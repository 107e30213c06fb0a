package org.sequelize4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sequelize4j.Sequelize;
import org.sequelize4j.spring.testapp.LibraryConfiguration;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * What start-up checks and reports: {@code sync=validate} against the live tables, properties with bad
 * values named in the failure, and the {@code sequelize} health indicator of the Boot generation in use.
 */
class StartupChecksTest {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner(String url) {
        return new ApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.withSequelize())
                .withUserConfiguration(LibraryConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + url,
                        "sequelize4j.model-packages=org.sequelize4j.spring.testapp.models");
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static <T extends Throwable> T causeOfType(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " among the causes of " + t, t);
    }

    @ParameterizedTest
    @MethodSource(Sequelize4jAutoConfigurationTest.DATABASES)
    void validateListsEveryMismatchAndPassesOnceTheTablesMatch(TestDatabase db) {
        String url = db.freshUrl(dir);
        runner(url).withPropertyValues("sequelize4j.sync=validate").run(context -> {
            SchemaMismatchException mismatch = causeOfType(context.getStartupFailure(), SchemaMismatchException.class);
            assertEquals(2, mismatch.mismatches().size(), mismatch.getMessage());
            assertTrue(mismatch.getMessage().contains("model Author: table \"authors\" does not exist"), mismatch.getMessage());
            assertTrue(mismatch.getMessage().contains("model Book: table \"books\" does not exist"), mismatch.getMessage());
        });
        runner(url).withPropertyValues("sequelize4j.sync=create").run(context -> {
            assertNotNull(context.getBean(Sequelize.class));
            context.getBean(Sequelize.class).query("ALTER TABLE books DROP COLUMN title");
        });
        runner(url).withPropertyValues("sequelize4j.sync=validate").run(context -> {
            SchemaMismatchException mismatch = causeOfType(context.getStartupFailure(), SchemaMismatchException.class);
            assertEquals(1, mismatch.mismatches().size(), mismatch.getMessage());
            assertTrue(mismatch.mismatches().get(0).startsWith("model Book: attribute title has no column \"title\""),
                    mismatch.getMessage());
        });
        runner(url).withPropertyValues("sequelize4j.sync=alter").run(context -> assertNotNull(context.getBean(Sequelize.class)));
        runner(url).withPropertyValues("sequelize4j.sync=validate").run(context -> {
            assertEquals(null, context.getStartupFailure(), "alter brought the tables in line with the models");
        });
    }

    @Test
    void anUnknownDialectIsRefusedByPropertyName() {
        runner("jdbc:sqlite:" + dir.resolve("x.db")).withPropertyValues("sequelize4j.dialect=oracle").run(context -> {
            InvalidConfigurationPropertyValueException bad = causeOfType(context.getStartupFailure(),
                    InvalidConfigurationPropertyValueException.class);
            assertEquals("sequelize4j.dialect", bad.getName());
            assertTrue(bad.getReason().contains("sqlite"), bad.getReason());
        });
    }

    @Test
    void aBadTimezoneIsRefusedByPropertyName() {
        runner("jdbc:sqlite:" + dir.resolve("x.db")).withPropertyValues("sequelize4j.timezone=Mars/Olympus").run(context -> {
            InvalidConfigurationPropertyValueException bad = causeOfType(context.getStartupFailure(),
                    InvalidConfigurationPropertyValueException.class);
            assertEquals("sequelize4j.timezone", bad.getName());
        });
    }

    @Test
    void aBadSyncModeIsRefusedByPropertyName() {
        runner("jdbc:sqlite:" + dir.resolve("x.db")).withPropertyValues("sequelize4j.sync=sometimes").run(context -> {
            Throwable failure = context.getStartupFailure();
            assertNotNull(failure);
            boolean named = false;
            for (Throwable c = failure; c != null; c = c.getCause()) {
                named |= String.valueOf(c.getMessage()).contains("sequelize4j.sync");
            }
            assertTrue(named, "the failure names sequelize4j.sync: " + failure);
        });
    }

    /** Calls {@code health()} on the indicator of either Boot generation and reads status and details. */
    @SuppressWarnings("unchecked")
    private static Map.Entry<String, Map<String, Object>> health(ApplicationContext context) throws Exception {
        Object indicator = context.getBean("sequelizeHealthIndicator");
        Object health = indicator.getClass().getMethod("health").invoke(indicator);
        Method status = health.getClass().getMethod("getStatus");
        Object code = status.invoke(health).getClass().getMethod("getCode").invoke(status.invoke(health));
        Map<String, Object> details = (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health);
        return Map.entry((String) code, details);
    }

    @ParameterizedTest
    @MethodSource(Sequelize4jAutoConfigurationTest.DATABASES)
    void healthIsUpWithTheDialect(TestDatabase db) {
        runner(db.freshUrl(dir)).withPropertyValues("sequelize4j.sync=create").run(context -> {
            String expected = BootAutoConfigurations.bootVersion().startsWith("3.")
                    ? "org.sequelize4j.spring.health.SequelizeHealthIndicator"
                    : "org.sequelize4j.spring.health.SequelizeHealthIndicator4";
            assertEquals(expected, context.getBean("sequelizeHealthIndicator").getClass().getName(),
                    "the indicator of Boot " + BootAutoConfigurations.bootVersion() + "'s health API");
            Map.Entry<String, Map<String, Object>> health = health(context);
            assertEquals("UP", health.getKey(), "on Boot " + BootAutoConfigurations.bootVersion());
            assertEquals(db.dialect(), health.getValue().get("dialect"));
            assertEquals(2, health.getValue().get("models"));
        });
    }

    @Test
    void healthIsDownWhenTheDatabaseDoesNotAnswer() {
        // Nothing listens on port 9; the dialect is given since the database cannot be asked.
        runner("jdbc:postgresql://127.0.0.1:9/none?connectTimeout=1").withPropertyValues("sequelize4j.dialect=postgres",
                "spring.datasource.hikari.connection-timeout=300", "spring.datasource.hikari.initialization-fail-timeout=-1")
                .run(context -> {
                    assertEquals(null, context.getStartupFailure(), "sync=off starts without the database");
                    Map.Entry<String, Map<String, Object>> health = health(context);
                    assertEquals("DOWN", health.getKey());
                    assertInstanceOf(String.class, health.getValue().get("error"), String.valueOf(health.getValue()));
                });
    }

    @Test
    void healthCanBeTurnedOff() {
        runner("jdbc:sqlite:" + dir.resolve("x.db")).withPropertyValues("management.health.sequelize.enabled=false")
                .run(context -> assertTrue(!context.containsBean("sequelizeHealthIndicator")));
    }

    @Test
    void modelPackagesDefaultToTheApplicationsPackage() {
        new ApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.withSequelize())
                .withUserConfiguration(org.sequelize4j.spring.testapp.models.ScanRoot.class)
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + dir.resolve("y.db"))
                .run(context -> assertEquals(2, context.getBean(Sequelize.class).models().size(),
                        String.valueOf(context.getBean(ScannedModels.class))));
    }
}
