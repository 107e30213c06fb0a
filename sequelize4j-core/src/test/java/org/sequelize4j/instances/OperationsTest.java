package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;

import java.util.List;
import java.util.Map;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOrCreateOptions;
import org.sequelize4j.IncrementOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.UpsertOptions;
import org.sequelize4j.Validators;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

class OperationsTest {

    private ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(
                attribute("email", STRING).unique(true).validate(Validators.isEmail()),
                attribute("name", STRING),
                attribute("logins", INTEGER).defaultValue(0),
                attribute("credits", INTEGER).defaultValue(10)),
                ModelOptions.options().version(true));
        sequelize.sync();
        return users;
    }

    @DialectTest
    void findOrCreateAndFindOrBuild(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        var first = users.findOrCreate(FindOrCreateOptions.where(Map.of("email", "ada@example.com"))
                .defaults(Map.of("name", "Ada")));
        assertTrue(first.created());
        assertEquals("Ada", first.instance().get("name"));
        assertEquals("ada@example.com", first.instance().get("email"));
        var second = users.findOrCreate(FindOrCreateOptions.where(Map.of("email", "ada@example.com"))
                .defaults(Map.of("name", "Other")));
        assertFalse(second.created());
        assertEquals(first.instance().get("id"), second.instance().get("id"));
        assertEquals("Ada", second.instance().get("name"));
        assertEquals(1, users.count());

        var built = users.findOrBuild(FindOrCreateOptions.where(eq("email", "grace@example.com")));
        assertTrue(built.created());
        assertTrue(built.instance().isNewRecord());
        assertEquals(1, users.count());
        assertFalse(users.findOrBuild(FindOrCreateOptions.where(eq("email", "ada@example.com"))).created());

        // A validation failure while creating writes nothing and is reported as such.
        assertThrows(ValidationError.class, () -> users.findOrCreate(FindOrCreateOptions.where(Map.of("email", "bad"))));
        assertEquals(1, users.count());
    }

    @DialectTest
    void findAndCountAllCountsEveryMatchAndReturnsThePage(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        for (int i = 0; i < 7; i++) {
            users.create(Map.of("email", "u" + i + "@example.com", "logins", i));
        }
        var page = users.findAndCountAll(query().where(gt("logins", 1)).order(asc("logins")).limit(2).offset(1));
        assertEquals(5, page.count());
        assertEquals(List.of(3, 4), page.rows().stream().map(r -> r.get("logins")).toList());

        var grouped = users.findAndCountAll(query().attributes("credits").group("credits"));
        assertEquals(1, grouped.count());
        assertEquals(7L, ((Number) grouped.groupCounts().get(0).get("count")).longValue());
    }

    @DialectTest
    void upsertInsertsThenUpdatesTheSameRow(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        var inserted = users.upsert(Map.of("email", "ada@example.com", "name", "Ada"));
        assertEquals("Ada", inserted.instance().get("name"));
        assertNotNull(inserted.instance().get("id"));
        Object createdAt = inserted.instance().get("createdAt");
        var updated = users.upsert(Map.of("email", "ada@example.com", "name", "Ada Lovelace"));
        assertEquals(inserted.instance().get("id"), updated.instance().get("id"));
        assertEquals("Ada Lovelace", updated.instance().get("name"));
        assertEquals(createdAt, updated.instance().get("createdAt"));
        assertEquals(1, users.count());
        if (sequelize.getDialect().equals("mariadb") || sequelize.getDialect().equals("mysql")) {
            assertEquals(Boolean.TRUE, inserted.created());
            assertEquals(Boolean.FALSE, updated.created());
        }
        // By primary key, restricted to some fields.
        var byKey = users.upsert(Map.of("id", updated.instance().get("id"), "email", "ada@example.com",
                "name", "ignored", "logins", 9), UpsertOptions.upsertOptions().fields("logins"));
        assertEquals(9, byKey.instance().get("logins"));
        assertEquals("Ada Lovelace", byKey.instance().get("name"));
        assertThrows(ValidationError.class, () -> users.upsert(Map.of("email", "bad")));
    }

    @DialectTest
    void bulkCreateReturnsIdsValidatesAndHandlesDuplicates(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        List<Model> created = users.bulkCreate(List.of(
                Map.of("email", "a@example.com", "name", "A"), Map.of("email", "b@example.com", "name", "B")));
        assertEquals(2, created.size());
        assertNotNull(created.get(0).get("id"));
        assertNotNull(created.get(1).get("id"));
        assertEquals("B", users.findByPk(created.get(1).get("id")).get("name"));

        assertThrows(org.sequelize4j.errors.AggregateError.class, () -> users.bulkCreate(List.of(Map.of("email", "not-an-email")),
                BulkCreateOptions.bulkCreateOptions().validate(true)));
        assertEquals(2, users.count());

        assertThrows(UniqueConstraintError.class, () -> users.bulkCreate(List.of(Map.of("email", "a@example.com"))));
        users.bulkCreate(List.of(Map.of("email", "a@example.com", "name", "dup"), Map.of("email", "c@example.com")),
                BulkCreateOptions.bulkCreateOptions().ignoreDuplicates(true).conflictAttributes("email"));
        assertEquals(3, users.count());
        assertEquals("A", users.findOne(query().where(eq("email", "a@example.com"))).get("name"));

        users.bulkCreate(List.of(Map.of("email", "a@example.com", "name", "A2"), Map.of("email", "d@example.com", "name", "D")),
                BulkCreateOptions.bulkCreateOptions().updateOnDuplicate("name").conflictAttributes("email"));
        assertEquals(4, users.count());
        assertEquals("A2", users.findOne(query().where(eq("email", "a@example.com"))).get("name"));
    }

    @DialectTest
    void incrementAndDecrementAreAtomicAndRefreshTheInstance(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        Model ada = users.create(Map.of("email", "ada@example.com"));
        Model sameRow = users.findByPk(ada.get("id"));
        ada.increment("logins");
        sameRow.increment("logins", 5);
        assertEquals(6, users.findByPk(ada.get("id")).get("logins"));
        assertEquals(6, sameRow.get("logins"));
        assertEquals(2, sameRow.get("version"));

        Model fresh = users.findByPk(ada.get("id"));
        fresh.decrement(Map.of("credits", 3, "logins", 1), IncrementOptions.incrementOptions());
        assertEquals(7, fresh.get("credits"));
        assertEquals(5, fresh.get("logins"));

        users.create(Map.of("email", "grace@example.com"));
        assertEquals(2, users.increment(Map.of("credits", 100), IncrementOptions.where(Op.and())));
        assertEquals(107, users.findByPk(ada.get("id")).get("credits"));
    }

    @DialectTest
    void updateReturningAndDestroyWithLimit(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        for (int i = 0; i < 5; i++) {
            users.create(Map.of("email", "u" + i + "@example.com", "logins", i));
        }
        var result = users.update(Map.of("name", "many"), UpdateOptions.where(gt("logins", 2)).returning(true));
        assertEquals(2, result.count());
        if (sequelize.dialect().capabilities().updateReturning()) {
            assertEquals(2, result.rows().size());
            assertEquals("many", result.rows().get(0).get("name"));
        }
        assertEquals(2, users.destroy(DestroyOptions.where(Op.and()).limit(2)));
        assertEquals(3, users.count());
        assertEquals(1, users.update(Map.of("name", "one"), UpdateOptions.where(Op.and()).limit(1)).count());

        // The static update validates the values it sets, unless told not to.
        assertThrows(ValidationError.class, () -> users.update(Map.of("email", "not-an-email"),
                UpdateOptions.where(eq("logins", 4))));
        assertEquals(0, users.count(query().where(eq("email", "not-an-email"))));
        users.update(Map.of("email", "still-not-an-email"), UpdateOptions.where(eq("logins", 4)).validate(false));
        assertEquals(1, users.count(query().where(eq("email", "still-not-an-email"))));
    }
}
