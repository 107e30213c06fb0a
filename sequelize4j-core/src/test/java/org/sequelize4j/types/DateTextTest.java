package org.sequelize4j.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SQLite date text: what Sequelize writes, read back exactly, and other spellings still accepted. */
class DateTextTest {

    @Test
    void formatsLikeSequelize() {
        Instant instant = Instant.parse("2024-05-01T10:15:30.123Z");
        assertEquals("2024-05-01 10:15:30.123 +00:00", DateText.formatSequelize(instant, ZoneOffset.UTC, 3));
        assertEquals("2024-05-01 12:15:30.123 +02:00", DateText.formatSequelize(instant, ZoneOffset.ofHours(2), 3));
        assertEquals("2024-05-01 10:15:30 +00:00", DateText.formatSequelize(instant, ZoneOffset.UTC, 0));
        assertEquals("0042-01-02 03:04:05.000 +00:00",
                DateText.formatSequelize(Instant.parse("0042-01-02T03:04:05Z"), ZoneOffset.UTC, 3));
    }

    @Test
    void parsesWhatItFormatsForRandomInstantsAndOffsets() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong() % 200_000_000_000_000L)
                    .plusNanos(random.nextInt(1_000) * 1000L);
            if (instant.atOffset(ZoneOffset.UTC).getYear() < 1 || instant.atOffset(ZoneOffset.UTC).getYear() > 9998) {
                continue;
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(27) - 13) * 1800);
            for (int digits : new int[] {0, 3, 6}) {
                String text = DateText.formatSequelize(instant, offset, digits);
                Instant truncated = instant.minusNanos(instant.getNano() % (long) Math.pow(10, 9 - digits));
                assertEquals(truncated, DateText.parseSequelize(text, ZoneOffset.UTC), text);
            }
        }
    }

    /**
     * The canonical form's own reader (three digits and an offset, by position) agrees with java.time on
     * random texts, valid or not: leap days, days past a month's end, hours past 23, offsets up to ±18:00,
     * signs and stray characters. A text java.time refuses is refused (null) here too.
     */
    @Test
    void readsTheCanonicalFormAsJavaTimeDoes() {
        java.time.format.DateTimeFormatter oracle = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd HH:mm:ss.SSS xxx").withResolverStyle(java.time.format.ResolverStyle.STRICT);
        Random random = new Random(11);
        String digits = "0123456789";
        for (int i = 0; i < 200_000; i++) {
            char[] text = String.format("%04d-%02d-%02d %02d:%02d:%02d.%03d %s%02d:%02d", random.nextInt(10_000),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(61),
                    random.nextInt(1_000), random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(61)).toCharArray();
            if (random.nextInt(20) == 0) {
                text[random.nextInt(text.length)] = "x/:9 .-+".charAt(random.nextInt(8));
            } else if (random.nextInt(20) == 0) {
                text[random.nextInt(text.length)] = digits.charAt(random.nextInt(10));
            }
            String s = new String(text);
            Instant expected;
            try {
                expected = java.time.OffsetDateTime.parse(s, oracle).toInstant();
            } catch (java.time.DateTimeException e) {
                expected = null;
            }
            Instant actual = DateText.parseSequelize(s, ZoneOffset.UTC);
            if (expected != null) {
                assertEquals(expected, actual, s);
            } else if (actual != null) {
                // The general reader accepts a few more spellings than the strict pattern (a 'T', other
                // offsets); whatever it reads must be what java.time's ISO reader makes of it.
                assertEquals(DateText.parseInstant(s, ZoneOffset.UTC), actual, s);
            }
        }
    }

    @Test
    void writesWhatTheFieldByFieldFormWritesForEveryYearOffsetAndPrecision() {
        Random random = new Random(7);
        long min = Instant.parse("-0003-12-31T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+10001-01-02T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 50_000; i++) {
            long second = min + Math.floorMod(random.nextLong(), max - min);
            Instant instant = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            // Whole-hour, half-hour and odd offsets, seconds included (ZoneOffset allows them).
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(18 * 3600 * 2 + 1) - 18 * 3600);
            int digits = random.nextInt(10);
            assertEquals(DateText.formatByFields(instant, offset, digits), DateText.formatSequelize(instant, offset, digits),
                    instant + " " + offset + " " + digits);
        }
        // Day and year boundaries, leap days, the epoch and the edges of four-digit years.
        for (String edge : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z",
                "2000-02-29T12:00:00Z", "1900-03-01T00:00:00Z", "2100-02-28T23:59:59Z", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999Z", "2024-12-31T23:30:00Z"}) {
            Instant instant = Instant.parse(edge);
            for (ZoneOffset offset : new ZoneOffset[] {ZoneOffset.UTC, ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12),
                    ZoneOffset.ofHoursMinutesSeconds(5, 30, 15)}) {
                for (int digits = 0; digits <= 9; digits++) {
                    assertEquals(DateText.formatByFields(instant, offset, digits),
                            DateText.formatSequelize(instant, offset, digits), edge + " " + offset + " " + digits);
                }
            }
        }
    }

    @Test
    void acceptsOtherSpellingsAndRejectsNonsense() {
        Instant expected = Instant.parse("2024-05-01T10:15:30Z");
        assertEquals(expected, DateText.parseSequelize("2024-05-01T10:15:30Z", ZoneOffset.UTC));
        assertEquals(expected, DateText.parseSequelize("2024-05-01 10:15:30", ZoneOffset.UTC));
        assertEquals(expected, DateText.parseSequelize("2024-05-01 12:15:30 +02:00", ZoneOffset.UTC));
        assertEquals(expected, DateText.parseSequelize("2024-05-01 06:15:30 -04:00", ZoneOffset.UTC));
        assertEquals(Instant.parse("2024-05-01T00:00:00Z"), DateText.parseSequelize("2024-05-01", ZoneOffset.UTC));
        assertNull(DateText.parseSequelize("2024-02-30 10:00:00 +00:00", ZoneOffset.UTC));
        assertNull(DateText.parseSequelize("not a date", ZoneOffset.UTC));
    }
}
