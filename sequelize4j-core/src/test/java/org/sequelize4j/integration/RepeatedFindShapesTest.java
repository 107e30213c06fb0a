package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.asc;
import static org.sequelize4j.FindOptions.desc;
import static org.sequelize4j.FindOptions.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;

/**
 * Finders of a few shapes, interleaved, each repeated with new values: the SELECT text of a shape is
 * reused from its first rendering, so every later call must still return exactly the rows its own
 * values select, in its own order and page (a value bound at the wrong place would return others).
 */
class RepeatedFindShapesTest {

    private static final int ROWS = 40;

    @DialectTest
    void interleavedShapesReturnExactlyTheRowsTheirValuesSelect(Sequelize sequelize) {
        ModelStatic<Model> items = sequelize.define("item", List.of(attribute("label", STRING), attribute("rank", INTEGER)),
                ModelOptions.options().paranoid(true));
        sequelize.sync();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Map.of("label", (i % 2 == 0 ? "even" : "odd") + i, "rank", i));
        }
        items.bulkCreate(rows);
        // Deleted: the paranoid condition, part of every shape here, must keep it out.
        items.destroy(org.sequelize4j.DestroyOptions.where(Op.eq("rank", 7)));
        for (int round = 0; round < 3; round++) {
            for (int after = 0; after < ROWS; after += 3 + round) {
                int from = after;
                assertEquals(expected(IntStream.rangeClosed(from + 1, ROWS).filter(i -> i % 2 == 0), 5),
                        ranks(items.findAll(query().where(Op.and(Op.gt("rank", from), Op.like("label", "even%")))
                                .order(asc("rank")).limit(5))), "even page after " + from);
                assertEquals(expected(IntStream.rangeClosed(1, from).map(i -> from + 1 - i), 3),
                        ranks(items.findAll(query().where(Op.lte("rank", from)).order(desc("rank")).limit(3))),
                        "descending page up to " + from);
                assertEquals(expected(IntStream.of(from + 1, from + 2).filter(i -> i <= ROWS), 2),
                        ranks(items.findAll(query().where(Op.or(Op.eq("rank", from + 1), Op.eq("rank", from + 2)))
                                .order(asc("rank")))), "pair from " + from);
                int next = from + 1;
                assertEquals(expected(IntStream.of(next).filter(i -> i <= ROWS), 1),
                        ranks(items.findAll(query().where(Map.of("label", (next % 2 == 0 ? "even" : "odd") + next,
                                "rank", next)))), "by label and rank " + next);
            }
        }
    }

    /** The ranks a query should return: the deleted row left out, then the page taken. */
    private static List<Integer> expected(IntStream ranks, int limit) {
        return ranks.filter(i -> i != 7).limit(limit).boxed().toList();
    }

    private static List<Integer> ranks(List<Model> found) {
        return found.stream().map(m -> (Integer) m.get("rank")).toList();
    }
}
