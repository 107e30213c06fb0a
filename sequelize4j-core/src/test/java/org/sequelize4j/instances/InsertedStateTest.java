package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * What an instance holds once it is inserted: it ends as a row just read (its snapshot its values, no
 * side state), so change tracking must see exactly the writes made after the insert, per instance;
 * and which attributes a new record was given explicitly is remembered for every attribute, also past
 * the 64 kept as bits, so an explicit null is written rather than the default.
 */
class InsertedStateTest {

    @DialectTest
    void insertedInstancesTrackOnlyTheirOwnLaterWrites(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING),
                    attribute("age", INTEGER)));
            sequelize.sync();
            List<Model> made = users.bulkCreate(List.of(Map.of("name", "Ada", "age", 36), Map.of("name", "Bob", "age", 40)));
            Model created = users.create(Map.of("name", "Cy", "age", 50));
            for (Model m : List.of(made.get(0), made.get(1), created)) {
                assertFalse(m.isNewRecord());
                assertTrue(m.changed().isEmpty(), m.get("name") + " has no changes after its insert");
                assertTrue(m.get("id") != null);
            }
            Model ada = made.get(0);
            ada.set("age", 37);
            assertEquals(List.of("age"), List.copyOf(ada.changed()));
            assertEquals(36, ((Number) ada.previous("age")).intValue());
            assertTrue(made.get(1).changed().isEmpty(), "the other inserted row is untouched");
            int before = log.size();
            ada.save();
            String update = log.since(before).get(0);
            assertTrue(update.contains("age") && !update.contains("\"name\" ="), update);
            assertEquals(37, ((Number) users.findByPk(ada.get("id")).get("age")).intValue());
            assertEquals(40, ((Number) users.findByPk(made.get(1).get("id")).get("age")).intValue());
            created.set("name", "Cyd");
            created.save();
            assertEquals("Cyd", users.findByPk(created.get("id")).get("name"));
        }
    }

    @DialectTest
    void anExplicitNullIsWrittenInsteadOfTheDefaultForEveryAttribute(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            List<AttributeOptions> attributes = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                attributes.add(attribute("c" + i, STRING(20)).defaultValue("d" + i));
            }
            ModelStatic<Model> wide = sequelize.define("wide", attributes);
            sequelize.sync();
            Map<String, Object> values = new HashMap<>();
            values.put("c2", null);
            values.put("c68", null);
            Model saved = wide.create(values);
            Model read = wide.findByPk(saved.get("id"));
            assertNull(read.get("c2"), "an index kept as a bit");
            assertNull(read.get("c68"), "an index past the bits");
            assertEquals("d3", read.get("c3"));
            assertEquals("d69", read.get("c69"));
            assertEquals("d64", read.get("c64"));
        }
    }
}
