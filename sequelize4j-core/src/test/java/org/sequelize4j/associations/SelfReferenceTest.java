package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;

import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.testing.DialectTest;

/** Seed 001's self-references: Person children/parents through a join table, and a tree on one table. */
class SelfReferenceTest {

    private static List<Object> names(List<Model> people) {
        return people.stream().map(p -> p.get("name")).sorted().toList();
    }

    @DialectTest
    void childrenAndParentsThroughBelongsToMany(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("Person", List.of(attribute("name", STRING)),
                options().timestamps(false));
        BelongsToManyAssociation<Model, Model> children = people.belongsToMany(people,
                belongsToMany().as("children").inverse("parents"));
        sequelize.sync();
        BelongsToManyAssociation<Model, Model> parents = people.association("parents");
        assertSame(children.through(), parents.through(), "both directions share one join table");
        assertEquals(children.definition().foreignKey(), parents.definition().otherKey());
        assertEquals(children.definition().otherKey(), parents.definition().foreignKey());
        assertNotEquals(children.definition().foreignKey(), children.definition().otherKey());
        assertEquals(2, ForeignKeys.of(sequelize, children.through().tableName()).size());

        Model mum = people.create(Map.of("name", "Mum"));
        Model dad = people.create(Map.of("name", "Dad"));
        Model ann = people.create(Map.of("name", "Ann"));
        Model ben = people.create(Map.of("name", "Ben"));
        children.add(mum, ann, ben);
        children.add(dad, ann);

        assertEquals(List.of("Ann", "Ben"), names(children.get(mum)));
        assertEquals(List.of("Ann"), names(children.get(dad)));
        assertEquals(List.of("Dad", "Mum"), names(parents.get(ann)));
        assertEquals(List.of("Mum"), names(parents.get(ben)));
        assertEquals(List.of(), children.get(ann), "a child has no children of its own");
        assertTrue(parents.has(ann, mum, dad));
        assertEquals(0, parents.count(mum));

        parents.set(ben, List.of(dad));
        assertEquals(List.of("Ann", "Ben"), names(children.get(dad)), "set from the other side");
        assertEquals(List.of("Ann"), names(children.get(mum)));

        ann.destroy();
        assertEquals(List.of("Ben"), names(children.get(dad)), "her join rows went with her");
        assertEquals(1, children.through().count());
    }

    @DialectTest
    void treeOnOneTable(Sequelize sequelize) {
        ModelStatic<Model> nodes = sequelize.define("Node", List.of(attribute("name", STRING)),
                options().timestamps(false));
        HasManyAssociation<Model, Model> childNodes = nodes.hasMany(nodes,
                hasMany().as("children").foreignKey("parentId"));
        BelongsToAssociation<Model, Model> parent = nodes.belongsTo(nodes,
                belongsTo().as("parent").foreignKey("parentId"));
        sequelize.sync();
        assertEquals(1, ForeignKeys.of(sequelize, nodes.tableName()).size(), "one parentId for both sides");
        assertTrue(ForeignKeys.on(sequelize, nodes.tableName(), "parentId").referencedTable()
                .equalsIgnoreCase(nodes.tableName()));

        Model root = nodes.create(Map.of("name", "root"));
        Model a = childNodes.create(root, Map.of("name", "a"));
        Model b = childNodes.create(root, Map.of("name", "b"));
        Model a1 = childNodes.create(a, Map.of("name", "a1"));

        assertEquals(List.of("a", "b"), names(childNodes.get(root, query().order(asc("name")))));
        assertEquals(List.of("a1"), names(childNodes.get(a)));
        assertEquals("a", parent.get(a1).get("name"));
        assertEquals("root", parent.get(parent.get(a1)).get("name"));
        assertNull(parent.get(root));

        Map<Model, List<Model>> level = childNodes.get(List.of(root, a, b), null);
        assertEquals(List.of("a", "b"), names(level.get(root)));
        assertEquals(List.of("a1"), names(level.get(a)));
        assertEquals(List.of(), level.get(b));

        parent.set(a1, b);
        assertEquals(List.of("a1"), names(childNodes.get(b)));
        assertEquals(0, childNodes.count(a));
        assertThrows(ForeignKeyConstraintError.class, () -> parent.set(a1, 9999), "the self-reference is enforced");

        root.destroy();
        Model orphan = nodes.findByPk(a.get("id"));
        assertNull(orphan.get("parentId"), "ON DELETE SET NULL on the nullable parentId");
        assertEquals(b.get("id"), nodes.findByPk(a1.get("id")).get("parentId"), "grandchildren keep their parent");
    }
}
