package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.Validators.len;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/**
 * The static updates whose where is one equality ({@code where(Map.of("id", id))}) have a statement
 * planned once per shape and reused. Each case here runs such an update many times, so the later calls
 * take the kept plan, and checks what the general path would have done: the rows changed, the stamp,
 * the paranoid filter, the errors, hooks and scopes added after plans were kept.
 */
class KeyedUpdatesTest {

    private static ModelStatic<Model> people(Sequelize sequelize, ModelOptions options) {
        ModelStatic<Model> people = sequelize.define("person", List.of(
                attribute("name", STRING).allowNull(false),
                attribute("email", STRING).unique(true),
                attribute("nick", STRING).validate(len(2, 10)),
                attribute("score", INTEGER)), options);
        sequelize.sync();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(Map.of("name", "P" + i, "email", "p" + i + "@example.com", "score", i));
        }
        people.bulkCreate(rows);
        return people;
    }

    private static Map<Integer, Model> byId(ModelStatic<Model> people) {
        Map<Integer, Model> rows = new HashMap<>();
        for (Model row : people.findAll(FindOptions.query().paranoid(false))) {
            rows.put(((Number) row.get("id")).intValue(), row);
        }
        return rows;
    }

    @DialectTest
    void repeatedUpdatesByKeyChangeOnlyTheirRowAndStampIt(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize, ModelOptions.options());
        // Every row's stamp set far back first, so a stamp the updates write is told apart from it
        // even when they run within the millisecond of the insert.
        Instant past = Instant.parse("2001-02-03T04:05:06Z");
        people.update(Map.of("updatedAt", past), UpdateOptions.where(Op.gt("id", 0)));
        Instant before = Instant.now().minusSeconds(5);
        for (int round = 1; round <= 3; round++) {
            for (int id = 1; id <= 20; id += 2) {
                // Integer, Long and text keys: each class is a shape of its own, coerced alike.
                Object key = round == 1 ? (Object) id : round == 2 ? (Object) (long) id : String.valueOf(id);
                assertEquals(1, people.update(Map.of("name", "R" + round + "-" + id), UpdateOptions.where(Map.of("id", key)))
                        .count());
            }
        }
        Map<Integer, Model> rows = byId(people);
        for (int id = 1; id <= 20; id++) {
            Model row = rows.get(id);
            if (id % 2 == 1) {
                assertEquals("R3-" + id, row.get("name"));
                assertTrue(((Instant) row.get("updatedAt")).isAfter(before), "row " + id + " was stamped");
            } else {
                assertEquals("P" + id, row.get("name"), "row " + id + " is untouched");
                assertEquals(past, row.get("updatedAt"), "row " + id + " keeps its stamp");
            }
        }
        // Matching another attribute, several values, and a key matching nothing.
        for (int i = 0; i < 5; i++) {
            assertEquals(1, people.update(Map.of("score", 100 + i, "nick", "n" + i),
                    UpdateOptions.where(Map.of("email", "p4@example.com"))).count());
        }
        assertEquals(100 + 4, byId(people).get(4).get("score"));
        assertEquals("n4", byId(people).get(4).get("nick"));
        assertEquals(0, people.update(Map.of("name", "nobody"), UpdateOptions.where(Map.of("id", 999))).count());
    }

    @DialectTest
    void silentUpdatesKeepTheStampAndExplicitStampsAreWritten(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize, ModelOptions.options());
        Object stamp = byId(people).get(3).get("updatedAt");
        for (int i = 0; i < 3; i++) {
            people.update(Map.of("name", "quiet" + i), UpdateOptions.where(Map.of("id", 3)).silent(true));
        }
        assertEquals(stamp, byId(people).get(3).get("updatedAt"));
        assertEquals("quiet2", byId(people).get(3).get("name"));
        Instant chosen = Instant.parse("2020-01-02T03:04:05Z");
        for (int i = 0; i < 3; i++) {
            people.update(Map.of("updatedAt", chosen, "name", "set" + i), UpdateOptions.where(Map.of("id", 3)));
        }
        assertEquals(chosen, byId(people).get(3).get("updatedAt"));
    }

    @DialectTest
    void theParanoidFilterHoldsOnEveryCallAndCanBeLifted(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize, ModelOptions.options().paranoid(true));
        people.destroy(DestroyOptions.where(Op.eq("id", 5)));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, people.update(Map.of("name", "ghost" + i), UpdateOptions.where(Map.of("id", 5))).count());
            assertEquals(1, people.update(Map.of("name", "alive" + i), UpdateOptions.where(Map.of("id", 6))).count());
        }
        assertEquals("P5", byId(people).get(5).get("name"));
        for (int i = 0; i < 3; i++) {
            assertEquals(1, people.update(Map.of("name", "raised" + i), UpdateOptions.where(Map.of("id", 5)).paranoid(false))
                    .count());
        }
        assertEquals("raised2", byId(people).get(5).get("name"));
    }

    @DialectTest
    void badValuesAfterAKeptPlanFailAsOnTheFirstCallAndWriteNothing(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize, ModelOptions.options());
        for (int i = 0; i < 3; i++) {
            people.update(Map.of("name", "ok" + i), UpdateOptions.where(Map.of("id", 7)));
        }
        Map<String, Object> nullName = new HashMap<>();
        nullName.put("name", null);
        ValidationError notNull = assertThrows(ValidationError.class,
                () -> people.update(nullName, UpdateOptions.where(Map.of("id", 7))));
        assertEquals("name", notNull.errors().get(0).path());
        assertThrows(ValidationError.class, () -> people.update(Map.of("score", "many"), UpdateOptions.where(Map.of("id", 7))));
        // A validator on a set attribute runs on every call.
        for (int i = 0; i < 2; i++) {
            ValidationError tooLong = assertThrows(ValidationError.class,
                    () -> people.update(Map.of("nick", "far-too-long-a-nickname"), UpdateOptions.where(Map.of("id", 7))));
            assertEquals("nick", tooLong.errors().get(0).path());
        }
        assertThrows(org.sequelize4j.errors.QueryError.class,
                () -> people.update(Map.of("nope", 1), UpdateOptions.where(Map.of("id", 7))));
        assertThrows(org.sequelize4j.errors.UniqueConstraintError.class,
                () -> people.update(Map.of("email", "p8@example.com"), UpdateOptions.where(Map.of("id", 7))));
        Model row = byId(people).get(7);
        assertEquals("ok2", row.get("name"));
        assertEquals(7, ((Number) row.get("score")).intValue());
        assertNull(row.get("nick"));
        // A where value that is null matches IS NULL, not a kept "= ?": every row but the one with a nick.
        people.update(Map.of("nick", "ab"), UpdateOptions.where(Map.of("id", 1)));
        for (int i = 0; i < 2; i++) {
            Map<String, Object> nullNick = new HashMap<>();
            nullNick.put("nick", null);
            assertEquals(19, people.update(Map.of("score", 0), UpdateOptions.where(nullNick)).count());
        }
    }

    @DialectTest
    void hooksAddedAfterPlansWereKeptAndScopesAreHonoured(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize, ModelOptions.options()
                .scope("low", FindOptions.query().where(Op.lt("score", 10))));
        for (int i = 0; i < 3; i++) {
            people.update(Map.of("name", "plain" + i), UpdateOptions.where(Map.of("id", 9)));
        }
        AtomicInteger bulkHooks = new AtomicInteger();
        people.addHook(HookType.BEFORE_BULK_UPDATE, "count", event -> {
            bulkHooks.incrementAndGet();
            event.values().put("name", "hooked");
        });
        people.update(Map.of("name", "mine"), UpdateOptions.where(Map.of("id", 9)));
        assertEquals(1, bulkHooks.get());
        assertEquals("hooked", byId(people).get(9).get("name"));
        people.removeHook(HookType.BEFORE_BULK_UPDATE, "count");
        people.update(Map.of("name", "mine"), UpdateOptions.where(Map.of("id", 9)));
        assertEquals(1, bulkHooks.get());
        assertEquals("mine", byId(people).get(9).get("name"));

        for (int i = 0; i < 3; i++) {
            assertEquals(0, people.scope("low").update(Map.of("name", "scoped"), UpdateOptions.where(Map.of("id", 15)))
                    .count(), "the scope keeps row 15 out");
            assertEquals(1, people.scope("low").update(Map.of("name", "scoped" + i), UpdateOptions.where(Map.of("id", 2)))
                    .count());
        }
        assertEquals("P15", byId(people).get(15).get("name"));
        assertEquals("scoped2", byId(people).get(2).get("name"));
    }

    @DialectTest
    void versionedModelsStillBumpTheVersionAndManyShapesStayApart(Sequelize sequelize) {
        ModelStatic<Model> people = people(sequelize, ModelOptions.options().version(true));
        for (int i = 0; i < 3; i++) {
            people.update(Map.of("name", "v" + i), UpdateOptions.where(Map.of("id", 11)));
        }
        assertEquals(3, ((Number) byId(people).get(11).get("version")).intValue());
        // More shapes than a model keeps plans for, interleaved: each still writes its own columns.
        String[] columns = {"name", "nick", "score", "email"};
        for (int round = 0; round < 3; round++) {
            for (int mask = 1; mask < 16; mask++) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int c = 0; c < columns.length; c++) {
                    if ((mask & 1 << c) != 0) {
                        values.put(columns[c], columns[c].equals("score") ? (Object) (mask * 10 + round)
                                : columns[c].equals("email") ? "m" + mask + "r" + round + "@example.com"
                                : "m" + mask + "r" + round);
                    }
                }
                assertEquals(1, people.update(values, UpdateOptions.where(Map.of("id", 12))).count());
                Model row = byId(people).get(12);
                for (Map.Entry<String, Object> e : values.entrySet()) {
                    assertEquals(e.getValue(), row.get(e.getKey()), "shape " + mask + " round " + round);
                }
            }
        }
    }
}
