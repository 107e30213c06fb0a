package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.BulkCreateOptions.bulkCreateOptions;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.Op.eq;

import java.util.List;
import java.util.Map;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.DialectTest;

/**
 * {@code bulkCreate} with {@code updateOnDuplicate} or {@code ignoreDuplicates} and no
 * {@code conflictAttributes} decides conflicts by the unique key the rows write, as Sequelize does:
 * the primary key when the rows give it, else the first declared unique key they cover.
 */
class BulkCreateConflictsTest {

    private static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(
                attribute("email", STRING).unique(true),
                attribute("name", STRING),
                attribute("logins", INTEGER)), options().timestamps(false));
        sequelize.sync();
        return users;
    }

    private static Model byEmail(ModelStatic<Model> users, String email) {
        return users.findOne(query().where(eq("email", email)));
    }

    @DialectTest
    void updateOnDuplicateWithoutIdsUsesTheUniqueKeyTheRowsWrite(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        Object adaId = users.create(Map.of("email", "ada@example.com", "name", "Ada", "logins", 1)).get("id");

        users.bulkCreate(List.of(
                Map.of("email", "ada@example.com", "name", "Ada L.", "logins", 5),
                Map.of("email", "alan@example.com", "name", "Alan", "logins", 2)),
                bulkCreateOptions().updateOnDuplicate("name"));

        assertEquals(2, users.count());
        Model ada = byEmail(users, "ada@example.com");
        assertEquals(adaId, ada.get("id"));
        assertEquals("Ada L.", ada.get("name"));
        assertEquals(1, ada.get("logins"), "only the attributes named in updateOnDuplicate change");
        assertEquals("Alan", byEmail(users, "alan@example.com").get("name"));
    }

    @DialectTest
    void ignoreDuplicatesWithoutIdsSkipsRowsAUniqueKeyRejects(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        users.create(Map.of("email", "ada@example.com", "name", "Ada"));

        users.bulkCreate(List.of(
                Map.of("email", "ada@example.com", "name", "duplicate"),
                Map.of("email", "grace@example.com", "name", "Grace")),
                bulkCreateOptions().ignoreDuplicates(true));

        assertEquals(2, users.count());
        assertEquals("Ada", byEmail(users, "ada@example.com").get("name"));
        assertEquals("Grace", byEmail(users, "grace@example.com").get("name"));
    }

    @DialectTest
    void thePrimaryKeyIsPreferredWhenTheRowsGiveIt(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        Object adaId = users.create(Map.of("email", "ada@example.com", "name", "Ada")).get("id");

        // Same id, new email: a primary-key target updates the row (an email target would insert one).
        users.bulkCreate(List.of(Map.of("id", adaId, "email", "lovelace@example.com", "name", "Ada L.")),
                bulkCreateOptions().updateOnDuplicate("email", "name"));

        assertEquals(1, users.count());
        Model ada = users.findByPk(adaId);
        assertEquals("lovelace@example.com", ada.get("email"));
        assertEquals("Ada L.", ada.get("name"));
    }

    @DialectTest
    void aCompositeUniqueKeyIsATarget(Sequelize sequelize) {
        ModelStatic<Model> members = sequelize.define("member", List.of(
                attribute("team", STRING).unique("team_handle"),
                attribute("handle", STRING).unique("team_handle"),
                attribute("role", STRING)), options().timestamps(false));
        sequelize.sync();
        members.create(Map.of("team", "red", "handle", "ada", "role", "member"));

        members.bulkCreate(List.of(
                Map.of("team", "red", "handle", "ada", "role", "lead"),
                Map.of("team", "blue", "handle", "ada", "role", "member")),
                bulkCreateOptions().updateOnDuplicate("role"));

        assertEquals(2, members.count());
        assertEquals("lead", members.findOne(query().where(eq("team", "red"))).get("role"));
    }

    @DialectTest
    void aUniqueIndexIsATarget(Sequelize sequelize) {
        ModelStatic<Model> products = sequelize.define("product", List.of(
                attribute("sku", STRING),
                attribute("title", STRING)),
                options().timestamps(false).indexes(IndexOptions.index("sku").unique(true)));
        sequelize.sync();
        products.create(Map.of("sku", "A-1", "title", "old"));

        products.bulkCreate(List.of(Map.of("sku", "A-1", "title", "new"), Map.of("sku", "B-2", "title", "other")),
                bulkCreateOptions().updateOnDuplicate("title"));

        assertEquals(2, products.count());
        assertEquals("new", products.findOne(query().where(eq("sku", "A-1"))).get("title"));
    }

    @DialectTest
    void theFirstDeclaredCoveredUniqueKeyWins(Sequelize sequelize) {
        ModelStatic<Model> accounts = sequelize.define("account", List.of(
                attribute("email", STRING).unique(true),
                attribute("handle", STRING).unique(true),
                attribute("name", STRING)), options().timestamps(false));
        sequelize.sync();
        accounts.create(Map.of("email", "ada@example.com", "handle", "ada", "name", "Ada"));

        // Conflict on the first key (email): updated everywhere.
        accounts.bulkCreate(List.of(Map.of("email", "ada@example.com", "handle", "ada", "name", "Ada L.")),
                bulkCreateOptions().updateOnDuplicate("name"));
        assertEquals(1, accounts.count());
        assertEquals("Ada L.", accounts.findOne(query().where(eq("handle", "ada"))).get("name"));

        // Conflict on the second key only: outside the target where the dialect takes one.
        List<Map<String, Object>> rows = List.of(Map.of("email", "other@example.com", "handle", "ada", "name", "X"));
        if (sequelize.dialect().capabilities().upsertConflictTarget()) {
            assertThrows(UniqueConstraintError.class,
                    () -> accounts.bulkCreate(rows, bulkCreateOptions().updateOnDuplicate("name")));
            accounts.bulkCreate(rows, bulkCreateOptions().updateOnDuplicate("name").conflictAttributes("handle"));
        } else {
            accounts.bulkCreate(rows, bulkCreateOptions().updateOnDuplicate("name"));
        }
        assertEquals(1, accounts.count());
        assertEquals("X", accounts.findOne(query().where(eq("handle", "ada"))).get("name"));
    }

    @DialectTest
    void withoutACoveredUniqueKeyTheTargetStaysThePrimaryKey(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        users.create(Map.of("email", "ada@example.com", "name", "Ada"));

        // The rows write no email, so no unique key is covered: rows without ids are plain inserts.
        users.bulkCreate(List.of(Map.of("name", "Ada"), Map.of("name", "Bob")),
                bulkCreateOptions().updateOnDuplicate("name"));
        assertEquals(3, users.count());
    }
}
