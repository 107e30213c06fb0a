package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.DOUBLE;
import static org.sequelize4j.DataTypes.FLOAT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.SMALLINT;
import static org.sequelize4j.integration.TypeTesting.assertRejected;
import static org.sequelize4j.integration.TypeTesting.single;
import static org.sequelize4j.integration.TypeTesting.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DataType;
import org.sequelize4j.IncrementOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/**
 * Numbers that cannot be stored exactly are refused, never rounded, overflowed or turned into
 * Infinity or zero, and the table stays readable afterwards.
 */
class ExactNumbersTest {

    /** Either refused with a ValidationError or stored and read back exactly; never anything else. */
    private static void refusedOrExact(ModelStatic<Model> model, Object input, BigDecimal exact) {
        Model created;
        try {
            created = model.create(values("v", input));
        } catch (ValidationError refused) {
            assertEquals(0, model.count(), "a refused value must not be written");
            return;
        }
        BigDecimal read = (BigDecimal) model.findByPk(created.get("id")).get("v");
        assertEquals(0, exact.compareTo(read), input + " read back as " + read);
        model.findAll(); // every later read of the table still works
        model.destroy(org.sequelize4j.DestroyOptions.where(Op.and()));
    }

    @DialectTest
    void decimalsBeyondWhatTheDatabaseStoresAreRefused(Sequelize sequelize) {
        ModelStatic<Model> free = single(sequelize, DECIMAL);
        refusedOrExact(free, "1e400", new BigDecimal("1e400"));
        refusedOrExact(free, "-1e400", new BigDecimal("-1e400"));
        refusedOrExact(free, "1E-400", new BigDecimal("1E-400"));
        refusedOrExact(free, new BigDecimal("1e309"), new BigDecimal("1e309"));
        refusedOrExact(free, "1E-320", new BigDecimal("1E-320"));
        refusedOrExact(free, "12345678901234567890.5", new BigDecimal("12345678901234567890.5"));
        assertEquals(List.of(), free.findAll(), "nothing unreadable was committed");
        ModelStatic<Model> money = single(sequelize, DECIMAL(10, 2));
        assertRejected(money, "1e400");
        assertRejected(money, "1E-400");
        assertRejected(money, "12345678901");
        assertRejected(money, new BigDecimal("1.005"));
        TypeTesting.assertRoundTrip(money, "0", new BigDecimal("0.00"));
        TypeTesting.assertRoundTrip(money, "-0.50e1", new BigDecimal("-5.00"));
        TypeTesting.assertRoundTrip(money, "99999999.99", new BigDecimal("99999999.99"));
        ModelStatic<Model> fraction = single(sequelize, DECIMAL(2, 2));
        TypeTesting.assertRoundTrip(fraction, 0, new BigDecimal("0.00"));
        TypeTesting.assertRoundTrip(fraction, "0.99", new BigDecimal("0.99"));
        assertRejected(fraction, "1");
    }

    @DialectTest
    void doublesBeyondTheirRangeAreRefusedNotInfinityOrZero(Sequelize sequelize) {
        ModelStatic<Model> dbl = single(sequelize, DOUBLE);
        for (Object absurd : List.of("1e400", "-1e400", "1E-400", "-1e-400", new BigDecimal("1e400"),
                new BigDecimal("1E-400"), BigInteger.TEN.pow(400))) {
            ValidationError e = assertRejected(dbl, absurd);
            assertEquals("range", e.errors().get(0).validatorKey(), absurd + ": " + e.getMessage());
        }
        TypeTesting.assertRoundTrip(dbl, "0e-400", 0.0);
        TypeTesting.assertRoundTrip(dbl, "1.7976931348623157e308", Double.MAX_VALUE);
        TypeTesting.assertRoundTrip(dbl, new BigDecimal("0.1"), 0.1);
        ModelStatic<Model> flt = single(sequelize, FLOAT);
        assertRejected(flt, 1e-50);
        assertRejected(flt, "1e-50");
        assertRejected(flt, "1e39");
        TypeTesting.assertRoundTrip(flt, 0.0, 0.0f);
        assertEquals(0, dbl.count() - 3, "only the three exact values were written");
    }

    private static ModelStatic<Model> counter(Sequelize sequelize, DataType type, Object start) {
        ModelStatic<Model> model = single(sequelize, type);
        model.create(values("v", start));
        return model;
    }

    private static void assertIncrementRefused(ModelStatic<Model> model, Number by, Object unchanged) {
        Model row = model.findAll().get(0);
        SequelizeException e = assertThrows(SequelizeException.class, () -> row.increment("v", by));
        assertInstanceOf(ValidationError.class, e, e.getClass().getSimpleName() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("v"), e.getMessage());
        assertThrows(ValidationError.class, () -> model.increment(Map.of("v", by),
                IncrementOptions.where(Op.and())));
        assertEquals(unchanged, model.findAll().get(0).get("v"), "a refused increment changes nothing");
    }

    @DialectTest
    void incrementsPastTheTypesRangeAreRefused(Sequelize sequelize) {
        assertIncrementRefused(counter(sequelize, INTEGER, 2147483646), 5, 2147483646);
        assertIncrementRefused(counter(sequelize, INTEGER, 2147483646), 3_000_000_000L, 2147483646);
        assertIncrementRefused(counter(sequelize, INTEGER, -2147483647), -5, -2147483647);
        assertIncrementRefused(counter(sequelize, SMALLINT, 32760), 100, 32760);
        assertIncrementRefused(counter(sequelize, BIGINT, Long.MAX_VALUE - 1), 5, Long.MAX_VALUE - 1);
        assertIncrementRefused(counter(sequelize, DECIMAL(5, 2), "999.98"), 1, new BigDecimal("999.98"));
        ModelStatic<Model> ok = counter(sequelize, INTEGER, 2147483640);
        Model row = ok.findAll().get(0);
        row.increment("v", 7);
        assertEquals(2147483647, row.get("v"));
        row.decrement("v", 7);
        assertEquals(2147483640, ok.findAll().get(0).get("v"));
        ModelStatic<Model> money = counter(sequelize, DECIMAL(5, 2), "1.10");
        money.findAll().get(0).increment("v", new BigDecimal("0.2"));
        assertEquals(new BigDecimal("1.30"), money.findAll().get(0).get("v"));
    }

    @DialectTest
    void jsonNumbersThatADoubleCannotHoldStayExact(Sequelize sequelize) {
        ModelStatic<Model> json = single(sequelize, JSON);
        Map<String, Object> doc = values("exact", new BigDecimal("0.1000000000000000000001"), "half", 0.5,
                "big", new BigInteger("123456789012345678901234567890"), "huge", new BigDecimal("1e400"), "small", 7);
        Model created = json.create(values("v", doc));
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) json.findByPk(created.get("id")).get("v");
        assertEquals(0, new BigDecimal("0.1000000000000000000001").compareTo((BigDecimal) read.get("exact")), "" + read);
        assertEquals(0.5, read.get("half"), "a number a double holds exactly is read as a Double");
        assertEquals(new BigInteger("123456789012345678901234567890"), read.get("big"));
        assertEquals(0, new BigDecimal("1e400").compareTo((BigDecimal) read.get("huge")), "" + read);
        assertEquals(7, read.get("small"));
    }
}
