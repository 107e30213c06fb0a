package org.sequelize4j.associations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.ModelOptions.options;
import static org.sequelize4j.association.BelongsToManyOptions.belongsToMany;
import static org.sequelize4j.association.BelongsToOptions.belongsTo;
import static org.sequelize4j.association.HasManyOptions.hasMany;
import static org.sequelize4j.association.HasOneOptions.hasOne;
import static org.sequelize4j.association.LinkOptions.through;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.BelongsToAssociation;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.association.HasOneAssociation;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.SqlLog;
import org.sequelize4j.testing.TestDialect;

/** Batch get for many sources at once: beyond one chunk of keys, and belongsToMany copies with their own join rows. */
class BatchGetTest {

    private static final int PARENTS = 1500;

    @DialectTest
    void fifteenHundredParentsEachGetTheirOwnChildren(TestDialect dialect) {
        SqlLog log = new SqlLog();
        try (Sequelize sequelize = dialect.open(o -> o.logging(log))) {
            ModelStatic<Model> parents = sequelize.define("Parent", List.of(attribute("n", INTEGER)),
                    options().timestamps(false));
            ModelStatic<Model> children = sequelize.define("Child", List.of(attribute("label", STRING)),
                    options().timestamps(false));
            HasManyAssociation<Model, Model> kids = parents.hasMany(children, hasMany().as("kids").foreignKey("parentId"));
            HasOneAssociation<Model, Model> eldest = parents.hasOne(children, hasOne().as("eldest")
                    .foreignKey("eldestOfId"));
            BelongsToAssociation<Model, Model> parent = children.belongsTo(parents, belongsTo().as("parent")
                    .foreignKey("parentId"));
            sequelize.sync();

            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < PARENTS; i++) {
                rows.add(Map.of("n", i));
            }
            parents.bulkCreate(rows);
            List<Model> all = parents.findAll(query().order(asc("n")));
            assertEquals(PARENTS, all.size());
            List<Map<String, Object>> kidRows = new ArrayList<>();
            for (Model p : all) {
                int n = (Integer) p.get("n");
                // Parent n has n % 3 + 1 children; parents whose n is a multiple of 7 have none.
                int count = n % 7 == 0 ? 0 : n % 3 + 1;
                for (int k = 0; k < count; k++) {
                    Map<String, Object> kid = new java.util.HashMap<>(Map.of("label", n + "-" + k, "parentId", p.get("id")));
                    if (k == 0) {
                        kid.put("eldestOfId", p.get("id"));
                    }
                    kidRows.add(kid);
                }
            }
            children.bulkCreate(kidRows);

            int before = log.size();
            Map<Model, List<Model>> byParent = kids.get(all, query().order(asc("label")));
            long selects = log.since(before).stream().filter(m -> m.contains("SELECT")).count();
            assertEquals(2, selects, "one query per 1,000 parents: " + log.since(before).size() + " statements");

            assertEquals(PARENTS, byParent.size());
            int total = 0;
            for (Model p : all) {
                int n = (Integer) p.get("n");
                int count = n % 7 == 0 ? 0 : n % 3 + 1;
                List<Model> mine = byParent.get(p);
                List<Object> expected = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    expected.add(n + "-" + k);
                }
                assertEquals(expected, mine.stream().map(c -> c.get("label")).toList(), "children of parent " + n);
                for (Model c : mine) {
                    assertEquals(p.get("id"), c.get("parentId"));
                }
                total += mine.size();
            }
            assertEquals(kidRows.size(), total, "every child placed exactly once");

            Map<Model, Model> eldestOf = eldest.get(all, null);
            assertEquals(PARENTS, eldestOf.size());
            assertNull(eldestOf.get(all.get(0)), "parent 0 has no children");
            assertEquals("1499-0", eldestOf.get(all.get(PARENTS - 1)).get("label"));
            assertEquals("1000-0", eldestOf.get(all.get(1000)).get("label"), "the second chunk is read too");

            Map<Model, List<Model>> labelsOnly = kids.get(all.subList(0, 20), query().attributes("label"));
            assertEquals(List.of("1-0", "1-1"), labelsOnly.get(all.get(1)).stream().map(c -> c.get("label")).sorted()
                    .toList(), "the foreign key is read for the mapping even when not asked for");

            List<Model> allKids = children.findAll();
            Map<Model, Model> parentOf = parent.get(allKids, null);
            for (Model c : allKids) {
                assertEquals(c.get("parentId"), parentOf.get(c).get("id"));
                assertEquals(((String) c.get("label")).split("-")[0], String.valueOf(parentOf.get(c).get("n")));
            }
        }
    }

    @DialectTest
    void sharedTargetCarriesEachSourcesJoinRow(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("User", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> projects = sequelize.define("Project", List.of(attribute("name", STRING)),
                options().timestamps(false));
        ModelStatic<Model> memberships = sequelize.define("Membership", List.of(attribute("role", STRING)),
                options().timestamps(false));
        BelongsToManyAssociation<Model, Model> userProjects = users.belongsToMany(projects,
                belongsToMany().through(memberships).as("projects").inverse("members"));
        sequelize.sync();

        Model ada = users.create(Map.of("name", "Ada"));
        Model bob = users.create(Map.of("name", "Bob"));
        Model cid = users.create(Map.of("name", "Cid"));
        Model apollo = projects.create(Map.of("name", "Apollo"));
        Model gemini = projects.create(Map.of("name", "Gemini"));
        userProjects.add(ada, List.of(apollo), through(Map.of("role", "admin")));
        userProjects.add(bob, List.of(apollo), through(Map.of("role", "guest")));
        userProjects.add(bob, List.of(gemini), through(Map.of("role", "owner")));

        Map<Model, List<Model>> bySource = userProjects.get(List.of(ada, bob, cid), query().order(asc("name")));
        List<Model> adas = bySource.get(ada);
        List<Model> bobs = bySource.get(bob);
        assertEquals(List.of("Apollo"), adas.stream().map(p -> p.get("name")).toList());
        assertEquals(List.of("Apollo", "Gemini"), bobs.stream().map(p -> p.get("name")).toList());
        assertEquals(List.of(), bySource.get(cid));

        Model adasApollo = adas.get(0);
        Model bobsApollo = bobs.get(0);
        assertNotSame(adasApollo, bobsApollo, "each source gets its own copy");
        assertEquals(adasApollo.get("id"), bobsApollo.get("id"));
        Model adaRow = (Model) adasApollo.get("Membership");
        Model bobRow = (Model) bobsApollo.get("Membership");
        assertEquals("admin", adaRow.get("role"));
        assertEquals(ada.get("id"), adaRow.get("UserId"));
        assertEquals("guest", bobRow.get("role"));
        assertEquals(bob.get("id"), bobRow.get("UserId"));
        assertEquals("owner", ((Model) bobs.get(1).get("Membership")).get("role"));

        adasApollo.set("name", "changed in memory");
        assertEquals("Apollo", bobsApollo.get("name"), "the copies do not share state");

        BelongsToManyAssociation<Model, Model> members = projects.association("members");
        Map<Model, List<Model>> byProject = members.get(List.of(apollo, gemini), query().order(asc("name")));
        assertEquals(List.of("Ada", "Bob"), byProject.get(apollo).stream().map(u -> u.get("name")).toList());
        assertEquals(List.of("admin", "guest"), byProject.get(apollo).stream()
                .map(u -> ((Model) u.get("Membership")).get("role")).toList());
        assertSame(memberships, members.through());
    }
}
