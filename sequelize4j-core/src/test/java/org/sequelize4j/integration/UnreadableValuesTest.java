package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DATEONLY;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TIME;
import static org.sequelize4j.DataTypes.UUID;
import static org.sequelize4j.integration.TypeTesting.single;
import static org.sequelize4j.integration.TypeTesting.values;

import java.time.Instant;
import java.util.List;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.UnreadableValueError;
import org.sequelize4j.testing.DialectTest;

/**
 * A value the library cannot read exactly never becomes null (or a wrapped or rounded number): it is
 * read when its meaning is unambiguous (epoch milliseconds in a SQLite DATE column) and otherwise fails
 * with an {@link UnreadableValueError} naming the model, the attribute and the value.
 */
class UnreadableValuesTest {

    /**
     * Writes {@code sqlValue} into column {@code v} of the model's only row behind the library's back, as
     * another program would. False when the database itself refuses it (its column is typed).
     */
    private static boolean writeBehindTheLibrary(Sequelize sequelize, ModelStatic<Model> model, String sqlValue) {
        model.create(values("v", null));
        String table = sequelize.dialect().quoteIdentifier(model.definition().tableName());
        try {
            sequelize.query("UPDATE " + table + " SET " + sequelize.dialect().quoteIdentifier("v") + " = " + sqlValue);
            return true;
        } catch (DatabaseError typedColumn) {
            return false;
        }
    }

    private static void assertUnreadable(ModelStatic<Model> model, String value) {
        UnreadableValueError e = assertThrows(UnreadableValueError.class, model::findAll);
        assertEquals(model.name(), e.model());
        assertEquals("v", e.attribute());
        assertEquals(value, String.valueOf(e.value()));
        assertTrue(e.getMessage().contains(model.name() + ".v") && e.getMessage().contains(value), e.getMessage());
    }

    @DialectTest
    void epochMillisecondsInADateColumnAreReadNotNull(Sequelize sequelize) {
        ModelStatic<Model> model = single(sequelize, AttributeOptions.attribute("v", DATE).allowNull(true));
        if (!writeBehindTheLibrary(sequelize, model, "1700000000123")) {
            return; // the database keeps dates typed: no integer can be in the column
        }
        Object stored = sequelize.query("SELECT " + sequelize.dialect().quoteIdentifier("v") + " FROM "
                + sequelize.dialect().quoteIdentifier(model.tableName())).first().get("v");
        if (!(stored instanceof Number)) {
            // The database turned the number into a date of its own (MariaDB: 0170-00-00 00:01:23):
            // whatever it made, it is read or refused by name, never null.
            try {
                assertTrue(model.findAll().get(0).get("v") != null, "read as null");
            } catch (UnreadableValueError e) {
                assertUnreadable(model, String.valueOf(e.value()));
            }
            return;
        }
        Model row = model.findAll().get(0);
        assertEquals(Instant.ofEpochMilli(1_700_000_000_123L), row.get("v"));
        row.set("v", row.get("v"));
        assertEquals(List.of(), row.changed(), "an epoch value read is not rewritten by the next save");
        sequelize.query("UPDATE " + sequelize.dialect().quoteIdentifier(model.definition().tableName())
                + " SET " + sequelize.dialect().quoteIdentifier("v") + " = -1000");
        assertEquals(Instant.ofEpochSecond(-1), model.findAll().get(0).get("v"));
    }

    @DialectTest
    void textThatIsNoValueOfTheTypeFailsWithATypedError(Sequelize sequelize) {
        for (DataType type : List.of(DATE, DATEONLY, TIME, DECIMAL(10, 2), UUID)) {
            ModelStatic<Model> model = single(sequelize, AttributeOptions.attribute("v", type).allowNull(true));
            if (writeBehindTheLibrary(sequelize, model, "'not a value'")) {
                assertUnreadable(model, "not a value");
            }
        }
        ModelStatic<Model> money = single(sequelize, AttributeOptions.attribute("v", DECIMAL(10, 2)).allowNull(true));
        if (writeBehindTheLibrary(sequelize, money, "9e999")) {
            assertUnreadable(money, "Inf"); // a REAL beyond the double range, as SQLite stores 9e999
        }
        ModelStatic<Model> rounded = single(sequelize, AttributeOptions.attribute("v", DECIMAL(10, 2)).allowNull(true));
        if (writeBehindTheLibrary(sequelize, rounded, "'1.005'")) {
            Object stored = sequelize.query("SELECT " + sequelize.dialect().quoteIdentifier("v") + " FROM "
                    + sequelize.dialect().quoteIdentifier(rounded.tableName())).first().get("v");
            if (new java.math.BigDecimal(String.valueOf(stored)).compareTo(new java.math.BigDecimal("1.005")) == 0) {
                assertUnreadable(rounded, "1.005"); // kept as written: reading must not round it
            } else {
                assertEquals(new java.math.BigDecimal("1.01"), rounded.findAll().get(0).get("v")); // the database rounded
            }
        }
    }

    @DialectTest
    void anIntegerWiderThanTheAttributeIsRefusedNotWrapped(Sequelize sequelize) {
        ModelStatic<Model> wide = sequelize.define("counter", List.of(AttributeOptions.attribute("v", BIGINT)),
                ModelOptions.options().timestamps(false).tableName("counters"));
        wide.sync();
        wide.create(values("v", 2_147_483_651L));
        ModelStatic<Model> narrow = sequelize.define("narrowCounter", List.of(AttributeOptions.attribute("v", INTEGER)),
                ModelOptions.options().timestamps(false).tableName("counters"));
        assertUnreadable(narrow, "2147483651");
        ModelStatic<Model> text = single(sequelize, STRING(5));
        text.create(values("v", "ok"));
        assertEquals("ok", text.findAll().get(0).get("v"));
    }

    /**
     * SQLite keeps text in a numeric column when it does not look like a number (type affinity): it is
     * refused by name, never read as 0 or false. So is a fraction in an integer column, which would
     * otherwise be cut to its whole part.
     */
    @DialectTest
    void textInANumericColumnFailsWithATypedErrorNotZero(Sequelize sequelize) {
        for (DataType type : List.of(INTEGER, BIGINT, org.sequelize4j.DataTypes.SMALLINT, org.sequelize4j.DataTypes.FLOAT,
                org.sequelize4j.DataTypes.DOUBLE, org.sequelize4j.DataTypes.BOOLEAN)) {
            ModelStatic<Model> model = single(sequelize, AttributeOptions.attribute("v", type).allowNull(true));
            if (writeBehindTheLibrary(sequelize, model, "'not a value'")) {
                assertUnreadable(model, "not a value");
            }
        }
        for (DataType type : List.of(INTEGER, BIGINT)) {
            ModelStatic<Model> model = single(sequelize, AttributeOptions.attribute("v", type).allowNull(true));
            if (writeBehindTheLibrary(sequelize, model, "2.5")) {
                Object stored = sequelize.query("SELECT " + sequelize.dialect().quoteIdentifier("v") + " FROM "
                        + sequelize.dialect().quoteIdentifier(model.tableName())).first().get("v");
                if (stored instanceof Double) {
                    assertUnreadable(model, "2.5"); // kept as a REAL: reading must not cut it to 2
                }
            }
        }
    }
}
