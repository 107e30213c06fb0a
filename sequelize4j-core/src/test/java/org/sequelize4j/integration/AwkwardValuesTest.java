package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DATEONLY;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.DOUBLE;
import static org.sequelize4j.DataTypes.FLOAT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.UpdateOptions.where;
import static org.sequelize4j.integration.TypeTesting.assertNamesV;
import static org.sequelize4j.integration.TypeTesting.assertRejected;
import static org.sequelize4j.integration.TypeTesting.assertRoundTrip;
import static org.sequelize4j.integration.TypeTesting.single;
import static org.sequelize4j.integration.TypeTesting.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/**
 * The "awkward input" table of dialect-facts.md: values the databases would store differently,
 * corrupt or refuse with different errors. Each gives a ValidationError naming the attribute before
 * any SQL is sent (so nothing is written), the same on every dialect, unless the value can be stored
 * faithfully.
 */
class AwkwardValuesTest {

    @DialectTest
    void textThatNoDatabaseStoresFaithfullyIsRejected(Sequelize sequelize) {
        ModelStatic<Model> text = single(sequelize, STRING(10));
        assertRejected(text, "a\u0000b");
        assertRejected(text, "x\uD800y");
        assertRejected(text, "x\uDC00");
        assertRejected(text, "abcdefghijk");
        assertRoundTrip(text, "😀".repeat(10)); // 10 characters even though 20 UTF-16 units
        assertRejected(text, "😀".repeat(11));
        ModelStatic<Model> longText = single(sequelize, TEXT);
        assertRejected(longText, "nul\u0000");
        assertRoundTrip(longText, "x".repeat(70_000));
    }

    @DialectTest
    void integersOutsideTheDeclaredRangeAreRejected(Sequelize sequelize) {
        ModelStatic<Model> integer = single(sequelize, INTEGER);
        assertRejected(integer, 2147483648L);
        assertRejected(integer, -2147483649L);
        assertRejected(integer, "");
        assertRejected(integer, "abc");
        assertRejected(integer, "12abc");
        assertRejected(integer, 1.5);
        ModelStatic<Model> big = single(sequelize, BIGINT);
        assertRejected(big, new BigDecimal("9223372036854775808"));
        assertRejected(big, BigInteger.ONE.shiftLeft(63));
        assertRejected(big, 9.3e18);
    }

    @DialectTest
    void booleansAcceptOnlyBooleanText(Sequelize sequelize) {
        ModelStatic<Model> flag = single(sequelize, BOOLEAN);
        assertRejected(flag, "");
        assertRejected(flag, "abc");
        assertRejected(flag, "yes please");
        assertRejected(flag, 0.5);
        assertRoundTrip(flag, " FALSE ", false);
    }

    @DialectTest
    void nonFiniteFloatsOnlyWhereTheDatabaseHasThem(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> dbl = single(sequelize, DOUBLE);
        ModelStatic<Model> flt = single(sequelize, FLOAT);
        if (dialect == TestDialect.POSTGRES) {
            assertRoundTrip(dbl, Double.NaN);
            assertRoundTrip(dbl, Double.POSITIVE_INFINITY);
            assertRoundTrip(dbl, Double.NEGATIVE_INFINITY);
            assertRoundTrip(flt, Float.NaN);
        } else {
            assertRejected(dbl, Double.NaN);
            assertRejected(dbl, Double.POSITIVE_INFINITY);
            assertRejected(dbl, Double.NEGATIVE_INFINITY);
            assertRejected(flt, Float.NaN);
            assertRejected(dbl, "NaN");
        }
        assertRejected(flt, 1e39);
        assertRejected(dbl, "1.5x");
    }

    @DialectTest
    void datesOutsideTheDatabaseRangeAreRejected(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> date = single(sequelize, DATE);
        ModelStatic<Model> day = single(sequelize, DATEONLY);
        Instant year10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toInstant(java.time.ZoneOffset.UTC);
        Instant bc = LocalDateTime.of(-2024, 1, 1, 12, 0).toInstant(java.time.ZoneOffset.UTC);
        if (dialect == TestDialect.POSTGRES) {
            assertRoundTrip(date, year10000);
            assertRoundTrip(date, bc);
            assertRoundTrip(day, LocalDate.of(10000, 1, 1));
            assertRoundTrip(day, LocalDate.of(-2024, 1, 1));
        } else {
            assertRejected(date, year10000);
            assertRejected(date, bc);
            assertRejected(date, LocalDateTime.of(-2024, 1, 1, 12, 0));
            assertRejected(day, LocalDate.of(10000, 1, 1));
            assertRejected(day, LocalDate.of(-2024, 1, 1));
            assertRejected(day, LocalDate.of(0, 1, 1));
        }
        if (dialect == TestDialect.MARIADB) {
            assertRejected(date, Instant.parse("0999-12-31T23:59:59Z"));
            assertRejected(day, LocalDate.of(999, 12, 31));
        }
        assertRejected(date, "2020-02-30T10:00:00Z");
        assertRejected(date, "yesterday");
        assertRejected(day, "2021-02-29");
    }

