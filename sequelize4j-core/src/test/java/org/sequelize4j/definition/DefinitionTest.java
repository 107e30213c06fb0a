package org.sequelize4j.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.OptimisticLockError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * Model definitions as seed 003 describes them: table and column naming, timestamps, the automatic id,
 * {@code define} defaults and the version attribute, checked against the columns the database really has.
 */
class DefinitionTest {

    static List<String> columnNames(Sequelize sequelize, String table) {
        return List.copyOf(Catalog.columns(sequelize, table).keySet());
    }

    @DialectTest
    void tableNamesArePluralisedByTheInflector(Sequelize sequelize) {
        ModelStatic<Model> person = sequelize.define("Person", List.of(attribute("name", STRING)));
        ModelStatic<Model> user = sequelize.define("User", List.of(attribute("name", STRING)));
        ModelStatic<Model> lower = sequelize.define("category", List.of(attribute("name", STRING)));
        ModelStatic<Model> frozen = sequelize.define("Mouse", List.of(attribute("name", STRING)),
                options().freezeTableName(true));
        ModelStatic<Model> named = sequelize.define("Bar", List.of(attribute("name", STRING)),
                options().tableName("my_very_custom_table_name"));
        ModelStatic<Model> underscored = sequelize.define("UserProfile", List.of(attribute("firstName", STRING),
                attribute("lastName", STRING).field("surname")), options().underscored(true));
        assertEquals("People", person.tableName());
        assertEquals("Users", user.tableName());
        assertEquals("categories", lower.tableName());
        assertEquals("Mouse", frozen.tableName());
        assertEquals("my_very_custom_table_name", named.tableName());
        assertEquals("user_profiles", underscored.tableName());
        sequelize.sync();
        List<String> tables = Catalog.tables(sequelize);
        for (String table : List.of("People", "Users", "categories", "Mouse", "my_very_custom_table_name",
                "user_profiles")) {
            assertTrue(tables.contains(table), table + " in " + tables);
        }
        assertEquals(List.of("id", "first_name", "surname", "created_at", "updated_at"),
                columnNames(sequelize, "user_profiles"));
        Model profile = underscored.create(Map.of("firstName", "Ada", "lastName", "L"));
        Model found = underscored.findOne(query().where(Op.eq("firstName", "Ada")));
        assertEquals("L", found.get("lastName"));
        assertTrue(found.get("createdAt") instanceof Instant);
        assertEquals(profile.get("id"), found.get("id"));
    }

    @DialectTest
    void timestampsRenamedAndDisabledOneByOne(Sequelize sequelize) {
        // Seed 003: no createdAt, updatedAt called updateTimestamp, deletedAt called destroyTime, paranoid.
        ModelStatic<Model> foo = sequelize.define("Foo", List.of(attribute("name", STRING)), options()
                .timestamps(true).createdAt(false).updatedAt("updateTimestamp").deletedAt("destroyTime").paranoid(true));
        ModelStatic<Model> none = sequelize.define("NoTimes", List.of(attribute("name", STRING)), options().timestamps(false));
        ModelStatic<Model> onlyCreated = sequelize.define("OnlyCreated", List.of(attribute("name", STRING)),
                options().updatedAt(false));
        ModelStatic<Model> snake = sequelize.define("Snake", List.of(attribute("name", STRING)),
                options().underscored(true).createdAt("creationTime").paranoid(true));
        sequelize.sync();
        assertEquals(List.of("id", "name", "updateTimestamp", "destroyTime"), columnNames(sequelize, "Foos"));
        assertEquals(List.of("id", "name"), columnNames(sequelize, "NoTimes"));
        assertEquals(List.of("id", "name", "createdAt"), columnNames(sequelize, "OnlyCreateds"));
        assertEquals(List.of("id", "name", "creation_time", "updated_at", "deleted_at"), columnNames(sequelize, "snakes"));

        Model f = foo.create(Map.of("name", "a"));
        assertTrue(f.get("updateTimestamp") instanceof Instant);
        assertNull(f.get("createdAt"));
        assertNull(f.get("destroyTime"));
        f.destroy();
        assertTrue(f.get("destroyTime") instanceof Instant);
        assertNull(foo.findByPk(f.get("id")), "soft-deleted rows are hidden");
        assertEquals(1, Catalog.jdbc(sequelize, "SELECT * FROM " + q(sequelize, "Foos")).size(), "row is kept");
        assertNotNull(Catalog.jdbc(sequelize, "SELECT * FROM " + q(sequelize, "Foos")).get(0).get("destroytime"));
        assertNotNull(foo.findByPk(f.get("id"), FindOptions.query().paranoid(false)));

        Model n = none.create(Map.of("name", "x"));
        assertFalse(n.get().containsKey("createdAt"));
        Model o = onlyCreated.create(Map.of("name", "x"));
        assertTrue(o.get("createdAt") instanceof Instant);
        Model s = snake.create(Map.of("name", "x"));
        assertTrue(s.get("creationTime") instanceof Instant);
        assertEquals(1, snake.destroy(DestroyOptions.where(Op.eq("name", "x"))));
        assertEquals(0, snake.count());
    }

