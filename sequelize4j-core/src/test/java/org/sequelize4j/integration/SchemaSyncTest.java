package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.index;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.SequelizeOptions;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** {@code sync} (plain, force, match, alter), {@code drop}, and the order tables are created and dropped in. */
class SchemaSyncTest {

    private static ModelStatic<Model> items(Sequelize sequelize, String name, Object... extra) {
        List<org.sequelize4j.AttributeOptions> attributes = new ArrayList<>();
        attributes.add(attribute("name", STRING(20)));
        for (Object o : extra) {
            attributes.add((org.sequelize4j.AttributeOptions) o);
        }
        return sequelize.define(name, attributes, options().tableName("items").timestamps(false));
    }

    @DialectTest
    void syncCreatesMissingTablesOnly(Sequelize sequelize) {
        ModelStatic<Model> a = sequelize.define("apple", List.of(attribute("n", INTEGER)));
        sequelize.sync();
        a.create(Map.of("n", 1));
        ModelStatic<Model> b = sequelize.define("banana", List.of(attribute("n", INTEGER)));
        sequelize.sync();
        assertEquals(1, a.count(), "existing table kept its rows");
        assertEquals(0, b.count());
        assertTrue(Catalog.tables(sequelize).containsAll(List.of("apples", "bananas")));
        sequelize.sync();
        assertEquals(1, a.count());
    }

    @DialectTest
    void syncForceDropsAndRecreates(Sequelize sequelize) {
        ModelStatic<Model> a = sequelize.define("apple", List.of(attribute("n", INTEGER)));
        sequelize.sync();
        a.create(Map.of("n", 1));
        sequelize.sync(syncOptions().force(true));
        assertEquals(0, a.count());
        a.create(Map.of("n", 2));
        a.sync(syncOptions().force(true));
        assertEquals(0, a.count());
        assertEquals(1, (Integer) a.create(Map.of("n", 3)).get("id"), "a re-created table starts its ids again");
    }

    @DialectTest
    void matchRefusesToSyncADatabaseWithAnotherName(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> a = sequelize.define("apple", List.of(attribute("n", INTEGER)));
        sequelize.sync();
        a.create(Map.of("n", 1));
        SequelizeException refused = assertThrows(SequelizeException.class,
                () -> sequelize.sync(syncOptions().force(true).match("_test$")));
        assertTrue(refused.getMessage().contains("_test$"), refused.getMessage());
        assertThrows(SequelizeException.class, () -> a.sync(syncOptions().force(true).match("_test$")));
        assertEquals(1, a.count(), "nothing was dropped");
        if (dialect != TestDialect.SQLITE) {
            String name = sequelize.getDatabaseName();
            sequelize.sync(syncOptions().force(true).match("^" + java.util.regex.Pattern.quote(name) + "$"));
            assertEquals(0, a.count(), "a matching name syncs");
        }
    }

    @org.junit.jupiter.api.Test
    void matchSyncsASqliteStorageWhosePathMatches(@TempDir Path dir) throws Exception {
        Path storage = dir.resolve("app_test");
        try (Sequelize sequelize = new Sequelize(SequelizeOptions.sequelizeOptions().dialect("sqlite")
                .storage(storage.toString()))) {
            ModelStatic<Model> a = sequelize.define("apple", List.of(attribute("n", INTEGER)));
            sequelize.sync();
            a.create(Map.of("n", 1));
            sequelize.sync(syncOptions().force(true).match("_test$"));
            assertEquals(0, a.count());
            assertThrows(SequelizeException.class, () -> sequelize.sync(syncOptions().force(true).match("_prod$")));
        }
    }

