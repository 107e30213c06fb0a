package org.sequelize4j.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.ModelOptions.options;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;

/**
 * {@code previous} and {@code changed} give Sequelize's answers, on an instance that is built and not
 * saved yet as well as after it is saved, found and changed.
 */
class PreviousAndChangedTest {

    private static ModelStatic<Model> tasks(Sequelize sequelize) {
        ModelStatic<Model> tasks = sequelize.define("task", List.of(attribute("title", STRING),
                attribute("status", STRING).defaultValue("draft"), attribute("priority", INTEGER).defaultValue(3)));
        sequelize.sync();
        return tasks;
    }

    @DialectTest
    void aBuiltInstanceReportsWhatItWasGivenAgainstItsDefaults(Sequelize sequelize) {
        Model task = tasks(sequelize).build(Map.of("title", "Write", "status", "live"));

        assertEquals(List.of("title", "status"), task.changed(), "the given values, not the defaults");
        assertTrue(task.isChanged());
        assertFalse(task.changed("priority"), "a default alone is no change");
        assertEquals("draft", task.previous("status"), "the default it replaced");
        assertNull(task.previous("title"), "no default: nothing before");
        assertNull(task.previous("priority"), "not changed: no previous value yet");
        Map<String, Object> previous = new HashMap<>();
        previous.put("title", null);
        previous.put("status", "draft");
        assertEquals(previous, task.previous());

        task.set("priority", 5);
        assertEquals(3, task.previous("priority"));
        assertEquals(List.of("title", "status", "priority"), task.changed());
    }

    @DialectTest
    void aBuiltInstanceGivenOnlyItsDefaultsHasNotChanged(Sequelize sequelize) {
        Model task = tasks(sequelize).build(Map.of("status", "draft"));
        assertEquals(List.of(), task.changed());
        assertFalse(task.isChanged());
        assertEquals(Map.of(), task.previous());
        assertNull(task.previous("status"));
    }

    @DialectTest
    void savingMakesTheSavedValuesThePreviousOnes(Sequelize sequelize) {
        ModelStatic<Model> tasks = tasks(sequelize);
        Model task = tasks.build(Map.of("title", "Write"));
        task.save();
        assertFalse(task.isChanged());
        assertEquals(List.of(), task.changed());
        assertEquals("Write", task.previous("title"));
        assertEquals(3, task.previous("priority"));

        Model found = tasks.findByPk(task.get("id"));
        assertFalse(found.isChanged());
        found.set("title", "Edit");
        found.set("status", "live");
        assertEquals(List.of("title", "status"), found.changed());
        Map<String, Object> previous = new LinkedHashMap<>();
        previous.put("title", "Write");
        previous.put("status", "draft");
        assertEquals(previous, found.previous());
        found.set("status", "draft");
        assertEquals(List.of("title"), found.changed(), "a value set back to the stored one is no change");
        found.save();
        assertEquals("Edit", tasks.findByPk(task.get("id")).get("title"));
        assertFalse(found.isChanged());
    }
}
