package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.IncludeOptions.include;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/**
 * A row read shares one array between its values and their snapshot until it is first written, and a
 * child's foreign key may share its parent's key object: neither may be visible to change tracking.
 */
class ReadSnapshotTest {

    @DialectTest
    void aWriteAfterReadingSplitsTheSnapshotAndTracksOnlyThatInstance(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING),
                    attribute("age", INTEGER)));
            sequelize.sync();
            users.create(Map.of("name", "Ada", "age", 36));
            users.create(Map.of("name", "Bob", "age", 40));
            List<Model> found = users.findAll(query().order(asc("id")));
            Model ada = found.get(0);
            assertTrue(ada.changed().isEmpty());
            ada.set("age", 37);
            assertEquals(List.of("age"), List.copyOf(ada.changed()));
            assertEquals(36, ((Number) ada.previous("age")).intValue(), "the snapshot keeps the value read");
            assertEquals(37, ((Number) ada.get("age")).intValue());
            assertTrue(found.get(1).changed().isEmpty(), "another row of the same find is untouched");
            int before = log.size();
            ada.save();
            assertTrue(log.since(before).get(0).contains("age") && !log.since(before).get(0).contains("\"name\" ="),
                    log.since(before).toString());
            assertTrue(ada.changed().isEmpty(), "saved: nothing changed any more");
            ada.set("age", 36);
            assertEquals(List.of("age"), List.copyOf(ada.changed()), "the snapshot is the saved 37");
            assertEquals(37, ((Number) users.findByPk(ada.get("id")).get("age")).intValue());
        }
    }

    @DialectTest
    void childrenSharingTheirParentsKeyStillTrackTheirOwnForeignKey(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> { })) {
            ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
            ModelStatic<Model> posts = sequelize.define("post", List.of(attribute("title", STRING)));
            users.hasMany(posts, hasMany().as("posts"));
            sequelize.sync();
            Model ada = users.create(Map.of("name", "Ada"));
            Model bob = users.create(Map.of("name", "Bob"));
            posts.create(Map.of("title", "a", "userId", ada.get("id")));
            posts.create(Map.of("title", "b", "userId", ada.get("id")));
            Model found = users.findByPk(ada.get("id"), query().include(include("posts").order(asc("id"))));
            @SuppressWarnings("unchecked")
            List<Model> list = (List<Model>) found.get("posts");
            Model first = list.get(0);
            assertTrue(first.changed().isEmpty());
            first.set("userId", bob.get("id"));
            assertEquals(List.of("userId"), List.copyOf(first.changed()));
            assertEquals(((Number) ada.get("id")).intValue(), ((Number) first.previous("userId")).intValue());
            assertEquals(((Number) ada.get("id")).intValue(), ((Number) found.get("id")).intValue(),
                    "the parent's key is unchanged");
            assertTrue(list.get(1).changed().isEmpty());
            first.save();
            assertEquals(1, posts.count(org.sequelize4j.FindOptions.query().where(org.sequelize4j.Op.eq("userId",
                    bob.get("id")))));
        }
    }
}
