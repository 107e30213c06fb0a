package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;

/** Timestamps (renamed, disabled, silent) and soft deletion. */
class ParanoidTest {

    @DialectTest
    void timestampsAreMaintainedAndSilentLeavesUpdatedAtAlone(Sequelize sequelize) throws Exception {
        ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING)));
        sequelize.sync();
        Model post = posts.create(Map.of("title", "a"));
        Instant created = (Instant) post.get("createdAt");
        Instant updated = (Instant) post.get("updatedAt");
        assertEquals(created, updated);
        Thread.sleep(5);
        post.update(Map.of("title", "b"));
        Instant updatedAgain = (Instant) posts.findByPk(post.get("id")).get("updatedAt");
        assertTrue(updatedAgain.isAfter(updated));
        assertEquals(created, posts.findByPk(post.get("id")).get("createdAt"));

        Thread.sleep(5);
        post.set("title", "c");
        post.save(SaveOptions.saveOptions().silent(true));
        Model stored = posts.findByPk(post.get("id"));
        assertEquals("c", stored.get("title"));
        assertEquals(updatedAgain, stored.get("updatedAt"));
    }

    @DialectTest
    void renamedAndDisabledTimestamps(Sequelize sequelize) {
        ModelStatic<Model> foos = sequelize.define("Foo", List.of(attribute("name", STRING)),
                ModelOptions.options().timestamps(true).createdAt(false).updatedAt("updateTimestamp")
                        .deletedAt("destroyTime").paranoid(true));
        sequelize.sync();
        assertEquals(List.of("id", "name", "updateTimestamp", "destroyTime"), foos.definition().attributeNames());
        Model foo = foos.create(Map.of("name", "x"));
        assertNotNull(foo.get("updateTimestamp"));
        foo.destroy();
        assertNotNull(foos.findByPk(foo.get("id"), query().paranoid(false)).get("destroyTime"));

        ModelStatic<Model> bars = sequelize.define("Bar", List.of(attribute("name", STRING)),
                ModelOptions.options().timestamps(false));
        assertEquals(List.of("id", "name"), bars.definition().attributeNames());
    }

    @DialectTest
    void paranoidDestroyHidesRowsUntilRestored(Sequelize sequelize) {
        ModelStatic<Model> notes = sequelize.define("note", List.of(attribute("text", STRING)),
                ModelOptions.options().paranoid(true));
        sequelize.sync();
        Model a = notes.create(Map.of("text", "a"));
        Model b = notes.create(Map.of("text", "b"));
        notes.create(Map.of("text", "c"));

        a.destroy();
        assertTrue(a.isSoftDeleted());
        assertNull(notes.findByPk(a.get("id")));
        assertEquals(2, notes.count());
        assertEquals(3, notes.count(query().paranoid(false)));
        assertEquals(2, notes.findAll().size());
        assertNotNull(notes.findByPk(a.get("id"), query().paranoid(false)).get("deletedAt"));

        assertEquals(1, notes.destroy(DestroyOptions.where(eq("text", "b"))));
        assertEquals(1, notes.count());

        a.restore();
        assertNotNull(notes.findByPk(a.get("id")));
        assertEquals(1, notes.restore(DestroyOptions.where(eq("text", "b"))));
        assertEquals(3, notes.count());

        b.destroy(DestroyOptions.destroyOptions().force(true));
        assertNull(notes.findByPk(b.get("id"), query().paranoid(false)));
        assertEquals(2, notes.destroy(DestroyOptions.where(Op.and()).force(true)));
        assertEquals(0, notes.count(query().paranoid(false)));
    }
}
