package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.Op.not;
import static org.sequelize4j.Op.or;

import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.IncrementOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.testing.DialectTest;

/** A null where never widens to every row, negative limits are refused, and deep nesting is a typed error. */
class HostileConditionsTest {

    @DialectTest
    void aNullWhereIsRefusedRatherThanMatchingEveryRow(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
        sequelize.sync();
        users.create(Map.of("name", "Ada"));
        users.create(Map.of("name", "Bob"));
        assertThrows(QueryError.class, () -> users.findOne(query().where((Condition) null)));
        assertThrows(QueryError.class, () -> users.findAll(query().where((Condition) null)));
        assertThrows(QueryError.class, () -> users.update(Map.of("name", "x"), UpdateOptions.where((Condition) null)));
        assertThrows(QueryError.class, () -> users.destroy(DestroyOptions.where((Condition) null)));
        assertThrows(QueryError.class, () -> users.increment(Map.of("id", 1), IncrementOptions.where((Condition) null)));
        assertEquals(2, users.count(), "nothing was changed or deleted");
        assertEquals(2, users.destroy(DestroyOptions.where(Op.and())), "Op.and() says every row on purpose");
    }

    @DialectTest
    void negativeLimitsAreRefusedBeforeAnySql(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
        sequelize.sync();
        users.create(Map.of("name", "Ada"));
        assertThrows(IllegalArgumentException.class, () -> DestroyOptions.where(eq("name", "Ada")).limit(-1));
        assertThrows(IllegalArgumentException.class, () -> UpdateOptions.where(eq("name", "Ada")).limit(-1));
        assertThrows(IllegalArgumentException.class, () -> query().offset(-1));
        assertEquals(1, users.count());
    }

    @DialectTest
    void conditionsNestedPastTheLimitAreATypedError(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING)));
        sequelize.sync();
        Condition deep = eq("name", "Ada");
        for (int i = 0; i < 2_000; i++) {
            deep = i % 2 == 0 ? not(deep) : or(deep, eq("name", "x" + i));
        }
        Condition tooDeep = deep;
        QueryError error = assertThrows(QueryError.class, () -> users.findAll(query().where(tooDeep)));
        assertTrue(error.getMessage().contains("levels deep"), error.getMessage());
        Condition fine = eq("name", "Ada");
        for (int i = 0; i < 100; i++) {
            fine = or(fine, eq("name", "x" + i));
        }
        assertEquals(0, users.count(query().where(fine)), "a hundred levels are fine");
    }
}
