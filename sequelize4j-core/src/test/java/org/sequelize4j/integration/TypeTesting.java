package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;

/** Helpers shared by the data-type tests: one-attribute models, round trips, catalog reads. */
final class TypeTesting {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TypeTesting() {
    }

    /** A model {@code thingN} with an automatic id and one attribute {@code v}, synced. */
    static ModelStatic<Model> single(Sequelize sequelize, DataType type) {
        return single(sequelize, AttributeOptions.attribute("v", type));
    }

    /** A model with an automatic id and the given attribute, synced. */
    static ModelStatic<Model> single(Sequelize sequelize, AttributeOptions attribute) {
        ModelStatic<Model> model = sequelize.define("thing" + COUNTER.incrementAndGet(), List.of(attribute),
                ModelOptions.options().timestamps(false));
        model.sync();
        return model;
    }

    /** A map allowing null values. */
    static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * Writes {@code input} into attribute {@code v} and checks that the created instance, the row read by
     * findByPk and the instance after reload all hold {@code expected}, of exactly its class.
     */
    static void assertRoundTrip(ModelStatic<Model> model, Object input, Object expected) {
        Model created = model.create(values("v", input));
        String what = model.definition().attribute("v").type() + " <- " + describe(input);
        assertSame(what + " (created instance)", expected, created.get("v"));
        Model found = model.findByPk(created.get("id"));
        assertNotNull(found, what + ": row not found");
        assertSame(what + " (findByPk)", expected, found.get("v"));
        created.set("v", null);
        created.reload();
        assertSame(what + " (reload)", expected, created.get("v"));
        assertTrue(created.changed().isEmpty(), what + ": reloaded instance reports changes " + created.changed());
    }

    /** {@link #assertRoundTrip(ModelStatic, Object, Object)} with the input expected back unchanged. */
    static void assertRoundTrip(ModelStatic<Model> model, Object value) {
        assertRoundTrip(model, value, value);
    }

    private static String describe(Object value) {
        if (value instanceof byte[]) {
            return "byte[" + ((byte[]) value).length + "]";
        }
        String text = String.valueOf(value);
        return (text.length() > 60 ? text.substring(0, 60) + "..." : text)
                + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")");
    }

    static void assertSame(String what, Object expected, Object actual) {
        if (expected == null) {
            assertEquals(null, actual, what);
            return;
        }
        assertNotNull(actual, what + ": got null");
        if (expected instanceof byte[]) {
            assertTrue(actual instanceof byte[], what + ": expected byte[] but got " + actual.getClass().getName());
            assertArrayEquals((byte[]) expected, (byte[]) actual, what);
            return;
        }
        if (!(expected instanceof Map) && !(expected instanceof List)) {
            assertEquals(expected.getClass(), actual.getClass(), what + ": class of " + actual);
        }
        assertEquals(expected, actual, what);
    }

    /**
     * Expects creating a row with {@code v = input} to fail with a ValidationError whose items name
     * attribute {@code v}, and nothing to be written.
     */
    static ValidationError assertRejected(ModelStatic<Model> model, Object input) {
        long before = model.count();
        ValidationError error = assertThrows(ValidationError.class, () -> model.create(values("v", input)),
                () -> model.definition().attribute("v").type() + " accepted " + describe(input));
        assertNamesV(error);
        assertEquals(before, model.count(), "a row was written despite the ValidationError for " + describe(input));
        return error;
    }

    static void assertNamesV(ValidationError error) {
        List<ValidationErrorItem> items = error.errors();
        assertEquals(1, items.size(), "items: " + items);
        assertEquals("v", items.get(0).path(), "item: " + items.get(0));
        assertTrue(items.get(0).message().contains("v"), "message names the attribute: " + items.get(0).message());
    }
}
