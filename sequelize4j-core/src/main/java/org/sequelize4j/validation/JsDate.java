package org.sequelize4j.validation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * JavaScript's {@code Date.parse} as Node's V8 engine implements it, which is what Sequelize's
 * {@code isDate}, {@code isAfter} and {@code isBefore} rely on.
 *
 * <p>V8 first tries the ISO format of the ECMAScript spec ({@code 2011-11-05},
 * {@code 2011-11-05T14:48:00.000Z}) and otherwise falls back to its permissive legacy parser,
 * which accepts strings such as {@code "Nov 5, 2011"}, {@code "5 Nov 2011 10:00 PM"},
 * {@code "Sat, 05 Nov 2011 14:48:00 GMT"} or a bare {@code "0"} (January 1st, 2000), and rolls
 * over out-of-range days ({@code 2011-02-30} is March 2nd). Reproducing it token for token is the
 * only way to accept and reject the same strings; {@link java.time} parsers are far stricter.
 *
 * <p>A date-only ISO string, or one with an explicit offset or zone word, is absolute. Any other
 * string is read as local time in the given zone (Node uses the process's {@code TZ}, the one-
 * argument method uses the JVM default), with a wall time in a spring-forward gap moved later and
 * one in a fall-back overlap taking the earlier offset, as V8 does.
 */
public final class JsDate {

    /** Largest absolute time value a JavaScript Date can hold, in milliseconds (100 million days). */
    static final double MAX_TIME = 8.64e15;
    private static final double MAX_LOCAL_TIME = MAX_TIME + 864e6;
    private static final long MS_PER_DAY = 86_400_000L;

    private JsDate() {
    }

    /**
     * Parses like {@code Date.parse(text)} with local times in the JVM's default zone.
     *
     * @param text the string
     * @return milliseconds since the epoch, or NaN if V8 would not accept the string
     */
    public static double parse(String text) {
        return parse(text, ZoneId.systemDefault());
    }

    /**
     * Parses like {@code Date.parse(text)} with local times in the given zone.
     *
     * @param text the string
     * @param zone the zone for strings that carry no offset
     * @return milliseconds since the epoch, or NaN if V8 would not accept the string
     */
    public static double parse(String text, ZoneId zone) {
        double[] fields = new JsDateParser(text).parse();
        if (fields == null) {
            return Double.NaN;
        }
        double day = makeDay(fields[0], fields[1], fields[2]);
        double time = fields[3] * 3_600_000d + fields[4] * 60_000d + fields[5] * 1000d + fields[6];
        double date = day * MS_PER_DAY + time;
        if (Double.isNaN(date)) {
            return Double.NaN;
        }
        if (Double.isNaN(fields[7])) {
            if (date < -MAX_LOCAL_TIME || date > MAX_LOCAL_TIME) {
                return Double.NaN;
            }
            date = localToUtc((long) date, zone);
        } else {
            date -= fields[7] * 1000d;
            if (date < -MAX_TIME || date > MAX_TIME) {
                return Double.NaN;
            }
        }
        return timeClip(date);
    }

    private static double timeClip(double t) {
        return Math.abs(t) > MAX_TIME ? Double.NaN : t + 0.0;
    }

    private static double localToUtc(long localMs, ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return localMs - ((ZoneOffset) zone).getTotalSeconds() * 1000L;
        }
        LocalDateTime wall = LocalDateTime.ofEpochSecond(Math.floorDiv(localMs, 1000L),
                (int) Math.floorMod(localMs, 1000L) * 1_000_000, ZoneOffset.UTC);
        // ofLocal resolves gaps forward and overlaps to the earlier offset, like ICU's FORMER
        // option that V8 uses.
        return ZonedDateTime.ofLocal(wall, zone, null).toInstant().toEpochMilli();
    }

    /** ECMAScript MakeDay for a 0-based month, with V8's year limits. */
    private static double makeDay(double year, double month, double date) {
        if (!(year >= -1_000_000 && year <= 1_000_000) || !(month >= -10_000_000 && month <= 10_000_000)) {
            return Double.NaN;
        }
        long y = (long) year;
        long m = (long) month;
        y += Math.floorDiv(m, 12);
        m = Math.floorMod(m, 12);
        return daysFromCivil(y, (int) m + 1, 1) + date - 1;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
    static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
