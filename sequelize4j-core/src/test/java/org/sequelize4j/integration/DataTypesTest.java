package org.sequelize4j.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.ARRAY;
import static org.sequelize4j.DataTypes.BIGINT;
import static org.sequelize4j.DataTypes.BLOB;
import static org.sequelize4j.DataTypes.BOOLEAN;
import static org.sequelize4j.DataTypes.CHAR;
import static org.sequelize4j.DataTypes.CITEXT;
import static org.sequelize4j.DataTypes.DATE;
import static org.sequelize4j.DataTypes.DATEONLY;
import static org.sequelize4j.DataTypes.DECIMAL;
import static org.sequelize4j.DataTypes.DOUBLE;
import static org.sequelize4j.DataTypes.ENUM;
import static org.sequelize4j.DataTypes.FLOAT;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.JSON;
import static org.sequelize4j.DataTypes.JSONB;
import static org.sequelize4j.DataTypes.MEDIUMINT;
import static org.sequelize4j.DataTypes.NOW;
import static org.sequelize4j.DataTypes.REAL;
import static org.sequelize4j.DataTypes.SMALLINT;
import static org.sequelize4j.DataTypes.STRING;
import static org.sequelize4j.DataTypes.TEXT;
import static org.sequelize4j.DataTypes.TIME;
import static org.sequelize4j.DataTypes.TINYINT;
import static org.sequelize4j.DataTypes.UUID;
import static org.sequelize4j.DataTypes.UUIDV1;
import static org.sequelize4j.DataTypes.UUIDV4;
import static org.sequelize4j.DataTypes.VIRTUAL;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.Op.eq;
import static org.sequelize4j.integration.TypeTesting.assertRejected;
import static org.sequelize4j.integration.TypeTesting.assertRoundTrip;
import static org.sequelize4j.integration.TypeTesting.single;
import static org.sequelize4j.integration.TypeTesting.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.testing.DialectTest;
import org.sequelize4j.testing.TestDialect;

/** Every data type written and read back exactly, on every dialect that has it. */
class DataTypesTest {

    @DialectTest
    void stringsRoundTrip(Sequelize sequelize) {
        ModelStatic<Model> short10 = single(sequelize, STRING(10));
        assertRoundTrip(short10, "hello");
        assertRoundTrip(short10, "");
        assertRoundTrip(short10, "éèàüß€日本語😀"); // 10 code points, 11 UTF-16 units, 4-byte emoji
        assertRoundTrip(short10, "  spaced  ");
        assertRoundTrip(short10, "O'Neil\\\"%_");

        ModelStatic<Model> plain = single(sequelize, STRING);
        assertRoundTrip(plain, "x".repeat(255));
        assertRoundTrip(plain, 42, "42");

        ModelStatic<Model> binary = single(sequelize, STRING(16, true));
        assertRoundTrip(binary, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0x80, 'a'});
        assertRoundTrip(binary, "abc", "abc".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRejected(binary, new byte[17]);
    }

    @DialectTest
    void charPadsNothingAndKeepsExactText(Sequelize sequelize) {
        ModelStatic<Model> fixed = single(sequelize, CHAR(5));
        assertRoundTrip(fixed, "abcde");
        // CHAR pads with spaces in storage; every dialect reads the value without the padding.
        assertRoundTrip(fixed, "ab", "ab");
        assertRoundTrip(fixed, "ab  ", "ab");
        assertRoundTrip(fixed, "abcde   ", "abcde"); // excess spaces are padding, not too long
        assertRoundTrip(fixed, " a", " a");
        assertRejected(fixed, "abcdef");
        ModelStatic<Model> one = single(sequelize, CHAR);
        assertRoundTrip(one, "Z");
    }