    @DialectTest
    void decimalsAreNeverRounded(Sequelize sequelize) {
        ModelStatic<Model> money = single(sequelize, DECIMAL(10, 2));
        assertRejected(money, new BigDecimal("1.005"));
        assertRejected(money, 1.005);
        ValidationError sameEverywhere = assertRejected(money, 0.1 + 0.2);
        assertEquals("v 0.30000000000000004 has more than 2 decimal places; DECIMAL(10,2) would round it",
                sameEverywhere.errors().get(0).message());
        assertRejected(money, "1.005");
        assertRejected(money, new BigDecimal("123456789.99"));
        assertRejected(money, "abc");
        assertRejected(money, Double.NaN);
        assertRoundTrip(money, new BigDecimal("1.0100"), new BigDecimal("1.01"));
        assertRoundTrip(money, new BigDecimal("99999999.99"));
    }

    @DialectTest
    void stringsIntoJsonAreJsonStrings(Sequelize sequelize) {
        ModelStatic<Model> json = single(sequelize, JSON);
        assertRoundTrip(json, "{\"a\": 1");
        assertRoundTrip(json, "{\"a\": 1}"); // still a string: the ORM never parses text given for JSON
        assertRoundTrip(json, "");
        assertRoundTrip(json, "null");
    }

    @DialectTest
    void jsonDocumentsWithMalformedTextAreRejected(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> json = single(sequelize, dialect == TestDialect.POSTGRES ? org.sequelize4j.DataTypes.JSONB : JSON);
        assertRejected(json, "x\uD800y");
        assertRejected(json, Map.of("k", List.of("ok", "x\uDC00")));
        assertRejected(json, Map.of("bad\uD800key", 1));
        assertRejected(json, Map.of("k", "nul\u0000"));
        assertRejected(json, Map.of("n", Double.NaN));
        assertRejected(json, List.of(1, Float.POSITIVE_INFINITY));
        assertRoundTrip(json, Map.of("emoji", "😀", "escaped", "\u0001\t\n"));
    }

    @DialectTest
    void valuesLargerThanMariaDbsPacketAreRefusedBeforeSending(Sequelize sequelize, TestDialect dialect) {
        if (dialect != TestDialect.MARIADB) {
            return; // PostgreSQL and SQLite store 20 MB values; not repeated here to keep the suite fast
        }
        int packet = ((Number) org.sequelize4j.testing.Catalog.jdbc(sequelize, "SELECT @@max_allowed_packet AS p")
                .get(0).get("p")).intValue(); // 16 MB by default
        ModelStatic<Model> text = single(sequelize, TEXT);
        ModelStatic<Model> blob = single(sequelize, org.sequelize4j.DataTypes.BLOB);
        assertRejected(text, "x".repeat(packet + 1));
        assertRejected(blob, new byte[packet + 1]);
        assertRoundTrip(text, "still connected"); // the connection was not killed by an oversized packet
        assertRoundTrip(blob, new byte[1_000_000]);

        // Two values that fit one by one but not together in one statement.
        ModelStatic<Model> pair = sequelize.define("pair", List.of(attribute("a", TEXT), attribute("b", TEXT)),
                ModelOptions.options().timestamps(false));
        pair.sync();
        String nine = "y".repeat(packet / 10 * 6); // each fits, both together do not
        ValidationError tooBig = assertThrows(ValidationError.class, () -> pair.create(values("a", nine, "b", nine)));
        assertTrue(tooBig.getMessage().contains("max_allowed_packet"), tooBig.getMessage());
        assertEquals(0, pair.count(), "the connection still works and nothing was written");
    }

    @DialectTest
    void rejectedUpdatesWriteNothing(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("row", List.of(attribute("v", INTEGER), attribute("s", STRING(5))),
                ModelOptions.options().timestamps(false));
        model.sync();
        Model row = model.create(values("v", 1, "s", "ok"));

        row.set("v", 2147483648L);
        ValidationError error = assertThrows(ValidationError.class, row::save);
        assertNamesV(error);
        assertEquals(1, model.findByPk(row.get("id")).get("v"));

        row.set("v", 5);
        row.set("s", "toolong");
        error = assertThrows(ValidationError.class, row::save);
        assertEquals("s", error.errors().get(0).path());
        assertEquals(1, model.findByPk(row.get("id")).get("v"), "no column of a rejected save is written");

        error = assertThrows(ValidationError.class, () -> model.update(Map.of("v", "abc"), where(Op.eq("id", row.get("id")))));
        assertNamesV(error);
        assertEquals(1, model.findByPk(row.get("id")).get("v"));
    }

    @DialectTest
    void bulkCreateChecksEveryRowBeforeWritingAny(Sequelize sequelize) {
        ModelStatic<Model> model = single(sequelize, STRING(3));
        ValidationError error = assertThrows(ValidationError.class, () -> model.bulkCreate(List.of(
                values("v", "ok"), values("v", "fine"), values("v", "a\u0000")), BulkCreateOptions.bulkCreateOptions()));
        assertTrue(error.errors().size() >= 2, "both bad rows are reported: " + error.errors());
        error.errors().forEach(item -> assertEquals("v", item.path()));
        assertEquals(0, model.count());
    }
}
