package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.in;
import static org.sequelize4j.Op.notIn;
import static org.sequelize4j.QueryOptions.queryOptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.testing.DialectTest;

/**
 * IN lists longer than a dialect's bind-parameter limit (SQLite 32,766 by default, 250,000 as sqlite-jdbc
 * builds it; PostgreSQL 65,535; MariaDB its packet) work in finds, updates and destroys on every dialect:
 * one array parameter on PostgreSQL, one JSON parameter on SQLite, the list itself on MariaDB.
 */
class LongInListTest {

    private static ModelStatic<Model> users(Sequelize sequelize) {
        ModelStatic<Model> users = sequelize.define("user", List.of(attribute("name", STRING),
                attribute("active", BOOLEAN), attribute("seenAt", DATE)));
        sequelize.sync();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(Map.of("name", "u" + i, "active", i % 2 == 0, "seenAt", Instant.ofEpochSecond(1_700_000_000L + i)));
        }
        users.bulkCreate(rows);
        return users;
    }

    /** {@code count} ids that match no row, then the given real ones. */
    private static List<Object> ids(int count, Object... real) {
        List<Object> ids = new ArrayList<>(count + real.length);
        for (int i = 0; i < count; i++) {
            ids.add(1_000_000 + i);
        }
        ids.addAll(List.of(real));
        return ids;
    }

    @DialectTest
    void findAllCountUpdateAndDestroyWith70000Ids(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        List<Object> listOf70000Ids = ids(70_000, 2, 4, 6);
        assertEquals(3, users.findAll(query().where(in("id", listOf70000Ids))).size());
        assertEquals(3, users.count(query().where(in("id", listOf70000Ids))));
        assertEquals(7, users.count(query().where(notIn("id", listOf70000Ids))));
        assertEquals(1, users.count(query().where(Op.and(in("id", listOf70000Ids), Op.eq("name", "u4")))));
        assertEquals(3, users.update(Map.of("name", "renamed"), UpdateOptions.where(in("id", listOf70000Ids))).count());
        assertEquals(3, users.count(query().where(Op.eq("name", "renamed"))));
        assertEquals(3, users.destroy(DestroyOptions.where(in("id", listOf70000Ids))));
        assertEquals(7, users.count(query()));
        assertEquals(7, users.destroy(DestroyOptions.where(notIn("id", ids(70_000, 999)))));
        assertEquals(0, users.count(query()));
    }

    @DialectTest
    void listsBeyondEveryLimitOfOtherTypes(Sequelize sequelize) {
        ModelStatic<Model> users = users(sequelize);
        // Beyond sqlite-jdbc's 250,000 parameters.
        assertEquals(2, users.count(query().where(in("id", ids(300_000, 1, 10)))));
        List<Object> names = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            names.add("nobody-" + i);
        }
        names.add("u3");
        names.add(null);
        assertEquals(1, users.count(query().where(in("name", names))));
        // NOT IN a list holding NULL matches nothing, in every form.
        assertEquals(0, users.count(query().where(notIn("name", names))));
        List<Object> flags = new ArrayList<>();
        List<Object> times = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            flags.add(Boolean.TRUE);
            times.add(Instant.ofEpochSecond(1_600_000_000L + i));
        }
        times.add(Instant.ofEpochSecond(1_700_000_005L));
        assertEquals(5, users.count(query().where(in("active", flags))));
        assertEquals(1, users.count(query().where(in("seenAt", times))));
        assertEquals(10, users.update(Map.of("active", false), UpdateOptions.where(notIn("seenAt", times.subList(0,
                40_000)))).count());
    }

    @DialectTest
    void rawListReplacementsBeyondTheLimitAreTypedErrors(Sequelize sequelize) {
        users(sequelize);
        List<Object> ids = ids(300_000, 1);
        try {
            assertEquals(1, ((Number) sequelize.query("SELECT COUNT(*) AS n FROM users WHERE id IN (:ids)",
                    queryOptions().replacements(Map.of("ids", ids))).first().get("n")).intValue());
        } catch (QueryError e) {
            // One parameter per value: refused by the library, before the driver sees it.
            assertEquals(true, ids.size() > sequelize.dialect().maxBoundParameters(), e.getMessage());
        }
    }

    /**
     * Not an assertion: the time of an IN list of bound parameters against one array parameter
     * ({@code = ANY(?)}) where the dialect has arrays, printed to the test log.
     */
    @DialectTest
    void arrayFormAgainstListFormTiming(Sequelize sequelize) {
        if (!sequelize.dialect().capabilities().arrays()) {
            return;
        }
        ModelStatic<Model> users = users(sequelize);
        for (int size : new int[] {1_000, 10_000, 16_000}) {
            List<Object> ids = ids(size, 3);
            long list = Long.MAX_VALUE;
            long array = Long.MAX_VALUE;
            for (int round = 0; round < 7; round++) {
                long start = System.nanoTime();
                assertEquals(1, users.count(query().where(in("id", ids))));
                list = Math.min(list, System.nanoTime() - start);
                start = System.nanoTime();
                assertEquals(1, users.count(query().where(Op.eq("id", Op.any(ids)))));
                array = Math.min(array, System.nanoTime() - start);
            }
            System.out.printf("IN-LIST TIMING %s: %,d ids: list of parameters %.2f ms, one array parameter %.2f ms%n",
                    sequelize.dialect().name(), size, list / 1e6, array / 1e6);
        }
        // Near the 65,535 limit the list form exists only as a raw query's list replacement.
        List<Object> ids = ids(60_000, 3);
        long list = Long.MAX_VALUE;
        long array = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            assertEquals(1, ((Number) sequelize.query("SELECT COUNT(*) AS n FROM users WHERE id IN (:ids)",
                    queryOptions().replacements(Map.of("ids", ids))).first().get("n")).intValue());
            list = Math.min(list, System.nanoTime() - start);
            start = System.nanoTime();
            assertEquals(1, users.count(query().where(in("id", ids))));
            array = Math.min(array, System.nanoTime() - start);
        }
        System.out.printf("IN-LIST TIMING %s: %,d ids: list of parameters (raw) %.2f ms, one array parameter %.2f ms%n",
                sequelize.dialect().name(), ids.size(), list / 1e6, array / 1e6);
    }
}