    @DialectTest
    void textsRoundTrip(Sequelize sequelize) {
        ModelStatic<Model> text = single(sequelize, TEXT);
        String big = "lorem ipsum dolor ".repeat(5000); // 90,000 characters: more than MySQL's plain TEXT
        assertRoundTrip(text, big);
        assertRoundTrip(text, "line1\nline2\r\n\ttab");
        assertRoundTrip(single(sequelize, TEXT("tiny")), "tiny text");
        assertRoundTrip(single(sequelize, TEXT("medium")), "m".repeat(70_000));
        assertRoundTrip(single(sequelize, TEXT("long")), big);
    }

    @DialectTest
    void citextComparesCaseInsensitively(Sequelize sequelize, TestDialect dialect) {
        if (dialect == TestDialect.MARIADB) {
            DefinitionError error = assertThrows(DefinitionError.class, () -> single(sequelize, CITEXT));
            assertTrue(error.getMessage().contains("CITEXT") && error.getMessage().contains("'v'"), error.getMessage());
            return;
        }
        ModelStatic<Model> model = single(sequelize, CITEXT);
        assertRoundTrip(model, "Alice");
        Model found = model.findOne(query().where(eq("v", "ALICE")));
        assertNotNull(found, "citext comparison is case-insensitive");
        assertEquals("Alice", found.get("v"));
        assertEquals(1, model.count(query().where(eq("v", "alice"))));
    }

    @DialectTest
    void integersRoundTripAtTheEdgesOfTheirRanges(Sequelize sequelize) {
        ModelStatic<Model> tiny = single(sequelize, TINYINT);
        assertRoundTrip(tiny, -128);
        assertRoundTrip(tiny, 127);
        assertRejected(tiny, 128);
        assertRejected(tiny, -129);
        ModelStatic<Model> small = single(sequelize, SMALLINT);
        assertRoundTrip(small, -32768);
        assertRoundTrip(small, 32767);
        assertRejected(small, 32768);
        ModelStatic<Model> medium = single(sequelize, MEDIUMINT);
        assertRoundTrip(medium, -8388608);
        assertRoundTrip(medium, 8388607);
        assertRejected(medium, 8388608);
        ModelStatic<Model> integer = single(sequelize, INTEGER);
        assertRoundTrip(integer, Integer.MIN_VALUE);
        assertRoundTrip(integer, Integer.MAX_VALUE);
        assertRoundTrip(integer, 7L, 7);
        assertRoundTrip(integer, "  -12 ", -12);
        assertRoundTrip(integer, new BigDecimal("5.000"), 5);
        assertRejected(integer, 2.5);
        ModelStatic<Model> big = single(sequelize, BIGINT);
        assertRoundTrip(big, Long.MIN_VALUE);
        assertRoundTrip(big, Long.MAX_VALUE);
        assertRoundTrip(big, 3, 3L);
        assertRoundTrip(big, 9007199254740993L); // 2^53 + 1: not representable as a double
    }

    @DialectTest
    void unsignedIntegersRoundTrip(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> tiny = single(sequelize, TINYINT.UNSIGNED());
        assertRoundTrip(tiny, 0);
        assertRoundTrip(tiny, 255);
        assertRejected(tiny, -1);
        assertRejected(tiny, 256);
        ModelStatic<Model> integer = single(sequelize, INTEGER.UNSIGNED());
        assertRoundTrip(integer, 4294967295L);
        assertRoundTrip(integer, 1, 1L);
        assertRejected(integer, 4294967296L);
        assertRejected(integer, -1);
        ModelStatic<Model> big = single(sequelize, BIGINT.UNSIGNED());
        BigInteger max = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        if (dialect == TestDialect.SQLITE) {
            // SQLite's integers have 64 bits with a sign; larger ones would silently become REAL.
            assertRejected(big, max);
            assertRejected(big, BigInteger.ONE.shiftLeft(63));
            assertRoundTrip(big, BigInteger.valueOf(Long.MAX_VALUE));
        } else {
            assertRoundTrip(big, max);
            assertRoundTrip(big, BigInteger.ONE.shiftLeft(63).add(BigInteger.ONE));
        }
        assertRoundTrip(big, 5L, BigInteger.valueOf(5));
        assertRejected(big, max.add(BigInteger.ONE));
        assertRejected(big, -1);
    }