    @DialectTest
    void alterAddsColumnsAndIndexesAndIsIdempotent(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            alterAddsColumnsAndIndexes(sequelize, log);
        }
    }

    private void alterAddsColumnsAndIndexes(Sequelize sequelize, SqlLog log) {
        ModelStatic<Model> v1 = items(sequelize, "itemV1", attribute("email", STRING(50)).unique(true),
                attribute("qty", INTEGER), attribute("legacy", STRING));
        v1.sync();
        v1.create(Map.of("name", "first", "email", "a@x", "qty", 5, "legacy", "keep me"));
        var indexesBefore = Catalog.indexes(sequelize, "items");

        ModelStatic<Model> v2 = sequelize.define("itemV2", List.of(attribute("name", STRING(20)),
                attribute("email", STRING(50)).unique(true), attribute("qty", INTEGER),
                attribute("color", STRING(10)).defaultValue("red"), attribute("rank", INTEGER).unique(true)),
                options().tableName("items").timestamps(false).indexes(index("name", "qty")));
        v2.sync(syncOptions().alter(true).alterDrop(false));
        Map<String, String> columns = Catalog.columns(sequelize, "items");
        assertEquals(List.of("id", "name", "email", "qty", "legacy", "color", "rank"), List.copyOf(columns.keySet()),
                "missing columns added, the undeclared one kept");
        var indexes = Catalog.indexes(sequelize, "items");
        assertTrue(indexes.values().stream().anyMatch(i -> !i.unique() && i.columns().equals(List.of("name", "qty"))),
                "missing index added: " + indexes);
        assertTrue(indexes.values().stream().anyMatch(i -> i.unique() && i.columns().equals(List.of("rank"))),
                "missing unique key added: " + indexes);
        assertEquals(1, indexes.values().stream().filter(i -> i.columns().equals(List.of("email"))).count(),
                "the existing unique key is not added again: before " + indexesBefore + ", after " + indexes);

        log.clear();
        v2.sync(syncOptions().alter(true).alterDrop(false));
        assertTrue(log.messages().stream().noneMatch(l -> l.contains("ALTER ") || l.contains("CREATE ")),
                "a second alter runs no DDL: " + log.messages());
        assertEquals(indexes, Catalog.indexes(sequelize, "items"), "a second alter changes nothing");
        assertEquals(columns, Catalog.columns(sequelize, "items"));

        Model first = v2.findOne(org.sequelize4j.FindOptions.query());
        assertEquals("first", first.get("name"));
        assertEquals(5, first.get("qty"));
        v2.create(Map.of("name", "second", "email", "b@x", "rank", 1));
        assertEquals("red", v2.findOne(org.sequelize4j.FindOptions.query().where(
                org.sequelize4j.Op.eq("name", "second"))).get("color"));
        assertThrows(org.sequelize4j.errors.UniqueConstraintError.class,
                () -> v2.create(Map.of("name", "third", "email", "c@x", "rank", 1)));

        v2.sync(syncOptions().alter(true));
        assertFalse(Catalog.columns(sequelize, "items").containsKey("legacy"), "alter drops undeclared columns");
        assertEquals(2, v2.count());
    }

    @DialectTest
    void alterChangesNullabilityAndTypeWhereTheDialectCan(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> v1 = items(sequelize, "itemV1", attribute("qty", INTEGER), attribute("code", STRING(5)));
        v1.sync();
        v1.create(Map.of("name", "a", "qty", 1, "code", "abc"));
        ModelStatic<Model> v2 = sequelize.define("itemV2", List.of(attribute("name", STRING(20)).allowNull(false),
                attribute("qty", BIGINT), attribute("code", STRING(40))),
                options().tableName("items").timestamps(false));
        v2.sync(syncOptions().alter(true));
        v2.sync(syncOptions().alter(true));
        if (dialect == TestDialect.SQLITE) {
            // SQLite cannot change a column in place: the table is left as it was (and a warning logged).
            assertEquals(1, v2.count());
            return;
        }
        List<Map<String, Object>> rows = nullability(sequelize);
        Map<String, Object> name = rows.stream().filter(r -> "name".equals(r.get("column_name"))).findFirst().orElseThrow();
        assertEquals("NO", name.get("is_nullable"), "name became NOT NULL: " + rows);
        Map<String, Object> qty = rows.stream().filter(r -> "qty".equals(r.get("column_name"))).findFirst().orElseThrow();
        assertEquals("bigint", qty.get("data_type").toString().toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> code = rows.stream().filter(r -> "code".equals(r.get("column_name"))).findFirst().orElseThrow();
        assertEquals(40, ((Number) code.get("character_maximum_length")).intValue());
        v2.create(Map.of("name", "big", "qty", 1L << 40, "code", "x".repeat(40)));
        assertEquals(2, v2.count());
        assertThrows(ValidationError.class, () -> v2.create(Map.of("qty", 1)));
    }

    @DialectTest
    void alterTurnsAStringIntoText(Sequelize sequelize) {
        ModelStatic<Model> v1 = items(sequelize, "itemV1", attribute("body", STRING(20)));
        v1.sync();
        v1.create(Map.of("name", "a", "body", "short"));
        ModelStatic<Model> v2 = items(sequelize, "itemV2", attribute("body", org.sequelize4j.DataTypes.TEXT));
        v2.sync(syncOptions().alter(true));
        String longBody = "long ".repeat(1000);
        Model created = v2.create(Map.of("name", "b", "body", longBody));
        assertEquals(longBody, v2.findByPk(created.get("id")).get("body"));
        assertEquals(2, v2.count());
    }

    private static List<Map<String, Object>> nullability(Sequelize sequelize) {
        String where = sequelize.getDialect().equals("postgres") ? "table_schema = 'public'" : "table_schema = DATABASE()";
        return Catalog.jdbc(sequelize, "SELECT column_name, is_nullable, data_type, character_maximum_length"
                + " FROM information_schema.columns WHERE table_name = 'items' AND " + where).stream()
                .map(r -> {
                    Map<String, Object> lower = new java.util.HashMap<>(r);
                    lower.put("column_name", String.valueOf(r.get("column_name")));
                    return lower;
                }).collect(Collectors.toList());
    }

    @DialectTest
    void modelSyncAndDropAndSequelizeDrop(Sequelize sequelize) {
        ModelStatic<Model> a = sequelize.define("apple", List.of(attribute("n", INTEGER)));
        ModelStatic<Model> b = sequelize.define("banana", List.of(attribute("n", INTEGER)));
        a.sync();
        assertTrue(Catalog.tables(sequelize).contains("apples"));
        assertFalse(Catalog.tables(sequelize).contains("bananas"), "Model.sync creates only its own table");
        b.sync();
        a.drop();
        assertFalse(Catalog.tables(sequelize).contains("apples"));
        assertTrue(Catalog.tables(sequelize).contains("bananas"));
        a.drop(); // dropping a missing table is not an error
        a.sync();
        sequelize.drop();
        assertFalse(Catalog.tables(sequelize).contains("apples"));
        assertFalse(Catalog.tables(sequelize).contains("bananas"));
    }

    @DialectTest
    void tablesAreCreatedInForeignKeyOrderAndDroppedInReverse(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            // Defined child first: the referenced tables must still be created before it.
            ModelStatic<Model> comment = sequelize.define("comment", List.of(attribute("body", STRING),
                    attribute("postId", INTEGER).references(References.model("post")).onDelete("CASCADE")));
            ModelStatic<Model> post = sequelize.define("post", List.of(attribute("title", STRING),
                    attribute("authorId", INTEGER).references(References.model("author"))));
            ModelStatic<Model> author = sequelize.define("author", List.of(attribute("name", STRING)));
            sequelize.sync();
            assertOrder(log.messages(), "CREATE TABLE", "authors", "posts", "comments");
            Model ada = author.create(Map.of("name", "Ada"));
            Model p = post.create(Map.of("title", "t", "authorId", ada.get("id")));
            comment.create(Map.of("body", "b", "postId", p.get("id")));

            log.clear();
            sequelize.sync(syncOptions().force(true));
            assertOrder(log.messages(), "DROP TABLE", "comments", "posts", "authors");
            assertOrder(log.messages(), "CREATE TABLE", "authors", "posts", "comments");
            assertEquals(0, comment.count());

            log.clear();
            sequelize.drop();
            assertOrder(log.messages(), "DROP TABLE", "comments", "posts", "authors");
            assertTrue(Catalog.tables(sequelize).isEmpty(), "all dropped: " + Catalog.tables(sequelize));
        }
    }

    @DialectTest
    void aReferencedTableIsDroppedOnlyWithCascadeAndTheReferencingRowsStay(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> author = sequelize.define("author", List.of(attribute("name", STRING)));
        ModelStatic<Model> book = sequelize.define("book", List.of(attribute("title", STRING),
                attribute("authorId", INTEGER).references(References.model("author")).onDelete("CASCADE")));
        sequelize.sync();
        Model ada = author.create(Map.of("name", "Ada"));
        book.create(Map.of("title", "Notes", "authorId", ada.get("id")));

        SequelizeException refused = assertThrows(SequelizeException.class, author::drop);
        assertThrows(SequelizeException.class, () -> author.sync(syncOptions().force(true)));
        if (dialect == TestDialect.SQLITE) {
            // SQLite would drop it, deleting the books through their ON DELETE CASCADE; Sequelize4j refuses.
            assertTrue(refused.getMessage().contains("books") && refused.getMessage().contains("'author'"),
                    refused.getMessage());
        }
        assertEquals(1, author.count(), "the referenced table keeps its rows");
        assertEquals(1, book.count(), "no ON DELETE action ran");

        author.drop(true);
        assertFalse(Catalog.tables(sequelize).stream().anyMatch(t -> t.equalsIgnoreCase("authors")),
                Catalog.tables(sequelize).toString());
        assertEquals(1, book.count(), "the referencing rows are kept");
        sequelize.drop();
        assertTrue(Catalog.tables(sequelize).isEmpty(), Catalog.tables(sequelize).toString());
    }

    @DialectTest
    void cyclesOfReferencesSyncAndDrop(Sequelize sequelize) {
        ModelStatic<Model> team = sequelize.define("team", List.of(attribute("name", STRING),
                attribute("captainId", INTEGER).references(References.model("player")).onDelete("SET NULL")));
        ModelStatic<Model> player = sequelize.define("player", List.of(attribute("name", STRING),
                attribute("teamId", INTEGER).references(References.model("team")).onDelete("CASCADE")));
        sequelize.sync();
        Model red = team.create(Map.of("name", "red"));
        Model ada = player.create(Map.of("name", "Ada", "teamId", red.get("id")));
        red.update(Map.of("captainId", ada.get("id")));
        assertThrows(org.sequelize4j.errors.ForeignKeyConstraintError.class,
                () -> team.create(Map.of("name", "blue", "captainId", 999)), "the deferred reference exists");
        sequelize.sync(syncOptions().force(true));
        assertEquals(0, team.count());
        Model blue = team.create(Map.of("name", "blue"));
        player.create(Map.of("name", "Bob", "teamId", blue.get("id")));
        sequelize.drop();
        assertTrue(Catalog.tables(sequelize).isEmpty(), Catalog.tables(sequelize).toString());
        sequelize.sync();
        assertEquals(0, player.count());
    }

    @DialectTest
    void alterAddsTheForeignKeyOfANewColumn(Sequelize sequelize) {
        ModelStatic<Model> owner = sequelize.define("owner", List.of(attribute("name", STRING)));
        ModelStatic<Model> v1 = items(sequelize, "itemV1");
        sequelize.sync();
        v1.create(Map.of("name", "old"));
        ModelStatic<Model> v2 = items(sequelize, "itemV2",
                attribute("ownerId", INTEGER).references(References.model(owner)).onDelete("CASCADE"));
        v2.sync(syncOptions().alter(true));
        assertThrows(org.sequelize4j.errors.ForeignKeyConstraintError.class,
                () -> v2.create(Map.of("name", "orphan", "ownerId", 999)), "the new column references owners");
        Model ada = owner.create(Map.of("name", "Ada"));
        v2.create(Map.of("name", "owned", "ownerId", ada.get("id")));
        ada.destroy();
        assertEquals(1, v2.count(), "ON DELETE CASCADE of the added column removed the owned item");
        v2.sync(syncOptions().alter(true));
        assertEquals(1, v2.count());
    }

    @DialectTest
    void alterAddsTheForeignKeyOfAnExistingColumn(Sequelize sequelize) {
        ModelStatic<Model> owner = sequelize.define("owner", List.of(attribute("name", STRING)));
        ModelStatic<Model> v1 = items(sequelize, "itemV1", attribute("ownerId", INTEGER));
        sequelize.sync();
        ModelStatic<Model> v2 = items(sequelize, "itemV2",
                attribute("ownerId", INTEGER).references(References.model(owner)));
        v2.sync(syncOptions().alter(true));
        v2.sync(syncOptions().alter(true));
        // SQLite too, by rebuilding the table (it has no ALTER TABLE … ADD CONSTRAINT).
        assertThrows(org.sequelize4j.errors.ForeignKeyConstraintError.class,
                () -> v2.create(Map.of("name", "orphan", "ownerId", 999)));
        long constraints = sequelize.getQueryInterface().showConstraint("items").stream()
                .filter(c -> c.type() == org.sequelize4j.ConstraintDescription.Type.FOREIGN_KEY).count();
        assertEquals(1, constraints, "a second alter adds no second foreign key");
    }

    private static void assertOrder(List<String> log, String statement, String... tables) {
        List<String> seen = new ArrayList<>();
        for (String line : log) {
            int at = line.indexOf(statement);
            if (at < 0) {
                continue;
            }
            for (String table : tables) {
                if (line.substring(at).matches("(?s).*" + statement + " (IF (NOT )?EXISTS )?[\"`]" + table + "[\"`].*")) {
                    seen.add(table);
                }
            }
        }
        assertEquals(List.of(tables), seen, statement + " order in " + log);
    }
}
