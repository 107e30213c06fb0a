package org.sequelize4j.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.NOW;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.ModelOptions.options;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Deferrable;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.References;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.Catalog;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** The {@code Foo} model of seed 003, attribute for attribute, and other details of the seed's examples. */
class SeedModelTest {

    @DialectTest
    void theSeedsFooModelWorksAsDocumented(Sequelize sequelize) {
        ModelStatic<Model> bar = sequelize.define("bar", List.of(attribute("name", STRING)));
        ModelStatic<Model> foo = sequelize.define("foo", List.of(
                attribute("flag", BOOLEAN).allowNull(false).defaultValue(true),
                attribute("myDate", DATE).defaultValue(NOW),
                attribute("title", STRING).allowNull(false),
                attribute("uniqueOne", STRING).unique("compositeIndex"),
                attribute("uniqueTwo", INTEGER).unique("compositeIndex"),
                attribute("someUnique", STRING).unique(true),
                attribute("identifier", STRING).primaryKey(true),
                attribute("incrementMe", INTEGER).autoIncrement(true),
                attribute("fieldWithUnderscores", STRING).field("field_with_underscores"),
                attribute("bar_id", INTEGER).references(References.model(bar).key("id")
                        .deferrable(Deferrable.INITIALLY_IMMEDIATE)),
                attribute("commentMe", INTEGER).comment("This is a column name that has a comment")));
        sequelize.sync();
        assertEquals(List.of("flag", "myDate", "title", "uniqueOne", "uniqueTwo", "someUnique", "identifier",
                "incrementMe", "field_with_underscores", "bar_id", "commentMe", "createdAt", "updatedAt"),
                List.copyOf(Catalog.columns(sequelize, "foos").keySet()));
        Model b = bar.create(Map.of("name", "b"));
        Model first = foo.create(Map.of("title", "one", "identifier", "A", "fieldWithUnderscores", "u",
                "bar_id", b.get("id")));
        assertEquals(true, first.get("flag"));
        assertTrue(first.get("myDate") instanceof Instant);
        assertNotNull(first.get("incrementMe"), "the generated value is read back");
        Model second = foo.create(Map.of("title", "two", "identifier", "B"));
        assertEquals((Integer) first.get("incrementMe") + 1, second.get("incrementMe"));
        Model found = foo.findByPk("A");
        assertEquals("u", found.get("fieldWithUnderscores"));
        assertEquals(first.get("incrementMe"), found.get("incrementMe"));
        ValidationError noTitle = assertThrows(ValidationError.class, () -> foo.create(Map.of("identifier", "C")));
        assertEquals("title", noTitle.errors().get(0).path());
        assertThrows(ForeignKeyConstraintError.class,
                () -> foo.create(Map.of("title", "x", "identifier", "D", "bar_id", 12345)));
        assertEquals(2, foo.count());
    }

    @DialectTest
    void decimalWithoutPrecisionNeverRoundsSilently(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> model = sequelize.define("price", List.of(attribute("v", DECIMAL)),
                options().timestamps(false));
        sequelize.sync();
        for (BigDecimal value : List.of(new BigDecimal("1.5"), new BigDecimal("12345678901.25"), new BigDecimal("7"))) {
            if (dialect == TestDialect.MARIADB && value.scale() > 0) {
                // MySQL's DECIMAL is DECIMAL(10,0): refused rather than rounded.
                ValidationError error = assertThrows(ValidationError.class, () -> model.create(Map.of("v", value)));
                assertEquals("v", error.errors().get(0).path());
                continue;
            }
            Model created = model.create(Map.of("v", value));
            Object read = model.findByPk(created.get("id")).get("v");
            assertEquals(0, value.compareTo((BigDecimal) read), value + " read back as " + read);
        }
        assertEquals(dialect == TestDialect.MARIADB ? 1 : 3, model.count());
    }

    @DialectTest
    void datesKeepTheirInstantInAnotherTimeZone(TestDialect dialect) {
        try (Sequelize sequelize = dialect.open(o -> o.timezone("+05:30"))) {
            ModelStatic<Model> model = sequelize.define("event", List.of(attribute("at", DATE)),
                    options().timestamps(false));
            sequelize.sync();
            Instant instant = Instant.parse("2024-01-01T00:00:00.123Z");
            Model e = model.create(Map.of("at", instant));
            assertEquals(instant, model.findByPk(e.get("id")).get("at"));
            Model local = model.create(Map.of("at", LocalDateTime.of(2024, 1, 1, 5, 30)));
            assertEquals(Instant.parse("2024-01-01T00:00:00Z"), model.findByPk(local.get("id")).get("at"),
                    "a LocalDateTime is read in the configured time zone");
            assertEquals(2, model.count(org.sequelize4j.FindOptions.query().where(org.sequelize4j.Op.lt("at",
                    LocalDateTime.of(2024, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).plusSeconds(1)))));
        }
    }

    @DialectTest
    void tinyTextIsLimitedWhereTheColumnIs(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> model = sequelize.define("note", List.of(attribute("v", TEXT("tiny"))),
                options().timestamps(false));
        sequelize.sync();
        String big = "x".repeat(300);
        if (dialect == TestDialect.MARIADB) {
            ValidationError error = assertThrows(ValidationError.class, () -> model.create(Map.of("v", big)));
            assertEquals("v", error.errors().get(0).path());
        } else {
            assertEquals(big, model.findByPk(model.create(Map.of("v", big)).get("id")).get("v"));
        }
    }
}
