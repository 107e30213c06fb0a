package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.STRING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** changed(), previous(), saving only what changed, and JSON values changed in place. */
class DirtyTrackingTest {

    private final SqlLog statements = new SqlLog();

    private Sequelize open(TestDialect dialect) {
        return dialect.open(o -> o.logging(statements));
    }

    @DialectTest
    void savesOnlyChangedAttributesAndNothingWhenNothingChanged(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> users = sequelize.define("user", List.of(
                    attribute("name", STRING), attribute("age", INTEGER), attribute("city", STRING)));
            sequelize.sync();
            Model user = users.create(Map.of("name", "Ada", "age", 36, "city", "London"));
            assertTrue(user.changed().isEmpty());

            user.set("age", 37);
            assertEquals(List.of("age"), user.changed());
            assertTrue(user.changed("age"));
            assertFalse(user.changed("name"));
            assertEquals(36, user.previous("age"));
            assertEquals(Map.of("age", 36), user.previous());

            statements.clear();
            user.save();
            assertEquals(1, statements.size());
            String update = statements.messages().get(0);
            assertTrue(update.contains("UPDATE"), update);
            assertTrue(update.contains("age"), update);
            assertFalse(update.contains("city"), update);
            assertFalse(update.contains("name"), update);
            assertTrue(user.changed().isEmpty());
            assertEquals(37, user.previous("age"));

            statements.clear();
            user.save();
            user.set("name", "Ada");
            user.save();
            assertTrue(statements.messages().isEmpty(), "no query when nothing changed: " + statements.messages());
        }
    }

    @DialectTest
    void saveWithFieldsWritesOnlyThose(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING), attribute("age", INTEGER)));
            sequelize.sync();
            Model user = users.create(Map.of("name", "Ada", "age", 36));
            user.set("name", "Grace");
            user.set("age", 40);
            user.save(SaveOptions.saveOptions().fields("age"));
            Model stored = users.findByPk(user.get("id"));
            assertEquals("Ada", stored.get("name"));
            assertEquals(40, stored.get("age"));
            assertEquals(List.of("name"), user.changed(), "the unsaved change is still pending");
        }
    }

    @DialectTest
    void jsonChangedInPlaceIsDetected(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<Model> docs = sequelize.define("doc", List.of(attribute("meta", JSON)));
            sequelize.sync();
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("tags", new ArrayList<>(List.of("a")));
            Model doc = docs.create(Map.of("meta", meta));
            Model loaded = docs.findByPk(doc.get("id"));

            @SuppressWarnings("unchecked")
            Map<String, Object> value = (Map<String, Object>) loaded.get("meta");
            @SuppressWarnings("unchecked")
            List<Object> tags = (List<Object>) value.get("tags");
            tags.add("b");
            assertEquals(List.of("meta"), loaded.changed());
            loaded.save();
            assertEquals(Map.of("tags", List.of("a", "b")), docs.findByPk(doc.get("id")).get("meta"));

            // changed(key, true) forces a write even without a detectable change.
            statements.clear();
            loaded.changed("meta", true);
            loaded.save();
            assertEquals(1, statements.size());
        }
    }

    @DialectTest
    void fieldStoredAttributesTrackDirectAssignment(TestDialect dialect) {
        try (Sequelize sequelize = open(dialect)) {
            ModelStatic<GettersSettersTest.Person> people = sequelize.define(GettersSettersTest.Person.class);
            sequelize.sync();
            GettersSettersTest.Person p = people.create(Map.of("firstname", "Ada", "lastname", "Byron"));
            p.lastname = "Lovelace";
            assertEquals(List.of("lastname"), p.changed());
            assertEquals("Byron", p.previous("lastname"));
            p.save();
            assertEquals("Lovelace", people.findByPk(p.get("id")).lastname);
            p.set("firstname", "Augusta Ada");
            assertEquals("Augusta Ada", p.firstname);
            assertEquals(List.of("firstname"), p.changed());
        }
    }
}