    @DialectTest
    void floatingPointRoundTrips(Sequelize sequelize) {
        ModelStatic<Model> single = single(sequelize, FLOAT);
        assertRoundTrip(single, 1.5f);
        assertRoundTrip(single, 0.1f);
        assertRoundTrip(single, -3.4028235e38f);
        assertRoundTrip(single, 1e-30f);
        assertRoundTrip(single, 0.5, 0.5f);
        ModelStatic<Model> real = single(sequelize, REAL);
        assertRoundTrip(real, 0.1f);
        assertRoundTrip(real, 123456.7f);
        ModelStatic<Model> dbl = single(sequelize, DOUBLE);
        assertRoundTrip(dbl, 0.1);
        assertRoundTrip(dbl, 1e-30);
        assertRoundTrip(dbl, 1e300);
        assertRoundTrip(dbl, -Double.MAX_VALUE);
        assertRoundTrip(dbl, Double.MIN_NORMAL);
        assertRoundTrip(dbl, 0.1 + 0.2);
        assertRoundTrip(dbl, 3, 3.0);
    }

    @DialectTest
    void decimalsAreExactIncludingScale(Sequelize sequelize, TestDialect dialect) {
        ModelStatic<Model> money = single(sequelize, DECIMAL(10, 2));
        assertRoundTrip(money, new BigDecimal("12345678.90"));
        assertRoundTrip(money, new BigDecimal("-0.01"));
        assertRoundTrip(money, new BigDecimal("1.5"), new BigDecimal("1.50"));
        assertRoundTrip(money, 7, new BigDecimal("7.00"));
        assertRoundTrip(money, 0.1, new BigDecimal("0.10"));
        assertRoundTrip(money, "99.9", new BigDecimal("99.90"));
        assertRoundTrip(money, BigDecimal.ZERO, new BigDecimal("0.00"));
        assertRejected(money, new BigDecimal("1.005"));
        assertRejected(money, new BigDecimal("123456789.99"));

        ModelStatic<Model> wide = single(sequelize, DECIMAL(30, 10));
        assertRoundTrip(wide, new BigDecimal("0.0000000001"));
        assertRoundTrip(wide, new BigDecimal("12345.6789"), new BigDecimal("12345.6789000000"));
        BigDecimal huge = new BigDecimal("12345678901234567890.0123456789");
        if (dialect == TestDialect.SQLITE) {
            // SQLite's NUMERIC affinity keeps 15 significant digits: refused rather than rounded.
            assertRejected(wide, huge);
        } else {
            assertRoundTrip(wide, huge);
            assertRoundTrip(wide, huge.negate());
        }
    }

    @DialectTest
    void booleansAreBooleansEverywhere(Sequelize sequelize) {
        ModelStatic<Model> flag = single(sequelize, BOOLEAN);
        assertRoundTrip(flag, true);
        assertRoundTrip(flag, false);
        assertRoundTrip(flag, "true", true);
        assertRoundTrip(flag, "false", false);
        assertRoundTrip(flag, 1, true);
        assertRoundTrip(flag, 0, false);
        assertRejected(flag, 2);
        assertEquals(3, flag.count(query().where(eq("v", true))));
    }

