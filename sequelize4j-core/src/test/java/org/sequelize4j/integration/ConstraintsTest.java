package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.JSONB;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.field;
import static org.sequelize4j.IndexOptions.index;
import static org.sequelize4j.ModelOptions.options;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.Deferrable;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Foreign keys and what their actions really do, deferrable constraints, comments, unique keys, indexes, schemas. */
class ConstraintsTest {

    @DialectTest
    void referentialActionsBehaveAsDeclared(Sequelize sequelize) {
        ModelStatic<Model> owner = sequelize.define("owner", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> pet = sequelize.define("pet", List.of(attribute("name", STRING),
                attribute("ownerId", INTEGER).references(References.model(owner).key("id"))
                        .onDelete("CASCADE").onUpdate("CASCADE")), options().timestamps(false));
        ModelStatic<Model> car = sequelize.define("car", List.of(attribute("name", STRING),
                attribute("ownerId", INTEGER).references(References.model("owner")).onDelete("SET NULL")),
                options().timestamps(false));
        ModelStatic<Model> house = sequelize.define("house", List.of(attribute("name", STRING),
                attribute("ownerId", INTEGER).references(References.model("owner")).onDelete("RESTRICT")),
                options().timestamps(false));
        sequelize.sync();

        Model ada = owner.create(Map.of("name", "Ada"));
        Object id = ada.get("id");
        Model rex = pet.create(Map.of("name", "Rex", "ownerId", id));
        Model mini = car.create(Map.of("name", "Mini", "ownerId", id));
        Model home = house.create(Map.of("name", "Home", "ownerId", id));

        ForeignKeyConstraintError missing = assertThrows(ForeignKeyConstraintError.class,
                () -> pet.create(Map.of("name", "Ghost", "ownerId", 999)));
        assertNotNull(missing.getMessage());
        assertEquals(1, pet.count(), "the orphan was not written");

        assertThrows(ForeignKeyConstraintError.class, ada::destroy, "RESTRICT refuses while a house refers to it");
        assertNotNull(owner.findByPk(id));
        assertNotNull(pet.findByPk(rex.get("id")), "nothing cascaded from the refused delete");

        home.destroy();
        ada.destroy();
        assertNull(pet.findByPk(rex.get("id")), "CASCADE deleted the pet");
        Model orphanCar = car.findByPk(mini.get("id"));
        assertNotNull(orphanCar, "SET NULL keeps the car");
        assertNull(orphanCar.get("ownerId"), "SET NULL cleared its reference");

        Model bob = owner.create(Map.of("name", "Bob"));
        Model tom = pet.create(Map.of("name", "Tom", "ownerId", bob.get("id")));
        owner.update(Map.of("id", 500), UpdateOptions.where(Op.eq("id", bob.get("id"))));
        assertEquals(500, pet.findByPk(tom.get("id")).get("ownerId"), "ON UPDATE CASCADE followed the key");
    }

    @DialectTest
    void deferredConstraintsAreCheckedAtCommit(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> parent = sequelize.define("parent", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> lazy = sequelize.define("lazyChild", List.of(attribute("parentId", INTEGER)
                .references(References.model("parent").deferrable(Deferrable.INITIALLY_DEFERRED))),
                options().timestamps(false));
        ModelStatic<Model> eager = sequelize.define("eagerChild", List.of(attribute("parentId", INTEGER)
                .references(References.model("parent").deferrable(Deferrable.INITIALLY_IMMEDIATE))),
                options().timestamps(false));
        sequelize.sync();
        if (dialect != TestDialect.POSTGRES) {
            // Deferrable is PostgreSQL-only; elsewhere the references are ordinary immediate foreign keys.
            assertThrows(ForeignKeyConstraintError.class, () -> sequelize.transaction(t ->
                    lazy.create(Map.of("parentId", 50))));
            assertEquals(0, lazy.count());
            return;
        }
        sequelize.transaction(t -> {
            lazy.create(Map.of("parentId", 50)); // its parent does not exist yet
            parent.create(Map.of("id", 50, "name", "late"));
        });
        assertEquals(1, lazy.count());

        SequelizeException atCommit = assertThrows(SequelizeException.class, () -> sequelize.transaction(t ->
                lazy.create(Map.of("parentId", 77))));
        assertTrue(atCommit instanceof ForeignKeyConstraintError, "violation reported at commit as " + atCommit);
        assertEquals(1, lazy.count(), "the violating transaction was rolled back");

        List<String> reached = new java.util.ArrayList<>();
        assertThrows(ForeignKeyConstraintError.class, () -> sequelize.transaction(t -> {
            eager.create(Map.of("parentId", 60));
            reached.add("after insert");
        }));
        assertTrue(reached.isEmpty(), "an immediate constraint fails at the insert itself");
        assertEquals(0, eager.count());
    }

    @DialectTest
    void commentsAreStoredOnTablesAndColumns(Sequelize sequelize, TestDialect dialect) {
        sequelize.define("foo", List.of(attribute("commentMe", INTEGER)
                        .comment("This is a column name that has a comment"), attribute("plain", STRING)),
                options().comment("I'm a table comment!"));
        sequelize.sync();
        if (dialect == TestDialect.POSTGRES) {
            assertEquals("I'm a table comment!", Catalog.jdbc(sequelize,
                    "SELECT obj_description('\"foos\"'::regclass, 'pg_class') AS c").get(0).get("c"));
            assertEquals("This is a column name that has a comment", Catalog.jdbc(sequelize,
                    "SELECT col_description(a.attrelid, a.attnum) AS c FROM pg_attribute a"
                            + " WHERE a.attrelid = '\"foos\"'::regclass AND a.attname = 'commentMe'").get(0).get("c"));
        } else if (dialect == TestDialect.MARIADB) {
            assertEquals("I'm a table comment!", Catalog.jdbc(sequelize, "SELECT table_comment AS c FROM"
                    + " information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'foos'").get(0).get("c"));
            assertEquals("This is a column name that has a comment", Catalog.jdbc(sequelize,
                    "SELECT column_comment AS c FROM information_schema.columns WHERE table_schema = DATABASE()"
                            + " AND table_name = 'foos' AND column_name = 'commentMe'").get(0).get("c"));
        } else {
            assertTrue(Catalog.tables(sequelize).contains("foos"), "SQLite has no comments; the table is still created");
        }
    }

    @DialectTest
    void compositeUniqueKeyIsEnforcedAndNamesBothFields(Sequelize sequelize) {
        ModelStatic<Model> foo = sequelize.define("foo", List.of(
                attribute("uniqueOne", STRING).unique("compositeIndex"),
                attribute("uniqueTwo", INTEGER).unique("compositeIndex"),
                attribute("someUnique", STRING).unique(true)), options().timestamps(false));
        sequelize.sync();
        foo.create(Map.of("uniqueOne", "a", "uniqueTwo", 1, "someUnique", "x"));
        foo.create(Map.of("uniqueOne", "a", "uniqueTwo", 2, "someUnique", "y"));
        foo.create(Map.of("uniqueOne", "b", "uniqueTwo", 1, "someUnique", "z"));
        UniqueConstraintError pair = assertThrows(UniqueConstraintError.class,
                () -> foo.create(Map.of("uniqueOne", "a", "uniqueTwo", 1, "someUnique", "w")));
        assertEquals(Set.of("uniqueOne", "uniqueTwo"), pair.fields().keySet(), pair.getMessage());
        assertEquals(Set.of("uniqueOne", "uniqueTwo"), Set.copyOf(pair.errors().stream().map(e -> e.path()).toList()));
        UniqueConstraintError single = assertThrows(UniqueConstraintError.class,
                () -> foo.create(Map.of("uniqueOne", "c", "uniqueTwo", 9, "someUnique", "x")));
        assertEquals(Set.of("someUnique"), single.fields().keySet(), single.getMessage());
        assertEquals(3, foo.count());
        assertTrue(Catalog.indexes(sequelize, "foos").values().stream()
                .anyMatch(i -> i.unique() && i.columns().equals(List.of("uniqueOne", "uniqueTwo"))));
    }

    @DialectTest
    void indexesOfSeed003(Sequelize sequelize, TestDialect dialect) {
        boolean pg = dialect == TestDialect.POSTGRES;
        String collation = pg ? "C" : dialect == TestDialect.SQLITE ? "NOCASE" : "utf8mb4_bin";
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("email", STRING),
                        attribute("data", pg ? JSONB : JSON), attribute("author", STRING), attribute("status", STRING),
                        attribute("title", STRING)),
                options().indexes(
                        index("email").unique(true),
                        index(field("author"), field("title").collate(collation).desc().length(5)).name("title_index")
                                .using("BTREE")));
        sequelize.sync();
        var indexes = Catalog.indexes(sequelize, "Users");
        assertEquals(new Catalog.IndexInfo(true, List.of("email")), indexes.get("users_email"),
                "default name [table]_[fields]: " + indexes);
        assertEquals(List.of("author", "title"), indexes.get("title_index").columns());
        users.create(Map.of("email", "a@x"));
        assertThrows(UniqueConstraintError.class, () -> users.create(Map.of("email", "a@x")));
        if (dialect == TestDialect.MARIADB) {
            List<Map<String, Object>> parts = Catalog.jdbc(sequelize, "SELECT column_name AS c, sub_part AS p,"
                    + " collation AS o, index_type AS t FROM information_schema.statistics WHERE table_schema = DATABASE()"
                    + " AND table_name = 'Users' AND index_name = 'title_index' ORDER BY seq_in_index");
            assertEquals(5, ((Number) parts.get(1).get("p")).intValue(), "prefix length: " + parts);
            assertEquals("D", parts.get(1).get("o"), "descending: " + parts);
            assertEquals("BTREE", parts.get(1).get("t"));
        } else {
            String definition = indexDefinition(sequelize, dialect, "title_index");
            assertTrue(definition.contains("DESC") && definition.contains(collation), definition);
        }
    }

