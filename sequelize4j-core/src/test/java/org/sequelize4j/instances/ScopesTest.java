package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.gt;
import static org.sequelize4j.Op.gte;

import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.ScopeCall;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.ScopeError;
import org.sequelize4j.testing.DialectTest;

class ScopesTest {

    private ModelStatic<Model> projects(Sequelize sequelize) {
        ModelStatic<Model> projects = sequelize.define("project", List.of(
                attribute("name", STRING), attribute("active", BOOLEAN), attribute("stars", INTEGER),
                attribute("secret", STRING)),
                ModelOptions.options()
                        .defaultScope(query().where(eq("active", true)).attributesExclude("secret"))
                        .scope("popular", query().where(gte("stars", 10)).order(desc("stars")))
                        .scope("named", query().order(asc("name")))
                        .scope("starsAbove", args -> query().where(gt("stars", args[0]))));
        sequelize.sync();
        projects.unscoped().bulkCreate(List.of(
                Map.of("name", "a", "active", true, "stars", 5, "secret", "s"),
                Map.of("name", "b", "active", true, "stars", 50, "secret", "s"),
                Map.of("name", "c", "active", false, "stars", 100, "secret", "s"),
                Map.of("name", "d", "active", true, "stars", 20, "secret", "s")));
        return projects;
    }

    private static List<Object> names(List<Model> rows) {
        return rows.stream().map(r -> r.get("name")).toList();
    }

    @DialectTest
    void defaultScopeAppliesUnlessUnscoped(Sequelize sequelize) {
        ModelStatic<Model> projects = projects(sequelize);
        assertEquals(3, projects.count());
        assertEquals(4, projects.unscoped().count());
        Model a = projects.findOne(query().where(eq("name", "a")));
        assertNull(a.get("secret"));
        assertEquals("s", projects.unscoped().findOne(query().where(eq("name", "a"))).get("secret"));
        // The user's where is ANDed with the scope's.
        assertEquals(List.of("a"), names(projects.findAll(query().where(Op.in("name", "a", "c")))));
    }

    @DialectTest
    void namedScopesReplaceTheDefaultAndCombine(Sequelize sequelize) {
        ModelStatic<Model> projects = projects(sequelize);
        assertEquals(List.of("c", "b", "d"), names(projects.scope("popular").findAll()));
        assertEquals(List.of("b", "d"), names(projects.scope("defaultScope", "popular").findAll()));
        assertEquals(List.of("b", "d"), names(projects.scope("defaultScope", "popular", "named")
                .findAll(query().order(asc("name")))));
        assertEquals(List.of("c"), names(projects.scope(ScopeCall.of("starsAbove", 60)).findAll()));
        assertEquals(List.of("b"), names(projects.scope("defaultScope", ScopeCall.of("starsAbove", 30)).findAll()));
        assertThrows(ScopeError.class, () -> projects.scope("nope"));
    }

    @DialectTest
    void defaultScopeRestrictsUpdateAndDestroy(Sequelize sequelize) {
        ModelStatic<Model> projects = projects(sequelize);
        assertEquals(3, projects.update(Map.of("stars", 0), UpdateOptions.where(Op.and())).count());
        assertEquals(100, projects.unscoped().findOne(query().where(eq("name", "c"))).get("stars"));
        assertEquals(3, projects.destroy(DestroyOptions.where(Op.and())));
        assertEquals(1, projects.unscoped().count());
    }
}
