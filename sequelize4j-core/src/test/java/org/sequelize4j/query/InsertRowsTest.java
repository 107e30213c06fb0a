package org.sequelize4j.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The flat rows of a bulk insert: slices see exactly their rows' values, and nothing is copied. */
class InsertRowsTest {

    private static InsertRows threeRowsOfTwo() {
        return new InsertRows(new Object[] {"a", 1, "b", 2, "c", 3}, 2, 0, 3);
    }

    @Test
    void slicesBindTheirOwnRowsInOrder() {
        InsertRows all = threeRowsOfTwo();
        assertEquals(List.of("a", 1, "b", 2, "c", 3), all.asList());
        InsertRows middle = all.slice(1, 2);
        assertEquals(List.of("b", 2), middle.asList());
        assertEquals("b", middle.get(0, 0));
        assertEquals(2, middle.get(0, 1));
        InsertRows lastTwo = all.slice(1, 3);
        assertEquals(List.of("b", 2, "c", 3), lastTwo.asList());
        assertEquals(List.of("c", 3), lastTwo.slice(1, 2).asList());
    }

    @Test
    void aSliceIsAViewOfTheArray() {
        Object[] values = {"a", 1, "b", 2};
        InsertRows second = new InsertRows(values, 2, 0, 2).slice(1, 2);
        values[2] = "changed";
        assertEquals(List.of("changed", 2), second.asList());
    }

    @Test
    void rowsFromSeparateArraysAndSingleRows() {
        InsertRows copied = InsertRows.of(List.of(new Object[] {"x", 9}, new Object[] {"y", 8}), 2);
        assertEquals(List.of("x", 9, "y", 8), copied.asList());
        assertEquals(List.of("z", 7), InsertRows.single(new Object[] {"z", 7}).asList());
    }

    @Test
    void rowsThatDoNotFitTheArrayAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new InsertRows(new Object[4], 2, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new InsertRows(new Object[4], -1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> threeRowsOfTwo().slice(2, 4));
    }
}
