package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.testing.DialectTest;

class CrudTest {

    private ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(
                attribute("name", STRING).allowNull(false),
                attribute("age", INTEGER),
                attribute("active", BOOLEAN).defaultValue(true)));
        sequelize.sync();
        return users;
    }

    @DialectTest
    void createsReadsUpdatesAndDeletes(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        assertEquals("users", users.tableName());

        Model ada = users.create(Map.of("name", "Ada", "age", 36));
        assertNotNull(ada.get("id"));
        assertFalse(ada.isNewRecord());
        assertEquals(Boolean.TRUE, ada.get("active"));
        assertTrue(ada.get("createdAt") instanceof Instant);
        assertTrue(ada.changed().isEmpty());

        users.create(Map.of("name", "Grace", "age", 45, "active", false));
        assertEquals(2, users.count());

        Model found = users.findByPk(ada.get("id"));
        assertEquals("Ada", found.get("name"));
        assertEquals(36, found.get("age"));
        assertEquals(Boolean.TRUE, found.get("active"));
        assertEquals(ada.get("createdAt"), found.get("createdAt"));

        List<Model> older = users.findAll(query().where(gt("age", 40)).order(asc("name")));
        assertEquals(1, older.size());
        assertEquals("Grace", older.get(0).get("name"));

        found.set("age", 37);
        assertEquals(List.of("age"), found.changed());
        found.save();
        assertEquals(37, users.findByPk(ada.get("id")).get("age"));

        var result = users.update(Map.of("active", true), UpdateOptions.where(eq("name", "Grace")));
        assertEquals(1, result.count());
        assertEquals(2, users.count(query().where(eq("active", true))));

        found.destroy();
        assertNull(users.findByPk(ada.get("id")));
        assertEquals(1, users.destroy(DestroyOptions.where(eq("name", "Grace"))));
        assertEquals(0, users.count());
    }
}
