package org.sequelize4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.junit.ModelName;
import org.sequelize4j.junit.Sequelize4jSetup;
import org.sequelize4j.junit.Sequelize4jTest;
import org.sequelize4j.junit.TestDatabase;

/** Timers recorded from real statements on each database. */
@Sequelize4jTest(setup = QueryMetricsTest.Metered.class,
        dialects = {TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB})
class QueryMetricsTest {

    /** One registry for every run; the assertions compare counts before and after, so runs do not mix. */
    static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

    /** Connects through the metrics listener and defines a model with a unique column. */
    public static class Metered implements Sequelize4jSetup {
        @Override
        public void configure(SequelizeOptions options) {
            options.queryListener(new Sequelize4jMetrics(REGISTRY, Tags.of("app", "test")));
        }

        @Override
        public void define(Sequelize sequelize) {
            sequelize.define("reading", List.of(attribute("sensor", STRING).unique(true)));
        }
    }

    @ModelName("reading") ModelStatic<Model> readings;

    private static Timer timer(String type, String model, String outcome) {
        return REGISTRY.find(Sequelize4jMetrics.METER_NAME)
                .tags("type", type, "model", model, "outcome", outcome, "app", "test").timer();
    }

    private static long count(String type, String model, String outcome) {
        Timer timer = timer(type, model, outcome);
        return timer == null ? 0 : timer.count();
    }

    @Test
    void eachStatementIsTimedUnderItsTypeModelAndOutcome() {
        long inserts = count("insert", "reading", "success");
        long selects = count("select", "reading", "success");
        long failures = count("insert", "reading", "error");

        readings.create(Map.of("sensor", "a"));
        readings.create(Map.of("sensor", "b"));
        assertEquals(2, readings.findAll().size());
        assertThrows(UniqueConstraintError.class, () -> readings.create(Map.of("sensor", "a")));

        assertEquals(inserts + 2, count("insert", "reading", "success"));
        assertEquals(selects + 1, count("select", "reading", "success"));
        assertEquals(failures + 1, count("insert", "reading", "error"));
        assertTrue(timer("insert", "reading", "success").totalTime(TimeUnit.NANOSECONDS) > 0);
        // The tables were created by statements of no model.
        assertTrue(count("ddl", "none", "success") > 0);
    }

    @Test
    void theListenerRefusesMissingArguments() {
        assertThrows(NullPointerException.class, () -> new Sequelize4jMetrics(null));
        assertThrows(NullPointerException.class, () -> new Sequelize4jMetrics(REGISTRY, null));
    }
}