    @DialectTest
    void datesAreInstantsWithMillisecondPrecision(Sequelize sequelize) {
        ModelStatic<Model> date = single(sequelize, DATE);
        assertRoundTrip(date, Instant.parse("2024-02-29T12:34:56.789Z"));
        assertRoundTrip(date, Instant.parse("2024-02-29T12:34:56.789654321Z"), Instant.parse("2024-02-29T12:34:56.789Z"));
        assertRoundTrip(date, Instant.parse("1970-01-01T00:00:00Z"));
        assertRoundTrip(date, Instant.parse("1969-12-31T23:59:59.999Z"));
        assertRoundTrip(date, Instant.parse("2040-06-01T00:00:00.001Z")); // after 2038
        assertRoundTrip(date, Instant.parse("9999-12-31T23:59:59.999Z"));
        assertRoundTrip(date, Instant.parse("1000-01-01T00:00:00Z"));
        assertRoundTrip(date, java.time.OffsetDateTime.parse("2024-05-01T10:00:00+02:00"),
                Instant.parse("2024-05-01T08:00:00Z"));
        assertRoundTrip(date, "2024-05-01T10:00:00.5Z", Instant.parse("2024-05-01T10:00:00.500Z"));
        if (sequelize.dialect().limits().minYear() <= 1) {
            assertRoundTrip(date, Instant.parse("0001-01-01T00:00:00Z"));
        } else {
            assertRejected(date, Instant.parse("0001-01-01T00:00:00Z"));
        }
        ModelStatic<Model> micros = single(sequelize, DATE(6));
        assertRoundTrip(micros, Instant.parse("2024-02-29T12:34:56.789654321Z"), Instant.parse("2024-02-29T12:34:56.789654Z"));
    }

    @DialectTest
    void dateOnlyAndTimeRoundTrip(Sequelize sequelize) {
        ModelStatic<Model> day = single(sequelize, DATEONLY);
        assertRoundTrip(day, LocalDate.of(2024, 2, 29));
        assertRoundTrip(day, LocalDate.of(1000, 1, 1));
        assertRoundTrip(day, LocalDate.of(9999, 12, 31));
        assertRoundTrip(day, "2020-01-02", LocalDate.of(2020, 1, 2));
        assertRejected(day, "2020-02-30");
        ModelStatic<Model> time = single(sequelize, TIME);
        assertRoundTrip(time, LocalTime.of(23, 59, 59, 999_000_000));
        assertRoundTrip(time, LocalTime.MIDNIGHT);
        assertRoundTrip(time, LocalTime.of(10, 15));
        assertRoundTrip(time, LocalTime.of(10, 15, 30, 123_456_789), LocalTime.of(10, 15, 30, 123_000_000));
        assertRoundTrip(time, "08:30:00", LocalTime.of(8, 30));
        assertRejected(time, "25:00");
    }

    @DialectTest
    void uuidsRoundTripAndDefaultsGenerateVersions(Sequelize sequelize) {
        ModelStatic<Model> plain = single(sequelize, UUID);
        java.util.UUID id = java.util.UUID.fromString("0a1b2c3d-4e5f-4071-8899-aabbccddeeff");
        assertRoundTrip(plain, id);
        assertRoundTrip(plain, "0A1B2C3D-4E5F-4071-8899-AABBCCDDEEFF", id);
        assertRejected(plain, "not-a-uuid");

        ModelStatic<Model> generated = sequelize.define("uuids", List.of(
                attribute("v4", UUID).defaultValue(UUIDV4).primaryKey(true),
                attribute("v1", UUID).defaultValue(UUIDV1)), ModelOptions.options().timestamps(false));
        generated.sync();
        Model a = generated.create(Map.of());
        Model b = generated.create(Map.of());
        java.util.UUID v4 = (java.util.UUID) a.get("v4");
        java.util.UUID v1 = (java.util.UUID) a.get("v1");
        assertEquals(4, v4.version());
        assertEquals(1, v1.version());
        assertFalse(v4.equals(b.get("v4")));
        assertFalse(v1.equals(b.get("v1")));
        Model found = generated.findByPk(v4);
        assertNotNull(found);
        assertEquals(v1, found.get("v1"));
        long t1 = v1.timestamp();
        long t2 = ((java.util.UUID) b.get("v1")).timestamp();
        assertTrue(t2 > t1, "version-1 UUIDs carry increasing timestamps");
    }

