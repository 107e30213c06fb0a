package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;

import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.testing.DialectTest;

/**
 * The static {@code update} returns the rows it changed, as Sequelize's {@code [count, rows]}, with
 * {@code returning(true)} (read again by key where the database has no RETURNING) and with
 * {@code individualHooks(true)}; without either, only the count.
 */
class UpdateReturningTest {

    private static ModelStatic<Model> tickets(Sequelize sequelize) {
        ModelStatic<Model> tickets = sequelize.define("ticket", List.of(attribute("title", STRING),
                attribute("status", STRING), attribute("code", STRING).unique(true), attribute("points", INTEGER)));
        sequelize.sync();
        tickets.create(Map.of("title", "a", "status", "open", "code", "A", "points", 1));
        tickets.create(Map.of("title", "b", "status", "open", "code", "B", "points", 2));
        tickets.create(Map.of("title", "c", "status", "closed", "code", "C", "points", 3));
        return tickets;
    }

    private static List<String> titles(List<Model> rows) {
        return rows.stream().map(m -> m.get("title") + ":" + m.get("status")).sorted().toList();
    }

    @DialectTest
    void returningGivesTheChangedRowsAsTheyAreNow(Sequelize sequelize) {
        ModelStatic<Model> tickets = tickets(sequelize);
        // The update makes the rows stop matching the where: they are still the ones returned.
        var result = tickets.update(Map.of("status", "closed"), UpdateOptions.where(Op.eq("status", "open")).returning(true));
        assertEquals(2, result.count());
        assertEquals(List.of("a:closed", "b:closed"), titles(result.rows()));
        Model first = result.rows().stream().filter(m -> m.get("title").equals("a")).findFirst().orElseThrow();
        assertEquals(1, first.get("points"), "every column, not only the updated ones");
        assertEquals(tickets.findByPk(first.get("id")).get("updatedAt"), first.get("updatedAt"));
        assertEquals(List.of(), first.changed(), "read from the database: nothing unsaved");
    }

    @DialectTest
    void returningWithNothingMatchedIsEmpty(Sequelize sequelize) {
        ModelStatic<Model> tickets = tickets(sequelize);
        var result = tickets.update(Map.of("status", "x"), UpdateOptions.where(Op.eq("status", "none")).returning(true));
        assertEquals(0, result.count());
        assertEquals(List.of(), result.rows());
    }

    @DialectTest
    void withoutReturningOrIndividualHooksOnlyTheCount(Sequelize sequelize) {
        ModelStatic<Model> tickets = tickets(sequelize);
        var result = tickets.update(Map.of("points", 9), UpdateOptions.where(Op.eq("status", "open")));
        assertEquals(2, result.count());
        assertEquals(List.of(), result.rows());
    }

    @DialectTest
    void individualHooksGiveTheSavedInstances(Sequelize sequelize) {
        ModelStatic<Model> tickets = tickets(sequelize);
        tickets.addHook(HookType.BEFORE_UPDATE, event -> event.instance().set("title",
                event.instance().get("title") + "!"));
        var result = tickets.update(Map.of("status", "done"), UpdateOptions.where(Op.eq("status", "open"))
                .individualHooks(true));
        assertEquals(2, result.count());
        assertEquals(List.of("a!:done", "b!:done"), titles(result.rows()), "what the hooks wrote too");
        assertEquals(List.of("a!:done", "b!:done"), titles(tickets.findAll(FindOptions.query().where(
                Op.eq("status", "done")))));
    }

    @DialectTest
    void returningInsideATransactionIsUndoneWithIt(Sequelize sequelize) {
        ModelStatic<Model> tickets = tickets(sequelize);
        List<Model> seen = new java.util.ArrayList<>();
        assertThrows(IllegalStateException.class, () -> sequelize.transaction(t -> {
            seen.addAll(tickets.update(Map.of("points", 0), UpdateOptions.where(Op.gte("points", 2)).returning(true)
                    .transaction(t)).rows());
            throw new IllegalStateException("roll back");
        }));
        assertEquals(List.of(0, 0), seen.stream().map(m -> m.get("points")).toList());
        assertEquals(2, tickets.count(FindOptions.query().where(Op.gte("points", 2))), "rolled back");
    }

    @DialectTest
    void aRefusedReturningUpdateChangesNothing(Sequelize sequelize) {
        ModelStatic<Model> tickets = tickets(sequelize);
        UniqueConstraintError e = assertThrows(UniqueConstraintError.class, () -> tickets.update(Map.of("code", "C"),
                UpdateOptions.where(Op.eq("title", "a")).returning(true)));
        assertEquals("C", e.fields().get("code"), e.getMessage());
        assertEquals("A", tickets.findOne(FindOptions.query().where(Op.eq("title", "a"))).get("code"));
    }
}