    static String q(Sequelize sequelize, String table) {
        return sequelize.dialect().quoteIdentifier(table);
    }

    @DialectTest
    void automaticIdComesFirst(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("thing", List.of(attribute("b", STRING), attribute("a", INTEGER)));
        assertEquals(List.of("id", "b", "a", "createdAt", "updatedAt"), List.copyOf(model.attributes().keySet()));
        assertEquals("id", model.primaryKeyAttribute());
        sequelize.sync();
        assertEquals(List.of("id", "b", "a", "createdAt", "updatedAt"), columnNames(sequelize, "things"));
        Model first = model.create(Map.of("b", "x"));
        Model second = model.create(Map.of("b", "y"));
        assertEquals(Integer.class, first.get("id").getClass());
        assertTrue((Integer) second.get("id") > (Integer) first.get("id"));

        ModelStatic<Model> keyed = sequelize.define("keyed", List.of(attribute("code", STRING(8)).primaryKey(true),
                attribute("n", INTEGER)), options().timestamps(false));
        assertFalse(keyed.attributes().containsKey("id"), "no id when a primary key is declared");
        ModelStatic<Model> keyless = sequelize.define("keyless", List.of(attribute("n", INTEGER)),
                options().noPrimaryKey(true).timestamps(false));
        assertEquals(List.of("n"), List.copyOf(keyless.attributes().keySet()));
        sequelize.sync();
        keyed.create(Map.of("code", "A1", "n", 1));
        assertEquals(1, keyed.findByPk("A1").get("n"));
        keyless.create(Map.of("n", 5));
        assertEquals(1, keyless.count());
    }

    @DialectTest
    void defineDefaultsApplyUnlessTheModelOverridesThem(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.define(options().underscored(true).freezeTableName(true)
                .timestamps(false).version(true)))) {
            ModelStatic<Model> plain = sequelize.define("BlogPost", List.of(attribute("postTitle", STRING)));
            ModelStatic<Model> custom = sequelize.define("Comment", List.of(attribute("bodyText", STRING)),
                    options().underscored(false).timestamps(true).freezeTableName(false));
            assertEquals("BlogPost", plain.tableName());
            assertEquals("Comments", custom.tableName());
            sequelize.sync();
            assertEquals(List.of("id", "post_title", "version"), columnNames(sequelize, "BlogPost"));
            assertEquals(List.of("id", "bodyText", "createdAt", "updatedAt", "version"), columnNames(sequelize, "Comments"));
            Model post = plain.create(Map.of("postTitle", "x"));
            assertEquals(0, post.get("version"));
        }
    }

    @DialectTest
    void versionAttributeCountsSavesAndDetectsStaleInstances(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("account", List.of(attribute("balance", INTEGER)),
                options().version(true));
        ModelStatic<Model> renamed = sequelize.define("ledger", List.of(attribute("balance", INTEGER)),
                options().version("revision").timestamps(false));
        sequelize.sync();
        assertEquals(List.of("id", "balance", "createdAt", "updatedAt", "version"), columnNames(sequelize, "accounts"));
        assertEquals(List.of("id", "balance", "revision"), columnNames(sequelize, "ledgers"));
        Model a = model.create(Map.of("balance", 10));
        assertEquals(0, a.get("version"));
        Model stale = model.findByPk(a.get("id"));
        a.set("balance", 20);
        a.save();
        assertEquals(1, a.get("version"));
        assertEquals(1, model.findByPk(a.get("id")).get("version"));
        stale.set("balance", 30);
        assertThrows(OptimisticLockError.class, stale::save);
        assertEquals(20, model.findByPk(a.get("id")).get("balance"));

        Model l = renamed.create(Map.of("balance", 1));
        l.update(Map.of("balance", 2));
        assertEquals(1, l.get("revision"));
    }

    @DialectTest
    void timestampsAreSetOnCreateAndUpdate(Sequelize sequelize) throws InterruptedException {
        ModelStatic<Model> model = sequelize.define("stamp", List.of(attribute("n", INTEGER),
                attribute("at", DATE)));
        sequelize.sync();
        Model m = model.create(Map.of("n", 1));
        Instant created = (Instant) m.get("createdAt");
        assertEquals(created, m.get("updatedAt"));
        Thread.sleep(5);
        m.update(Map.of("n", 2));
        Instant updated = (Instant) m.get("updatedAt");
        assertTrue(updated.isAfter(created), updated + " after " + created);
        Model found = model.findByPk(m.get("id"));
        assertEquals(created, found.get("createdAt"));
        assertEquals(updated, found.get("updatedAt"));
    }
}