    @DialectTest
    void jsonRoundTripsAsPlainJavaValues(Sequelize sequelize) {
        ModelStatic<Model> json = single(sequelize, JSON);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("name", "Ada");
        nested.put("tags", List.of("a", "b", Map.of("deep", List.of(1, 2, 3))));
        nested.put("n", 1.5);
        nested.put("big", 1099511627776L);
        nested.put("ok", true);
        nested.put("nothing", null);
        nested.put("quote", "it's \"quoted\" \\ ü 😀");
        assertRoundTrip(json, nested);
        assertRoundTrip(json, List.of(1, "two", List.of()));
        assertRoundTrip(json, "a plain string");
        assertRoundTrip(json, "{not json"); // a String is a JSON string value, never parsed
        assertRoundTrip(json, 42);
        assertRoundTrip(json, false);
    }

    @DialectTest
    void jsonbOnPostgresOnly(Sequelize sequelize, TestDialect dialect) {
        if (dialect != TestDialect.POSTGRES) {
            DefinitionError error = assertThrows(DefinitionError.class, () -> single(sequelize, JSONB));
            assertTrue(error.getMessage().contains("JSONB") && error.getMessage().contains("'v'"), error.getMessage());
            return;
        }
        ModelStatic<Model> jsonb = single(sequelize, JSONB);
        assertRoundTrip(jsonb, Map.of("b", 1, "a", List.of(true, "x"), "nested", Map.of("k", "v")));
        assertRoundTrip(jsonb, "text");
        Model found = jsonb.findOne(query().where(eq("v.nested.k", "v")));
        assertNotNull(found, "JSON path query on JSONB");
    }

    @DialectTest
    void blobsRoundTripEveryByte(Sequelize sequelize) {
        ModelStatic<Model> blob = single(sequelize, BLOB);
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertRoundTrip(blob, all);
        assertRoundTrip(blob, new byte[0]);
        byte[] large = new byte[300_000];
        new java.util.Random(7).nextBytes(large);
        assertRoundTrip(blob, large);
        assertRoundTrip(single(sequelize, BLOB("tiny")), new byte[] {1, 2, 3});
    }

    @DialectTest
    void enumsAcceptOnlyTheirValues(Sequelize sequelize) {
        ModelStatic<Model> status = single(sequelize, ENUM("draft", "published", "it's"));
        assertRoundTrip(status, "draft");
        assertRoundTrip(status, "it's");
        assertRejected(status, "Draft");
        assertRejected(status, "archived");
        assertEquals(1, status.count(query().where(eq("v", "draft"))));
    }

    enum Color { RED, GREEN }

    @DialectTest
    void enumsFromJavaEnums(Sequelize sequelize) {
        ModelStatic<Model> color = single(sequelize, ENUM(Color.class));
        assertRoundTrip(color, Color.GREEN, "GREEN");
        assertRoundTrip(color, "RED");
    }

    @DialectTest
    void arraysOnPostgres(Sequelize sequelize, TestDialect dialect) {
        if (dialect != TestDialect.POSTGRES) {
            assertThrows(DefinitionError.class, () -> single(sequelize, ARRAY(INTEGER)));
            return;
        }
        ModelStatic<Model> ints = single(sequelize, ARRAY(INTEGER));
        assertRoundTrip(ints, List.of(1, 2, 3));
        assertRoundTrip(ints, List.of());
        assertRoundTrip(ints, Arrays.asList(1, null, Integer.MAX_VALUE));
        assertRoundTrip(ints, new int[] {4, 5}, List.of(4, 5));
        assertRejected(ints, List.of(1, 2L << 40));
        ModelStatic<Model> strings = single(sequelize, ARRAY(STRING(20)));
        assertRoundTrip(strings, List.of("a", "b,c", "\"q\"", "", "{}", "NULL"));
        assertRejected(strings, List.of("x".repeat(21)));
    }

