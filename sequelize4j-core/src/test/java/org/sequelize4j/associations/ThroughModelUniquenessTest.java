package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.LinkOptions.through;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;

/** A through model with a primary key of its own: each pair once by default, or several times with throughUnique(false). */
class ThroughModelUniquenessTest {

    private ModelStatic<Model> users;
    private ModelStatic<Model> projects;
    private ModelStatic<Model> memberships;

    private BelongsToManyAssociation<Model, Model> define(Sequelize sequelize, boolean unique) {
        users = sequelize.define("User", List.of(attribute("name", STRING)), options().timestamps(false));
        projects = sequelize.define("Project", List.of(attribute("name", STRING)), options().timestamps(false));
        memberships = sequelize.define("Membership", List.of(
                attribute("id", INTEGER).primaryKey(true).autoIncrement(true), attribute("role", STRING)),
                options().timestamps(false));
        BelongsToManyAssociation<Model, Model> userProjects = users.belongsToMany(projects, belongsToMany()
                .through(memberships).as("projects").foreignKey("userId").otherKey("projectId").throughUnique(unique));
        sequelize.sync();
        return userProjects;
    }

    @DialectTest
    void ownKeyStaysAndThePairIsUniqueByDefault(Sequelize sequelize) {
        BelongsToManyAssociation<Model, Model> userProjects = define(sequelize, true);
        assertEquals(List.of("id"), memberships.definition().primaryKeys().stream().map(a -> a.name()).toList(),
                "the through model keeps its own key");
        assertTrue(Catalog.indexes(sequelize, memberships.tableName()).values().stream()
                .anyMatch(i -> i.unique() && i.columns().equals(List.of("userId", "projectId"))),
                Catalog.indexes(sequelize, memberships.tableName()).toString());

        Model ada = users.create(Map.of("name", "Ada"));
        Model apollo = projects.create(Map.of("name", "Apollo"));
        userProjects.add(ada, List.of(apollo), through(Map.of("role", "dev")));
        userProjects.add(ada, List.of(apollo), through(Map.of("role", "lead")));
        assertEquals(1, memberships.count(), "adding twice keeps one row");
        assertEquals("lead", memberships.findAll().get(0).get("role"));
        assertEquals(1, userProjects.get(ada).size());

        assertThrows(UniqueConstraintError.class, () -> memberships.create(Map.of("userId", ada.get("id"),
                "projectId", apollo.get("id"), "role", "again")), "the database refuses a second row for the pair");
        assertEquals(1, memberships.count());
    }

    @DialectTest
    void throughUniqueFalseAllowsAPairTwice(Sequelize sequelize) {
        BelongsToManyAssociation<Model, Model> userProjects = define(sequelize, false);
        assertTrue(Catalog.indexes(sequelize, memberships.tableName()).values().stream()
                .noneMatch(i -> i.unique() && i.columns().contains("userId") && i.columns().contains("projectId")));

        Model ada = users.create(Map.of("name", "Ada"));
        Model apollo = projects.create(Map.of("name", "Apollo"));
        Model gemini = projects.create(Map.of("name", "Gemini"));
        userProjects.add(ada, List.of(apollo), through(Map.of("role", "dev")));
        memberships.create(Map.of("userId", ada.get("id"), "projectId", apollo.get("id"), "role", "lead"));
        userProjects.add(ada, gemini);
        assertEquals(3, memberships.count());

        List<Model> linked = userProjects.get(ada);
        assertEquals(List.of("Apollo", "Apollo", "Gemini"), linked.stream().map(p -> p.get("name")).sorted().toList(),
                "one entry per join row");
        List<Object> roles = linked.stream().filter(p -> p.get("name").equals("Apollo"))
                .map(p -> ((Model) p.get("Membership")).get("role")).sorted().toList();
        assertEquals(List.of("dev", "lead"), roles, "each copy carries its own join row");
        List<Model> apollos = linked.stream().filter(p -> p.get("name").equals("Apollo")).toList();
        assertNotEquals(System.identityHashCode(apollos.get(0)), System.identityHashCode(apollos.get(1)));
        assertTrue(userProjects.has(ada, apollo, gemini));

        userProjects.remove(ada, apollo);
        assertEquals(1, memberships.count(), "remove deletes every row of the pair");
        assertEquals(List.of("Gemini"), userProjects.get(ada).stream().map(p -> p.get("name")).toList());
    }

    @DialectTest
    void countAgreesWithGetWhenAPairIsLinkedTwice(Sequelize sequelize) {
        BelongsToManyAssociation<Model, Model> userProjects = define(sequelize, false);
        Model ada = users.create(Map.of("name", "Ada"));
        Model apollo = projects.create(Map.of("name", "Apollo"));
        userProjects.add(ada, apollo);
        memberships.create(Map.of("userId", ada.get("id"), "projectId", apollo.get("id")));
        assertEquals(userProjects.get(ada).size(), userProjects.count(ada),
                "Sequelize's countProjects counts what getProjects returns");
    }
}
