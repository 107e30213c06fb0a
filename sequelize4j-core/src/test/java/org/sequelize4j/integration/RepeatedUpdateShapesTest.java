package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.FindOptions.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.testing.DialectTest;

/**
 * Static updates of a few shapes, interleaved, each shape repeated with new values: the text of a
 * shape is reused from its first rendering, so every later update must still change exactly the rows
 * its own values select, to its own values (a value bound at the wrong place would change another
 * row, or none).
 */
class RepeatedUpdateShapesTest {

    private static final int ROWS = 30;

    @DialectTest
    void interleavedShapesChangeExactlyTheRowsTheirValuesSelect(Sequelize sequelize) {
        ModelStatic<Model> items = sequelize.define("item", List.of(attribute("label", STRING), attribute("rank", INTEGER),
                attribute("note", STRING)), ModelOptions.options().paranoid(true));
        sequelize.sync();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(Map.of("label", "L" + i, "rank", i));
        }
        items.bulkCreate(rows);
        // A deleted row that the paranoid condition (part of every shape here) must keep out.
        items.destroy(org.sequelize4j.DestroyOptions.where(Op.eq("rank", ROWS)));
        for (int round = 1; round <= 3; round++) {
            for (int i = 1; i < ROWS; i++) {
                String note = "r" + round + "i" + i;
                switch (i % 3) {
                    case 0:
                        assertEquals(1, items.update(Map.of("note", note), UpdateOptions.where(Map.of("rank", i))).count());
                        break;
                    case 1:
                        assertEquals(1, items.update(Map.of("note", note, "label", "L" + i),
                                UpdateOptions.where(Op.and(Op.eq("label", "L" + i), Op.gte("rank", i), Op.lt("rank", i + 1))))
                                .count());
                        break;
                    default:
                        assertEquals(1, items.update(Map.of("note", note),
                                UpdateOptions.where(Op.or(Op.eq("rank", i), Op.eq("label", "none" + round)))).count());
                        break;
                }
            }
            for (Model item : items.findAll(query().order(org.sequelize4j.FindOptions.asc("rank")))) {
                int rank = (Integer) item.get("rank");
                assertEquals("r" + round + "i" + rank, item.get("note"), "row " + rank + " after round " + round);
                assertEquals("L" + rank, item.get("label"));
            }
        }
        assertEquals(0, items.update(Map.of("note", "x"), UpdateOptions.where(Map.of("rank", ROWS))).count(),
                "the deleted row stays out");
    }
}
