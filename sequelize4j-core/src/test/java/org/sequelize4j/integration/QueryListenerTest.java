package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.Op.eq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.UnreadableValueError;
import org.sequelize4j.observability.QueryEvent;
import org.sequelize4j.observability.QueryType;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** {@code SequelizeOptions.queryListener}: one event per statement, with its type, model, duration, rows and outcome. */
class QueryListenerTest {

    private static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING).unique(true)));
        sequelize.sync();
        return users;
    }

    @DialectTest
    void everyStatementIsReportedWithItsTypeModelRowsAndOutcome(TestDialect dialect) {
        List<QueryEvent> events = new CopyOnWriteArrayList<>();
        try (Sequelize sequelize = dialect.open(o -> o.queryListener(events::add))) {
            ModelStatic<Model> users = users(sequelize);
            assertTrue(events.stream().anyMatch(e -> e.type() == QueryType.DDL && e.success()), events.toString());

            events.clear();
            users.create(Map.of("name", "ada"));
            users.create(Map.of("name", "bob"));
            assertEquals(2, users.findAll().size());
            int updated = users.update(Map.of("name", "ada2"), UpdateOptions.where(eq("name", "ada"))).count();
            assertEquals(1, updated);
            users.destroy(DestroyOptions.where(eq("name", "bob")));

            List<QueryEvent> ofUsers = events.stream().filter(e -> "user".equals(e.model())).toList();
            assertEquals(List.of(QueryType.INSERT, QueryType.INSERT, QueryType.SELECT, QueryType.UPDATE, QueryType.DELETE),
                    ofUsers.stream().map(QueryEvent::type).toList(), events.toString());
            QueryEvent select = ofUsers.get(2);
            assertEquals(2, select.rows());
            assertTrue(select.success());
            assertTrue(select.durationNanos() > 0, select.toString());
            assertTrue(select.sql().startsWith("SELECT"), select.sql());
            assertEquals(List.of(), ofUsers.get(0).parameters(), "values only when logQueryParameters is on");
            assertEquals(1, ofUsers.get(3).rows());
            assertEquals(1, ofUsers.get(4).rows());

            events.clear();
            assertThrows(UniqueConstraintError.class, () -> users.create(Map.of("name", "ada2")));
            QueryEvent failed = events.stream().filter(e -> e.type() == QueryType.INSERT).findFirst().orElseThrow();
            assertFalse(failed.success());
            assertInstanceOf(UniqueConstraintError.class, failed.error());
            assertEquals("user", failed.model());
        }
    }

    @DialectTest
    void aValueThatCannotBeReadIsAFailureOfItsSelect(TestDialect dialect) {
        List<QueryEvent> events = new CopyOnWriteArrayList<>();
        try (Sequelize sequelize = dialect.open(o -> o.queryListener(events::add))) {
            ModelStatic<Model> counts = sequelize.define("tally", List.of(attribute("n", DATE)));
            sequelize.sync();
            counts.create(Map.of("n", java.time.Instant.parse("2026-12-02T00:00:00Z")));
            String table = sequelize.dialect().quoteIdentifier("tallies");
            try {
                // Behind the library's back, as another program would; typed columns refuse it.
                sequelize.query("UPDATE " + table + " SET " + sequelize.dialect().quoteIdentifier("n") + " = 'not a date'");
            } catch (DatabaseError typedColumn) {
                return;
            }
            events.clear();
            assertThrows(UnreadableValueError.class, counts::findAll);
            QueryEvent select = events.stream().filter(e -> e.type() == QueryType.SELECT).findFirst().orElseThrow();
            assertInstanceOf(UnreadableValueError.class, select.error());
            assertEquals("tally", select.model());
        }
    }

    @DialectTest
    void valuesAreReportedOnlyWhenAskedForAndAFailingListenerChangesNothing(TestDialect dialect) {
        List<QueryEvent> events = new CopyOnWriteArrayList<>();
        try (Sequelize sequelize = dialect.open(o -> o.logQueryParameters(true)
                .queryListener(e -> {
                    throw new IllegalStateException("metrics are down");
                })
                .queryListener(events::add))) {
            ModelStatic<Model> users = users(sequelize);
            users.create(Map.of("name", "ada"));
            QueryEvent insert = events.stream().filter(e -> e.type() == QueryType.INSERT).findFirst().orElseThrow();
            assertTrue(insert.parameters().contains("ada"), insert.parameters().toString());
            assertEquals(1, users.count());
        }
    }

    @Test
    void theTypeIsReadFromTheFirstKeyword() {
        assertEquals(QueryType.SELECT, QueryType.of("  (SELECT 1) UNION (SELECT 2)"));
        assertEquals(QueryType.SELECT, QueryType.of("WITH x AS (SELECT 1) SELECT * FROM x"));
        assertEquals(QueryType.INSERT, QueryType.of("insert into t values (1)"));
        assertEquals(QueryType.DDL, QueryType.of("CREATE TABLE IF NOT EXISTS t (id INTEGER)"));
        assertEquals(QueryType.TRANSACTION, QueryType.of("START TRANSACTION"));
        assertEquals(QueryType.TRANSACTION, QueryType.of("SAVEPOINT s1"));
        assertEquals(QueryType.RAW, QueryType.of("PRAGMA foreign_keys = ON"));
        assertEquals("org.sequelize4j.sql.select", QueryType.SELECT.loggerName());
        assertNull(new QueryEvent(QueryType.RAW, null, "x", List.of(), 0, -1, null, "default").error());
    }

    @Test
    void aNullListenerIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> org.sequelize4j.SequelizeOptions.sequelizeOptions().queryListener(null));
        assertTrue(e.getMessage().contains("queryListener"));
    }
}
