package org.sequelize4j.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSONB;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.IndexOptions.index;
import static org.sequelize4j.ModelOptions.options;

import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.annotations.Attribute;
import org.sequelize4j.annotations.AutoIncrement;
import org.sequelize4j.annotations.PrimaryKey;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Definitions that cannot work fail when the model is defined, naming the model and the attribute at fault. */
class DefinitionErrorsTest {

    private static DefinitionError assertDefinitionError(Executable define, String model, String attribute,
                                                         String... words) {
        DefinitionError error = assertThrows(DefinitionError.class, define);
        assertEquals(model, error.model(), error.getMessage());
        assertEquals(attribute, error.attribute(), error.getMessage());
        assertTrue(error.getMessage().contains("'" + model + "'"), error.getMessage());
        if (attribute != null) {
            assertTrue(error.getMessage().contains("'" + attribute + "'"), error.getMessage());
        }
        for (String word : words) {
            assertTrue(error.getMessage().contains(word), "'" + word + "' in: " + error.getMessage());
        }
        return error;
    }

    private static void define(Sequelize sequelize, String model, ModelOptions options, AttributeOptions... attributes) {
        sequelize.define(model, List.of(attributes), options);
    }

    @DialectTest
    void badAttributesAreNamed(Sequelize sequelize) {
        assertDefinitionError(() -> define(sequelize, "a", options(),
                attribute("one", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("two", INTEGER).primaryKey(true).autoIncrement(true)), "a", "two", "autoIncrement");
        assertDefinitionError(() -> define(sequelize, "b", options(),
                attribute("one", INTEGER).primaryKey(true).autoIncrement(true), attribute("two", INTEGER).primaryKey(true)),
                "b", "one", "composite");
        assertDefinitionError(() -> define(sequelize, "c", options(), attribute("", STRING)), "c", "", "empty");
        assertDefinitionError(() -> define(sequelize, "d", options(), attribute("a.b", STRING)), "d", "a.b", "'.'");
        assertDefinitionError(() -> define(sequelize, "e", options(), attribute("x", STRING).field("col"),
                attribute("y", STRING).field("col")), "e", "y", "'col'", "'x'");
        assertDefinitionError(() -> define(sequelize, "f", options().timestamps(false), attribute("createdAt", STRING),
                attribute("created", STRING).field("createdAt")), "f", "created", "'createdAt'");
        assertDefinitionError(() -> define(sequelize, "g", options(), attribute("id", INTEGER), attribute("n", STRING)),
                "g", "id", "primaryKey");
        assertDefinitionError(() -> define(sequelize, "h", options(), attribute("n", STRING),
                attribute("n", INTEGER)), "h", "n", "twice");
        assertDefinitionError(() -> define(sequelize, "i", options(), attribute("n", STRING).autoIncrement(true)),
                "i", "n", "integer");
        assertDefinitionError(() -> define(sequelize, "j", options(), attribute("n", INTEGER).defaultValue("abc")),
                "j", "n", "abc");
        assertDefinitionError(() -> define(sequelize, "k", options(), attribute("n", STRING).onDelete("CASCADE")),
                "k", "n", "references");
        assertFalse(sequelize.isDefined("a"), "a failed definition registers nothing");
        define(sequelize, "a", options(), attribute("one", INTEGER));
        assertTrue(sequelize.isDefined("a"));
    }

    @DialectTest
    void badModelOptionsAreNamed(Sequelize sequelize) {
        assertDefinitionError(() -> define(sequelize, "p", options().timestamps(false).paranoid(true),
                attribute("n", STRING)), "p", null, "paranoid", "timestamps");
        assertDefinitionError(() -> define(sequelize, "q", options().paranoid(true).deletedAt(false),
                attribute("n", STRING)), "q", null, "deletedAt");
        assertDefinitionError(() -> define(sequelize, "r", options().indexes(index("n", "missing")),
                attribute("n", STRING)), "r", "missing", "index");
        assertDefinitionError(() -> define(sequelize, "s", options().indexes(index("n").name("dup"), index("m").name("dup")),
                attribute("n", STRING), attribute("m", STRING)), "s", null, "'dup'");
        assertDefinitionError(() -> define(sequelize, "t", options().version(true), attribute("version", STRING)),
                "t", "version", "integer");
        assertDefinitionError(() -> define(sequelize, "u", options().createdAt("made"), attribute("made", INTEGER)),
                "u", "made", "DATE");
        define(sequelize, "dupe", options(), attribute("n", STRING));
        define(sequelize, "dupe", options(), attribute("m", STRING)); // as in Sequelize, the second replaces the first
        assertTrue(sequelize.model("dupe").attributes().containsKey("m"));
        assertFalse(sequelize.model("dupe").attributes().containsKey("n"));
    }

    @DialectTest
    void typesTheDialectLacksAreRefusedAtDefinition(Sequelize sequelize, TestDialect dialect) {
        if (dialect == TestDialect.POSTGRES) {
            define(sequelize, "doc", options(), attribute("data", JSONB));
            return;
        }
        assertDefinitionError(() -> define(sequelize, "doc", options(), attribute("data", JSONB)), "doc", "data",
                "JSONB", dialect.key());
    }

    public static class BadType extends Model {
        @Attribute(type = "STRNG(10)") public String name;
    }

    public static class TwoGeneratedKeys extends Model {
        @PrimaryKey @AutoIncrement public Integer a;
        @PrimaryKey @AutoIncrement public Integer b;
    }

    public static class Unmappable extends Model {
        public Thread thread;
    }

    public static class MismatchedField extends Model {
        @Attribute(type = "STRING") public Integer title;
    }

    public static class WrongTemporalField extends Model {
        @Attribute(type = "DATEONLY") public java.time.Instant birthday;
    }

    /** A class whose fields the define() style binds by name: the field must suit the declared type. */
    public static class Bound extends Model {
        public boolean active;
    }

    @DialectTest
    void badAnnotatedClassesAreNamed(Sequelize sequelize) {
        assertDefinitionError(() -> sequelize.define(BadType.class), "BadType", "name", "STRNG");
        assertDefinitionError(() -> sequelize.define(TwoGeneratedKeys.class), "TwoGeneratedKeys", "b", "autoIncrement");
        assertDefinitionError(() -> sequelize.define(Unmappable.class), "Unmappable", "thread", "java.lang.Thread");
    }

    @DialectTest
    void aFieldThatCannotHoldTheAttributesValuesFailsAtDefinition(Sequelize sequelize) {
        assertDefinitionError(() -> sequelize.define(MismatchedField.class), "MismatchedField", "title",
                "java.lang.Integer", "STRING");
        assertDefinitionError(() -> sequelize.define(WrongTemporalField.class), "WrongTemporalField", "birthday",
                "java.time.Instant", "DATEONLY");
        assertDefinitionError(() -> sequelize.define(Bound.class, List.of(attribute("active", STRING)), options()),
                "Bound", "active", "boolean");
        sequelize.define(Bound.class, List.of(attribute("active", org.sequelize4j.DataTypes.BOOLEAN)), options());
    }

    @DialectTest
    void unknownTypeNameInTheBuilderIsADefinitionError(Sequelize sequelize) {
        assertDefinitionError(() -> define(sequelize, "v", options(), attribute("title", "STRNG")), "v", "title",
                "STRNG");
    }

    @DialectTest
    void indexesTheDialectCannotCreateFailAtDefinition(Sequelize sequelize) {
        ModelOptions partial = options().indexes(index("name").name("named_only").where(org.sequelize4j.Op.isNotNull("name")));
        if (sequelize.dialect().capabilities().partialIndexes()) {
            define(sequelize, "p", partial, attribute("name", STRING));
        } else {
            assertDefinitionError(() -> define(sequelize, "p", partial, attribute("name", STRING)), "p", null,
                    "partial");
        }
        assertDefinitionError(() -> define(sequelize, "q", options().indexes(index("name").using("NOPE")),
                attribute("name", STRING)), "q", null, "NOPE");
    }
}