    private static String indexDefinition(Sequelize sequelize, TestDialect dialect, String name) {
        String sql = dialect == TestDialect.POSTGRES
                ? "SELECT indexdef AS d FROM pg_indexes WHERE indexname = '" + name + "'"
                : "SELECT sql AS d FROM sqlite_master WHERE type = 'index' AND name = '" + name + "'";
        List<Map<String, Object>> rows = Catalog.jdbc(sequelize, sql);
        assertEquals(1, rows.size(), "index " + name);
        return String.valueOf(rows.get(0).get("d"));
    }

    @DialectTest
    void partialAndGinIndexes(Sequelize sequelize, TestDialect dialect) {
        var partial = options().indexes(index("author", "status").name("public_by_author")
                .where(Op.eq("status", "public")));
        if (!sequelize.dialect().capabilities().partialIndexes()) {
            // Refused when the model is defined, before any table is created.
            assertThrows(org.sequelize4j.errors.DefinitionError.class, () -> sequelize.define("post",
                    List.of(attribute("author", STRING), attribute("status", STRING)), partial));
            return;
        }
        ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("author", STRING),
                attribute("status", STRING)), partial);
        sequelize.sync();
        String definition = indexDefinition(sequelize, dialect, "public_by_author");
        assertTrue(definition.contains("WHERE") && definition.contains("'public'"), definition);
        posts.create(Map.of("author", "a", "status", "public"));
        assertEquals(1, posts.count(FindOptions.query().where(Op.eq("status", "public"))));
        if (dialect == TestDialect.POSTGRES) {
            ModelStatic<Model> docs = sequelize.define("doc", List.of(attribute("data", JSONB)),
                    options().indexes(index("data").using("gin").operator("jsonb_path_ops")));
            docs.sync();
            String gin = indexDefinition(sequelize, dialect, "docs_data");
            assertTrue(gin.contains("USING gin") && gin.contains("jsonb_path_ops"), gin);
            docs.create(Map.of("data", Map.of("k", "v")));
            assertEquals(1, docs.count(FindOptions.query().where(Op.contains("data", Map.of("k", "v")))));
        }
    }

    @DialectTest
    void schemaOptionPutsTheTableInThatSchema(Sequelize sequelize, TestDialect dialect) {
        if (dialect == TestDialect.MARIADB) {
            return; // a MariaDB schema is a database: not created by these tests on a shared server
        }
        ModelStatic<Model> tasks = sequelize.define("task", List.of(attribute("title", STRING),
                attribute("state", org.sequelize4j.DataTypes.ENUM("open", "closed")).defaultValue("open")),
                options().schema("s4j_app").timestamps(false).indexes(index("title")));
        ModelStatic<Model> steps = sequelize.define("step", List.of(attribute("taskId", INTEGER)
                .references(References.model("task")).onDelete("CASCADE")), options().schema("s4j_app").timestamps(false));
        sequelize.sync();
        sequelize.sync(org.sequelize4j.SyncOptions.syncOptions().alter(true));
        if (dialect == TestDialect.POSTGRES) {
            assertEquals(List.of("id", "title", "state"), List.copyOf(Catalog.columns(sequelize, "s4j_app", "tasks").keySet()));
            assertTrue(Catalog.columns(sequelize, "tasks").isEmpty(), "not in public");
        } else {
            assertTrue(Catalog.tables(sequelize).contains("s4j_app.tasks"), Catalog.tables(sequelize).toString());
        }
        Model t = tasks.create(Map.of("title", "write tests"));
        steps.create(Map.of("taskId", t.get("id")));
        t.update(Map.of("title", "write more tests"));
        assertEquals("write more tests", tasks.findByPk(t.get("id")).get("title"));
        assertEquals("open", tasks.findByPk(t.get("id")).get("state"));
        t.update(Map.of("state", "closed"));
        assertEquals(1, tasks.count(FindOptions.query().where(Op.eq("state", "closed"))));
        assertEquals(1, Catalog.indexes(sequelize, dialect == TestDialect.POSTGRES ? "s4j_app" : null,
                dialect == TestDialect.POSTGRES ? "tasks" : "s4j_app.tasks").values().stream()
                .filter(i -> i.columns().equals(List.of("title"))).count(), "the index exists once after alter");
        assertEquals(1, tasks.count(FindOptions.query().where(Op.like("title", "%more%"))));
        t.destroy();
        assertEquals(0, steps.count(), "cascade across tables of the schema");
        sequelize.drop();
        assertTrue(dialect != TestDialect.POSTGRES || Catalog.columns(sequelize, "s4j_app", "tasks").isEmpty());
    }

    @DialectTest
    void textComparesExactlyEverywhere(Sequelize sequelize) {
        // dialect-facts 39: case and trailing spaces are significant on every dialect.
        ModelStatic<Model> people = sequelize.define("person", List.of(attribute("name", STRING).unique(true)),
                options().timestamps(false));
        sequelize.sync();
        for (String name : List.of("Alice", "alice", "Alice ", "ALICE", "Álice")) {
            people.create(Map.of("name", name));
        }
        assertEquals(5, people.count());
        assertEquals(1, people.count(FindOptions.query().where(Op.eq("name", "Alice"))));
        assertEquals(1, people.count(FindOptions.query().where(Op.eq("name", "Alice "))));
        assertThrows(UniqueConstraintError.class, () -> people.create(Map.of("name", "Alice ")));
    }
}
