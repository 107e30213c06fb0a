package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.DOUBLE;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.FLOAT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.integration.TypeTesting.single;
import static org.sequelize4j.integration.TypeTesting.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;

/**
 * Absurd numbers (a million-digit exponent, 300,000 digits) are refused cheaply, before any big
 * arithmetic, with a typed error whose message quotes at most 100 characters of the value. Timings
 * are printed, not asserted.
 */
class AbsurdInputTest {

    private static final String HUGE_EXPONENT = "1E+10000000";
    private static final String MANY_DIGITS = "9".repeat(300_000);

    private static <E extends SequelizeException> E refusedShortly(Class<E> type, String what, Runnable action) {
        long start = System.nanoTime();
        E e = assertThrows(type, action::run, what);
        System.out.printf("AbsurdInputTest: %s refused in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        assertTrue(e.getMessage().length() < 400, what + ": message of " + e.getMessage().length() + " characters");
        return e;
    }

    private static void createRefused(ModelStatic<Model> model, Object value) {
        String what = model.definition().attribute("v").type() + " <- " + Quoted.of(value);
        refusedShortly(ValidationError.class, "create " + what, () -> model.create(values("v", value)));
        refusedShortly(ValidationError.class, "bulkCreate " + what, () -> model.bulkCreate(List.of(values("v", value))));
        refusedShortly(ValidationError.class, "update " + what, () -> model.update(values("v", value),
                UpdateOptions.where(Op.and())));
        refusedShortly(ValidationError.class, "upsert " + what, () -> model.upsert(values("id", 1, "v", value)));
        refusedShortly(QueryError.class, "where " + what, () -> model.findAll(FindOptions.query().where(Map.of("v", value))));
        assertEquals(0, model.count(), what + ": nothing was written");
    }

    @DialectTest
    void hugeDecimalsAreRefusedCheaply(Sequelize sequelize) {
        for (ModelStatic<Model> model : List.of(single(sequelize, DECIMAL), single(sequelize, DECIMAL(10, 2)),
                single(sequelize, DECIMAL(65, 30)))) {
            createRefused(model, HUGE_EXPONENT);
            createRefused(model, "-" + HUGE_EXPONENT);
            createRefused(model, "1E-10000000");
            createRefused(model, new BigDecimal(HUGE_EXPONENT));
            createRefused(model, MANY_DIGITS);
            createRefused(model, "0." + "0".repeat(300_000) + "1");
        }
    }

    @DialectTest
    void hugeIntegersAreRefusedCheaply(Sequelize sequelize) {
        BigInteger hugeInteger = BigInteger.TEN.pow(300_000);
        for (ModelStatic<Model> model : List.of(single(sequelize, INTEGER), single(sequelize, BIGINT))) {
            createRefused(model, MANY_DIGITS);
            createRefused(model, "-" + MANY_DIGITS);
            createRefused(model, HUGE_EXPONENT.replace("E+", "e"));
            createRefused(model, new BigDecimal(HUGE_EXPONENT));
            createRefused(model, new BigDecimal("1E-10000000"));
            createRefused(model, hugeInteger);
        }
        ModelStatic<Model> leadingZeros = single(sequelize, INTEGER);
        leadingZeros.create(values("v", "0".repeat(300_000) + "42"));
        assertEquals(42, leadingZeros.findAll().get(0).get("v"));
    }

    @DialectTest
    void hugeFloatsAndTextAreRefusedWithShortMessages(Sequelize sequelize) {
        for (ModelStatic<Model> model : List.of(single(sequelize, DOUBLE), single(sequelize, FLOAT))) {
            createRefused(model, HUGE_EXPONENT);
            createRefused(model, MANY_DIGITS);
            createRefused(model, new BigDecimal(HUGE_EXPONENT));
        }
        createRefused(single(sequelize, ENUM("a", "b")), "x".repeat(1_000_000));
        ModelStatic<Model> json = single(sequelize, JSON);
        refusedShortly(ValidationError.class, "JSON 1E+10000000",
                () -> json.create(values("v", Map.of("n", new BigDecimal(HUGE_EXPONENT)))));
    }

    /** Values as the test names them: long text cut short. */
    private static final class Quoted {
        static String of(Object value) {
            Supplier<String> text = () -> value instanceof BigInteger ? "10^300000" : String.valueOf(value);
            String s = text.get();
            return s.length() > 30 ? s.substring(0, 30) + "… (" + s.length() + " chars)" : s;
        }
    }
}
