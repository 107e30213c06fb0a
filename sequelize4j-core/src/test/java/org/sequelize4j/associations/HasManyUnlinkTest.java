package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;
import static org.sequelize4j.association.LinkOptions.linkOptions;

import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.testing.DialectTest;

/** What hasMany (and hasOne) set/remove do to the targets they unlink: keep them with NULL, or destroy them. */
class HasManyUnlinkTest {

    private ModelStatic<Model> owners;
    private ModelStatic<Model> tasks;
    private HasManyAssociation<Model, Model> ownerTasks;

    private void define(Sequelize sequelize, AttributeOptions foreignKey) {
        owners = sequelize.define("Owner", List.of(attribute("name", STRING)), options().timestamps(false));
        tasks = sequelize.define("Task", List.of(attribute("title", STRING)), options().timestamps(false));
        ownerTasks = owners.hasMany(tasks, hasMany().as("tasks").foreignKey(foreignKey));
        sequelize.sync();
    }

    private List<Object> titles(List<Model> rows) {
        return rows.stream().map(m -> m.get("title")).toList();
    }

    private List<Object> allTitles() {
        return titles(tasks.findAll(query().order(asc("title"))));
    }

    @DialectTest
    void notNullKeyDestroysUnlinkedTargets(Sequelize sequelize) {
        define(sequelize, attribute("ownerId").allowNull(false));
        Model ada = owners.create(Map.of("name", "Ada"));
        Model bob = owners.create(Map.of("name", "Bob"));
        Model a = ownerTasks.create(ada, Map.of("title", "a"));
        Model b = ownerTasks.create(ada, Map.of("title", "b"));
        ownerTasks.create(ada, Map.of("title", "c"));
        Model z = ownerTasks.create(bob, Map.of("title", "z"));

        ownerTasks.set(ada, List.of(a, b));
        assertEquals(List.of("a", "b", "z"), allTitles(), "set destroyed c, whose key cannot be NULL");

        ownerTasks.remove(ada, a);
        assertEquals(List.of("b", "z"), allTitles(), "remove destroyed a");
        assertEquals(List.of("b"), titles(ownerTasks.get(ada)));

        ownerTasks.set(ada, List.of(b, z));
        assertEquals(List.of("b", "z"), titles(ownerTasks.get(ada, query().order(asc("title")))), "z moved over");
        assertEquals(0, ownerTasks.count(bob));

        ownerTasks.set(ada, List.of());
        assertEquals(List.of(), allTitles(), "an empty set destroys every target");
        assertNull(tasks.findByPk(z.get("id")));
    }

    @DialectTest
    void nullableKeyKeepsUnlinkedTargetsWithNull(Sequelize sequelize) {
        define(sequelize, attribute("ownerId"));
        Model ada = owners.create(Map.of("name", "Ada"));
        Model a = ownerTasks.create(ada, Map.of("title", "a"));
        Model b = ownerTasks.create(ada, Map.of("title", "b"));
        Model c = ownerTasks.create(ada, Map.of("title", "c"));

        ownerTasks.set(ada, List.of(a));
        assertEquals(List.of("a", "b", "c"), allTitles(), "nothing destroyed");
        assertNull(tasks.findByPk(b.get("id")).get("ownerId"));
        assertNull(tasks.findByPk(c.get("id")).get("ownerId"));
        assertEquals(ada.get("id"), tasks.findByPk(a.get("id")).get("ownerId"));

        ownerTasks.remove(ada, a);
        Model kept = tasks.findByPk(a.get("id"));
        assertNotNull(kept);
        assertNull(kept.get("ownerId"));
        assertEquals(0, ownerTasks.count(ada));
        assertEquals(3, tasks.count());
    }

    @DialectTest
    void destroyPreviousDestroysNullableTargets(Sequelize sequelize) {
        define(sequelize, attribute("ownerId"));
        Model ada = owners.create(Map.of("name", "Ada"));
        Model bob = owners.create(Map.of("name", "Bob"));
        Model a = ownerTasks.create(ada, Map.of("title", "a"));
        ownerTasks.create(ada, Map.of("title", "b"));
        Model c = ownerTasks.create(ada, Map.of("title", "c"));
        ownerTasks.create(bob, Map.of("title", "z"));
        Model loose = tasks.create(Map.of("title", "loose"));

        ownerTasks.set(ada, List.of(a, c), linkOptions().destroyPrevious(true));
        assertEquals(List.of("a", "c", "loose", "z"), allTitles(), "b destroyed, others untouched");

        ownerTasks.remove(ada, List.of(a), linkOptions().destroyPrevious(true));
        assertEquals(List.of("c", "loose", "z"), allTitles());

        ownerTasks.remove(ada, List.of(loose), linkOptions().destroyPrevious(true));
        assertNotNull(tasks.findByPk(loose.get("id")), "remove only touches the source's own targets");
        assertEquals(List.of("c"), titles(ownerTasks.get(ada)));
    }

    @DialectTest
    void hasOneSetWithNotNullKeyDestroysThePreviousTarget(Sequelize sequelize) {
        owners = sequelize.define("Owner", List.of(attribute("name", STRING)), options().timestamps(false));
        tasks = sequelize.define("Task", List.of(attribute("title", STRING)), options().timestamps(false));
        HasOneAssociation<Model, Model> current = owners.hasOne(tasks,
                hasOne().as("current").foreignKey(attribute("ownerId").allowNull(false)));
        sequelize.sync();
        Model ada = owners.create(Map.of("name", "Ada"));
        Model first = current.create(ada, Map.of("title", "first"));
        current.set(ada, tasks.build(Map.of("title", "second")));
        assertNull(tasks.findByPk(first.get("id")), "the previous target could not be kept without a key");
        assertEquals(List.of("second"), allTitles());
        assertEquals("second", current.get(ada).get("title"));
    }

    @DialectTest
    void notNullDeclaredOnTheBelongsToSideAppliesToItsInverse(Sequelize sequelize) {
        owners = sequelize.define("Owner", List.of(attribute("name", STRING)), options().timestamps(false));
        tasks = sequelize.define("Task", List.of(attribute("title", STRING)), options().timestamps(false));
        tasks.belongsTo(owners, org.sequelize4j.association.BelongsToOptions.belongsTo().as("owner")
                .foreignKey(attribute("ownerId").allowNull(false)).inverse("tasks"));
        sequelize.sync();
        ownerTasks = owners.association("tasks");
        Model ada = owners.create(Map.of("name", "Ada"));
        ownerTasks.create(ada, Map.of("title", "a"));
        Model b = ownerTasks.create(ada, Map.of("title", "b"));
        ownerTasks.set(ada, List.of(b));
        assertEquals(List.of("b"), allTitles(), "the inverse hasMany knows the key cannot be NULL");
        assertEquals("CASCADE", ForeignKeys.on(sequelize, tasks.tableName(), "ownerId").onDelete());
    }
}
