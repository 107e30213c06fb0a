package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.SyncOptions.syncOptions;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.FindOptions;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Sql;
import org.sequelize4j.SyncOptions;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * {@code sync({alter: true})} makes the changes that SQLite's ALTER TABLE cannot (a column's type, null
 * or default; a new foreign key or check; a NOT NULL column) by rebuilding the table once, as the other
 * databases make them in place: the rows, the values, the indexes, unique keys and checks the model
 * does not declare, and the foreign keys of other tables to it all survive; a change the rows cannot
 * satisfy leaves the table as it was; and a second alter sends nothing.
 */
class SyncAlterRebuildTest {

    private static List<String> ddl(SqlLog log) {
        return log.messages().stream().filter(m -> m.matches("(?s).*\\b(ALTER|CREATE|DROP|INSERT|PRAGMA)\\b.*")
                && !m.contains("SELECT")).toList();
    }

    /** A second alter, and a third, find nothing to change and send no statement that changes anything. */
    private static void assertIdempotent(SqlLog log, ModelStatic<Model> model, SyncOptions options) {
        for (int i = 0; i < 2; i++) {
            log.clear();
            model.sync(options);
            assertEquals(List.of(), ddl(log), "alter number " + (i + 2) + " sends no DDL");
        }
    }

    private static void run(Sequelize sequelize, String sql) {
        try (Connection c = sequelize.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static ModelStatic<Model> widgetsV1(Sequelize sequelize) {
        return sequelize.define("widgetV1", List.of(attribute("name", STRING), attribute("qty", STRING),
                attribute("code", STRING), attribute("note", STRING)), options().tableName("widgets").timestamps(false)
                .indexes(IndexOptions.index("note").name("widgets_note"),
                        IndexOptions.index("code").name("widgets_code_unique").unique(true))
                .check("widgets_note_allowed", Sql.literal("note <> 'forbidden'")));
    }

    @DialectTest
    void aColumnsTypeNullAndDefaultChangeKeepingRowsAndWhatTheModelDoesNotDeclare(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> v1 = widgetsV1(sequelize);
            ModelStatic<Model> parts = sequelize.define("part", List.of(attribute("widgetId", INTEGER)
                    .references(References.model(v1))), options().timestamps(false));
            sequelize.sync();
            v1.create(values("name", "a", "qty", "10", "code", "c1", "note", "n1"));
            v1.create(values("name", "b", "qty", "20", "code", "c2", "note", "n2"));
            parts.create(Map.of("widgetId", 1));

            // qty becomes a NOT NULL integer defaulting to 0, name gets a default and an index; the note
            // index, the unique code index and the check are not declared any more, so they stay.
            ModelStatic<Model> v2 = sequelize.define("widgetV2", List.of(attribute("name", STRING).defaultValue("unnamed"),
                    attribute("qty", INTEGER).allowNull(false).defaultValue(0), attribute("code", STRING),
                    attribute("note", STRING)), options().tableName("widgets").timestamps(false)
                    .indexes(IndexOptions.index("name").name("widgets_name")));
            v2.sync(syncOptions().alter(true));

            assertEquals(List.of("a:10:c1:n1", "b:20:c2:n2"), v2.findAll(FindOptions.query().order(FindOptions.asc("id")))
                    .stream().map(m -> m.get("name") + ":" + m.get("qty") + ":" + m.get("code") + ":" + m.get("note"))
                    .toList(), "every row and value");
            assertTrue(v2.findByPk(1).get("qty") instanceof Number, "qty holds numbers now");
            ColumnDescription qty = sequelize.getQueryInterface().describeTable("widgets").get("qty");
            assertFalse(qty.allowNull(), "qty is NOT NULL: " + qty);
            // The database's own defaults, not the model's: a row written without the ORM.
            run(sequelize, "INSERT INTO widgets (code) VALUES ('c3')");
            Map<String, Object> raw = Catalog.jdbc(sequelize, "SELECT name, qty FROM widgets WHERE code = 'c3'").get(0);
            assertEquals("unnamed", raw.get("name"));
            assertEquals(0L, ((Number) raw.get("qty")).longValue());

            Map<String, Catalog.IndexInfo> indexes = Catalog.indexes(sequelize, "widgets");
            assertTrue(indexes.containsKey("widgets_name"), "the model's new index: " + indexes);
            assertTrue(indexes.containsKey("widgets_note"), "the undeclared index stays: " + indexes);
            assertTrue(indexes.get("widgets_code_unique").unique(), "the undeclared unique index stays: " + indexes);
            assertThrows(UniqueConstraintError.class, () -> v2.create(values("code", "c1")));
            assertThrows(CheckConstraintError.class, () -> v2.create(values("code", "c9", "note", "forbidden")));

            // The other table's foreign key to the rebuilt one still holds.
            assertEquals(1, parts.count());
            assertThrows(ForeignKeyConstraintError.class, () -> parts.create(Map.of("widgetId", 999)));
            parts.create(Map.of("widgetId", 2));

            assertIdempotent(log, v2, syncOptions().alter(true));
        }
    }

    @DialectTest
    void aForeignKeyACheckAndANotNullColumnWithADefaultAreAdded(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING)),
                    options().timestamps(false));
            // makerId's foreign key and the legacy column are not declared by version 2, and are kept.
            ModelStatic<Model> v1 = sequelize.define("itemV1", List.of(attribute("title", STRING),
                    attribute("ownerId", INTEGER), attribute("makerId", INTEGER).references(References.model(owners)),
                    attribute("legacy", STRING)), options().tableName("items").timestamps(false)
                    .indexes(IndexOptions.index("title").name("items_title")));
            sequelize.sync();
            Object ada = owners.create(Map.of("name", "Ada")).get("id");
            v1.create(values("title", "one", "ownerId", ada, "makerId", ada, "legacy", "old"));
            v1.create(values("title", "two"));

            ModelStatic<Model> v2 = sequelize.define("itemV2", List.of(attribute("title", STRING),
                    attribute("ownerId", INTEGER).references(References.model(owners)),
                    attribute("status", STRING).allowNull(false).defaultValue("new"),
                    attribute("makerId", INTEGER)), options().tableName("items").timestamps(false)
                    .indexes(IndexOptions.index("title").name("items_title"))
                    .check("items_title_set", Sql.literal("title <> ''")));
            SyncOptions keep = syncOptions().alter(true).alterDrop(false);
            v2.sync(keep);

            assertEquals(List.of("one:new", "two:new"), v2.findAll(FindOptions.query().order(FindOptions.asc("id")))
                    .stream().map(m -> m.get("title") + ":" + m.get("status")).toList());
            assertEquals(((Number) ada).longValue(), ((Number) v2.findByPk(1).get("ownerId")).longValue());
            assertThrows(ForeignKeyConstraintError.class, () -> v2.create(values("title", "orphan", "ownerId", 999)));
            assertThrows(CheckConstraintError.class, () -> v2.create(values("title", "")));
            assertTrue(Catalog.indexes(sequelize, "items").containsKey("items_title"));
            assertThrows(ForeignKeyConstraintError.class, () -> v2.create(values("title", "bad maker", "makerId", 999)),
                    "the undeclared foreign key stays");
            assertEquals("old", v1.findByPk(1).get("legacy"), "the undeclared column stays, with its values");
            v2.create(values("title", "three", "ownerId", ada));
            assertEquals(3, v2.count());

            assertIdempotent(log, v2, keep);
        }
    }

    @DialectTest
    void alterDropOfAnIndexedUndeclaredColumnKeepsTheOtherIndexes(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            // legacy is a foreign key, which SQLite's DROP COLUMN refuses: the table is rebuilt.
            ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING)),
                    options().timestamps(false));
            ModelStatic<Model> v1 = sequelize.define("noteV1", List.of(attribute("text", STRING), attribute("tag", STRING),
                    attribute("legacy", INTEGER).unique(true).references(References.model(owners))),
                    options().tableName("notes").timestamps(false)
                    .indexes(IndexOptions.index("tag").name("notes_tag"), IndexOptions.index("legacy").name("notes_legacy"),
                            IndexOptions.index("text").name("notes_text")));
            sequelize.sync();
            Object ada = owners.create(Map.of("name", "Ada")).get("id");
            Object bob = owners.create(Map.of("name", "Bob")).get("id");
            v1.create(values("text", "t1", "tag", "x", "legacy", ada));
            v1.create(values("text", "t2", "tag", "y", "legacy", bob));

            ModelStatic<Model> v2 = sequelize.define("noteV2", List.of(attribute("text", STRING), attribute("tag", STRING)),
                    options().tableName("notes").timestamps(false).indexes(IndexOptions.index("text").name("notes_text")));
            v2.sync(syncOptions().alter(true));

            assertEquals(List.of("id", "text", "tag"), List.copyOf(Catalog.columns(sequelize, "notes").keySet()));
            Map<String, Catalog.IndexInfo> indexes = Catalog.indexes(sequelize, "notes");
            assertEquals(List.of("text"), indexes.get("notes_text").columns(), "the model's index: " + indexes);
            assertEquals(List.of("tag"), indexes.get("notes_tag").columns(), "the undeclared index stays: " + indexes);
            assertTrue(indexes.values().stream().noneMatch(i -> i.columns().contains("legacy")), indexes.toString());
            assertEquals(List.of("t1:x", "t2:y"), v2.findAll(FindOptions.query().order(FindOptions.asc("id"))).stream()
                    .map(m -> m.get("text") + ":" + m.get("tag")).toList());

            assertIdempotent(log, v2, syncOptions().alter(true));
        }
    }

    @DialectTest
    void aForeignKeyTheRowsViolateIsRefusedAndTheTableLeftAsItWas(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            ModelStatic<Model> owners = sequelize.define("owner", List.of(attribute("name", STRING)),
                    options().timestamps(false));
            ModelStatic<Model> v1 = sequelize.define("itemV1", List.of(attribute("title", STRING),
                    attribute("ownerId", INTEGER)), options().tableName("items").timestamps(false)
                    .indexes(IndexOptions.index("title").name("items_title")));
            sequelize.sync();
            owners.create(Map.of("name", "Ada"));
            v1.create(values("title", "orphan", "ownerId", 999));

            ModelStatic<Model> v2 = sequelize.define("itemV2", List.of(attribute("title", STRING),
                    attribute("ownerId", INTEGER).references(References.model(owners)),
                    attribute("status", STRING).allowNull(false).defaultValue("new")),
                    options().tableName("items").timestamps(false).indexes(IndexOptions.index("title").name("items_title")));
            ForeignKeyConstraintError error = assertThrows(ForeignKeyConstraintError.class,
                    () -> v2.sync(syncOptions().alter(true)));
            assertTrue(error.getMessage().contains("ownerId"), error.getMessage());

            assertEquals(999, ((Number) v1.findOne(FindOptions.query()).get("ownerId")).intValue(), "the row is kept");
            assertTrue(Catalog.indexes(sequelize, "items").containsKey("items_title"));
            v1.create(values("title", "another orphan", "ownerId", 998));
            assertEquals(2, v1.count(), "no foreign key was added");
            assertTrue(sequelize.getQueryInterface().showConstraint("items").stream()
                    .noneMatch(c -> c.type() == org.sequelize4j.ConstraintDescription.Type.FOREIGN_KEY));
        }
    }

    @DialectTest
    void notNullOverRowsHoldingNullIsRefusedAndTheTableLeftAsItWas(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            ModelStatic<Model> v1 = sequelize.define("itemV1", List.of(attribute("title", STRING),
                    attribute("qty", INTEGER)), options().tableName("items").timestamps(false)
                    .indexes(IndexOptions.index("qty").name("items_qty")));
            v1.sync();
            v1.create(values("title", "counted", "qty", 3));
            v1.create(values("title", "uncounted"));

            ModelStatic<Model> v2 = sequelize.define("itemV2", List.of(attribute("title", STRING),
                    attribute("qty", INTEGER).allowNull(false)), options().tableName("items").timestamps(false)
                    .indexes(IndexOptions.index("qty").name("items_qty")));
            DatabaseError error = assertThrows(DatabaseError.class, () -> v2.sync(syncOptions().alter(true)));
            assertTrue(error.getMessage().contains("qty"), error.getMessage());

            assertTrue(sequelize.getQueryInterface().describeTable("items").get("qty").allowNull());
            assertEquals(List.of("counted:3", "uncounted:null"), v1.findAll(FindOptions.query()
                    .order(FindOptions.asc("id"))).stream().map(m -> m.get("title") + ":" + m.get("qty")).toList());
            assertTrue(Catalog.indexes(sequelize, "items").containsKey("items_qty"));
            assertEquals(List.of("items"), Catalog.tables(sequelize), "no scratch table is left");
        }
    }

    /**
     * A view that reads the table, a trigger on it (on SQLite, the database that rebuilds) and the key
     * counter survive the alter: a rebuild would otherwise fail on the view when it renames the new
     * table, lose the trigger with the old table, and hand out a deleted row's key again.
     */
    @DialectTest
    void viewsTriggersAndTheKeyCounterSurviveTheAlter(Sequelize sequelize) {
        ModelStatic<Model> v1 = sequelize.define("gaugeV1", List.of(attribute("label", STRING), attribute("level", STRING)),
                options().tableName("gauges").timestamps(false));
        v1.sync();
        for (String label : List.of("a", "b", "c")) {
            v1.create(values("label", label, "level", "1"));
        }
        Object last = v1.findAll(FindOptions.query().order(FindOptions.desc("id")).limit(1)).get(0).get("id");
        v1.destroy(org.sequelize4j.DestroyOptions.where(Map.of("id", last)));
        run(sequelize, "CREATE VIEW gauge_labels AS SELECT label FROM gauges");
        boolean rebuilds = !sequelize.dialect().schemaEditor().comparison()
                .altersInPlace(org.sequelize4j.dialect.SchemaComparison.Alteration.ADD_CHECK, null, null);
        if (rebuilds) {
            run(sequelize, "CREATE TABLE gauge_log (label TEXT)");
            run(sequelize, "CREATE TRIGGER gauges_logged AFTER INSERT ON gauges BEGIN"
                    + " INSERT INTO gauge_log VALUES (NEW.label); END");
        }

        // The column the view reads changes its null and default only: PostgreSQL refuses to retype a column a
        // view uses, even to its own type, so the change must not restate it.
        ModelStatic<Model> v2 = sequelize.define("gaugeV2", List.of(attribute("label", STRING).allowNull(false)
                .defaultValue("none"), attribute("level", INTEGER)), options().tableName("gauges").timestamps(false));
        v2.sync(syncOptions().alter(true));

        Model added = v2.create(values("label", "d", "level", 2));
        assertTrue(((Number) added.get("id")).longValue() > ((Number) last).longValue(),
                "a deleted row's key is not handed out again: " + added.get("id") + " after " + last);
        assertEquals(List.of("a", "b", "d"), sequelize.query("SELECT label FROM gauge_labels ORDER BY label").rows()
                .stream().map(r -> r.get("label")).toList(), "the view reads the altered table");
        if (rebuilds) {
            assertEquals(List.of("d"), sequelize.query("SELECT label FROM gauge_log").rows().stream()
                    .map(r -> r.get("label")).toList(), "the trigger still fires");
        }
        assertFalse(sequelize.getQueryInterface().describeTable("gauges").get("label").allowNull(),
                "the column the view reads became NOT NULL");
        run(sequelize, "DROP VIEW gauge_labels");
    }

    /** An unnamed check the table has (no comparison can match it) is kept through the rebuild, as written. */
    @DialectTest
    void anUnnamedCheckSurvivesTheRebuild(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            boolean rebuilds = !sequelize.dialect().schemaEditor().comparison()
                    .altersInPlace(org.sequelize4j.dialect.SchemaComparison.Alteration.ADD_CHECK, null, null);
            if (!rebuilds) {
                return; // the other databases change the column in place and never touch the check
            }
            run(sequelize, "CREATE TABLE meters (id INTEGER PRIMARY KEY AUTOINCREMENT, label VARCHAR(255),"
                    + " level VARCHAR(255), CHECK (label <> 'bad'))");
            run(sequelize, "INSERT INTO meters (label, level) VALUES ('fine', '1')");
            ModelStatic<Model> meters = sequelize.define("meter", List.of(attribute("label", STRING),
                    attribute("level", INTEGER)), options().tableName("meters").timestamps(false));
            log.clear();
            meters.sync(syncOptions().alter(true));
            assertTrue(ddl(log).stream().anyMatch(m -> m.contains("meters_s4j_rebuild")), "the table was rebuilt");
            assertEquals(List.of("fine"), sequelize.query("SELECT label FROM meters").rows().stream()
                    .map(r -> r.get("label")).toList());
            assertThrows(AssertionError.class,
                    () -> run(sequelize, "INSERT INTO meters (label, level) VALUES ('bad', 2)"),
                    "the unnamed check still holds");
            assertIdempotent(log, meters, syncOptions().alter(true));
        }
    }
}