    @DialectTest
    void virtualAttributesHaveNoColumn(Sequelize sequelize) {
        ModelStatic<Model> people = sequelize.define("person", List.of(
                attribute("first", STRING), attribute("last", STRING), attribute("full", VIRTUAL(STRING, "first", "last"))),
                ModelOptions.options().timestamps(false));
        sequelize.sync();
        Map<String, String> columns = org.sequelize4j.testing.Catalog.columns(sequelize, "people");
        assertEquals(List.of("id", "first", "last"), List.copyOf(columns.keySet()));
        Model ada = people.create(values("first", "Ada", "last", "Lovelace", "full", "ignored"));
        Model found = people.findByPk(ada.get("id"));
        assertEquals("Ada", found.get("first"));
        assertEquals(null, found.get("full"));
    }

    @DialectTest
    void nowDefaultIsTheCreationTime(Sequelize sequelize) {
        ModelStatic<Model> events = sequelize.define("event", List.of(
                attribute("at", DATE).defaultValue(NOW), attribute("day", DATEONLY).defaultValue(NOW),
                attribute("name", STRING)), ModelOptions.options().timestamps(false));
        events.sync();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Model e = events.create(Map.of("name", "x"));
        Instant after = Instant.now();
        Instant at = (Instant) e.get("at");
        assertFalse(at.isBefore(before) || at.isAfter(after), at + " not in [" + before + ", " + after + "]");
        assertEquals(0, at.getNano() % 1_000_000, "millisecond precision");
        Model found = events.findByPk(e.get("id"));
        assertEquals(at, found.get("at"));
        assertEquals(e.get("day"), found.get("day"));
        assertTrue(found.get("day") instanceof LocalDate);
    }

    @DialectTest
    void aggregatesAndRawRowsKeepTheTypes(Sequelize sequelize) {
        ModelStatic<Model> model = sequelize.define("sample", List.of(attribute("at", DATE), attribute("day", DATEONLY),
                attribute("t", TIME), attribute("price", DECIMAL(10, 2)), attribute("big", BIGINT),
                attribute("flag", BOOLEAN), attribute("u", UUID)), ModelOptions.options().timestamps(false));
        sequelize.sync();
        Instant early = Instant.parse("2020-01-01T00:00:00.001Z");
        Instant late = Instant.parse("2021-06-30T12:00:00.999Z");
        java.util.UUID id = java.util.UUID.randomUUID();
        model.create(values("at", early, "day", LocalDate.of(2020, 1, 1), "t", LocalTime.of(1, 2, 3),
                "price", new BigDecimal("1.25"), "big", Long.MAX_VALUE, "flag", false, "u", id));
        model.create(values("at", late, "day", LocalDate.of(2021, 6, 30), "t", LocalTime.of(23, 0),
                "price", new BigDecimal("10.00"), "big", 1L, "flag", true, "u", id));
        assertEquals(late, model.max("at"));
        assertEquals(early, model.min("at"));
        assertEquals(LocalDate.of(2021, 6, 30), model.max("day"));
        assertEquals(LocalTime.of(1, 2, 3), model.min("t"));
        assertEquals(new BigDecimal("10.00"), model.max("price"));
        assertEquals(0, new BigDecimal("11.25").compareTo((BigDecimal) model.sum("price")), "sum " + model.sum("price"));
        assertEquals(Long.MAX_VALUE, model.max("big"));
        List<Map<String, Object>> raw = model.findAllRaw(query().order(org.sequelize4j.FindOptions.asc("at")));
        assertEquals(early, raw.get(0).get("at"));
        assertEquals(Boolean.FALSE, raw.get(0).get("flag"));
        assertEquals(id, raw.get(1).get("u"));
        assertEquals(1, model.count(query().where(org.sequelize4j.Op.gt("at", Instant.parse("2020-01-01T00:00:00.001Z")))));
        assertEquals(1, model.count(query().where(org.sequelize4j.Op.between("day", LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31)))));
        assertEquals(2, model.count(query().where(eq("u", id.toString().toUpperCase(java.util.Locale.ROOT)))));
    }
}
