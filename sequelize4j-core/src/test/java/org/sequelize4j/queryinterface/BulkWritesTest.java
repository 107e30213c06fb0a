package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DATEONLY;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.queryinterface.BulkOptions.bulkOptions;
import static org.sequelize4j.queryinterface.Fixtures.q;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/** bulkInsert, bulkUpdate and bulkDelete on tables without models. */
class BulkWritesTest {

    private static void events(QueryInterface qi) {
        qi.createTable("events", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("title", STRING).allowNull(false).unique(true), attribute("at", DATE),
                attribute("day", DATEONLY), attribute("open", BOOLEAN).allowNull(false).defaultValue(false),
                attribute("fee", DECIMAL(8, 2)), attribute("meta", TEXT), attribute("weight", INTEGER).defaultValue(1)));
    }

    @DialectTest
    void valuesAreWrittenAsTheirColumnsTypesSay(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        events(qi);
        Instant at = Instant.parse("2024-05-06T07:08:09.123Z");
        int inserted = qi.bulkInsert("events", List.of(
                Map.of("title", "launch", "at", at, "day", LocalDate.of(2024, 2, 29), "open", true,
                        "fee", new BigDecimal("12.50"), "meta", Map.of("seats", 3)),
                Map.of("title", "close")),
                bulkOptions().type("meta", JSON));
        assertEquals(2, inserted);
        // A model over the same table reads back what the QueryInterface wrote.
        ModelStatic<Model> events = sequelize.define("event", List.of(attribute("id", INTEGER).primaryKey(true),
                attribute("title", STRING), attribute("at", DATE), attribute("day", DATEONLY), attribute("open", BOOLEAN),
                attribute("fee", DECIMAL(8, 2)), attribute("meta", JSON), attribute("weight", INTEGER)),
                ModelOptions.options().tableName("events").timestamps(false));
        Model launch = events.findOne(org.sequelize4j.FindOptions.query().where(Op.eq("title", "launch")));
        assertEquals(at, launch.get("at"));
        assertEquals(LocalDate.of(2024, 2, 29), launch.get("day"));
        assertEquals(true, launch.get("open"));
        assertEquals(new BigDecimal("12.50"), launch.get("fee"));
        assertEquals(Map.of("seats", 3), launch.get("meta"));
        Model close = events.findOne(org.sequelize4j.FindOptions.query().where(Op.eq("title", "close")));
        assertEquals(false, close.get("open"), "a column the row leaves out gets its default");
        assertEquals(1, close.get("weight"));
    }

    @DialectTest
    void manyRowsGoInSeveralStatementsAndAllOrNothing(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        events(qi);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(Map.of("title", "e" + i, "weight", i));
        }
        org.sequelize4j.testing.SqlLog log = new org.sequelize4j.testing.SqlLog();
        assertEquals(2500, qi.bulkInsert("events", rows, bulkOptions().logging(log)));
        assertTrue(log.messages().stream().filter(m -> m.contains("INSERT")).count() >= 3, log.messages().toString());
        assertEquals(2500, Fixtures.rows(sequelize, "events", "id").size());

        // A duplicate in the last statement: none of the rows before it stay either.
        List<Map<String, Object>> more = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            more.add(Map.of("title", i == 2499 ? "e0" : "f" + i));
        }
        assertThrows(UniqueConstraintError.class, () -> qi.bulkInsert("events", more));
        assertEquals(2500, Fixtures.rows(sequelize, "events", "id").size());

        int counted = qi.bulkInsert("events", List.of(Map.of("title", "e1"), Map.of("title", "fresh")),
                bulkOptions().ignoreDuplicates(true));
        // MySQL/MariaDB count the skipped duplicate too (the server reports its no-op update).
        assertTrue(counted == 1 || counted == 2, String.valueOf(counted));
        assertEquals(2501, Fixtures.rows(sequelize, "events", "id").size());
    }

    @DialectTest
    void bulkUpdateAndBulkDelete(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        events(qi);
        qi.bulkInsert("events", List.of(Map.of("title", "a", "weight", 1), Map.of("title", "b", "weight", 2),
                Map.of("title", "c", "weight", 3)));
        assertEquals(2, qi.bulkUpdate("events", Map.of("open", true), Op.gte("weight", 2)));
        assertEquals(3, qi.bulkUpdate("events", Map.of("weight", Sql.literal(q(sequelize, "weight") + " * 10")), Op.and()));
        assertEquals(List.of("10", "20", "30"), Fixtures.column(sequelize, "events", "weight", "id"));
        assertEquals(1, qi.bulkUpdate("events", Map.of("title", "it's"), Op.where(Map.of("title", "a"))));
        assertEquals(1, qi.bulkDelete("events", Op.eq("title", "it's")));
        assertEquals(List.of("b", "c"), Fixtures.column(sequelize, "events", "title", "id"));
        assertEquals(2, qi.bulkDelete("events", Op.and()));
        assertEquals(0, Fixtures.rows(sequelize, "events", "id").size());
        assertEquals(0, qi.bulkInsert("events", List.of()));
    }

    @DialectTest
    void badRowsAreRefusedBeforeAnythingIsWritten(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        events(qi);
        SchemaChangeError column = assertThrows(SchemaChangeError.class, () -> qi.bulkInsert("events",
                List.of(Map.of("title", "a"), Map.of("title", "b", "colour", "red"))));
        assertEquals("colour", column.subject());
        assertEquals("bulkInsert", column.operation());
        ValidationError value = assertThrows(ValidationError.class, () -> qi.bulkInsert("events",
                List.of(Map.of("title", "a"), Map.of("title", "b", "weight", "heavy"))));
        assertTrue(value.getMessage().contains("weight"), value.getMessage());
        assertEquals(0, Fixtures.rows(sequelize, "events", "id").size());
        assertThrows(SchemaChangeError.class, () -> qi.bulkDelete("events", null));
        assertThrows(SchemaChangeError.class, () -> qi.bulkUpdate("events", Map.of("weight", 2), null));
        assertThrows(SchemaChangeError.class, () -> qi.bulkUpdate("events", Map.of("weight", 2), Op.eq("colour", "x")));
        assertThrows(SchemaChangeError.class, () -> qi.bulkUpdate("events", Map.of(), Op.and()));
        assertThrows(SchemaChangeError.class, () -> qi.bulkInsert("nothing", List.of(Map.of("a", 1))));
        assertThrows(SchemaChangeError.class, () -> qi.bulkInsert("events", List.of(Map.of("title", "a")),
                bulkOptions().type("colour", STRING)));
        // A value that reads as SQL is only ever a value, bound as a parameter.
        org.sequelize4j.testing.SqlLog log = new org.sequelize4j.testing.SqlLog();
        qi.bulkInsert("events", List.of(Map.of("title", "x'); DROP TABLE events; --")), bulkOptions().logging(log));
        assertTrue(log.messages().stream().noneMatch(m -> m.contains("DROP")), log.messages().toString());
        assertEquals(List.of("x'); DROP TABLE events; --"), Fixtures.column(sequelize, "events", "title", "id"));
    }
}
