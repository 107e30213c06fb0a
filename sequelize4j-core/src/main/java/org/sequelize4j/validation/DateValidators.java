package org.sequelize4j.validation;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Date validators as Sequelize 6.37.8 runs them: {@code isDate} (Sequelize's own, replacing
 * validator.js's), {@code isAfter} and {@code isBefore}. All three read strings with
 * JavaScript's {@code Date.parse} ({@link JsDate}), so they accept what Node accepts, including
 * {@code "Nov 5, 2011"}, {@code "2011"}, {@code "0"} and day overflow such as
 * {@code "2011-02-30"}.
 *
 * <p>Strings without an offset are local times; the methods without a zone use the JVM default
 * zone, as Node uses its {@code TZ}. Stateless and thread-safe.
 */
public final class DateValidators {

    private DateValidators() {
    }

    /**
     * Sequelize's {@code isDate}: {@code Date.parse} accepts the string. (Sequelize then checks the
     * resulting ISO string with moment, which accepts every date {@code Date.parse} can produce.)
     *
     * @param str the value string
     * @return whether it is a date JavaScript can read
     */
    public static boolean isDate(String str) {
        return isDate(str, ZoneId.systemDefault());
    }

    /**
     * Sequelize's {@code isDate} with local times read in the given zone. The zone matters only
     * at the very edge of the representable range, where a local time can fall outside it.
     *
     * @param str the value string
     * @param zone the zone for strings without an offset
     * @return whether it is a date JavaScript can read
     */
    public static boolean isDate(String str, ZoneId zone) {
        return !Double.isNaN(JsDate.parse(str, zone));
    }

    /**
     * Sequelize's {@code isAfter} against the current time, which validator.js takes from
     * {@code Date().toString()} and so truncates to the second.
     *
     * @param str the value string
     * @return whether the value is a date strictly after now
     */
    public static boolean isAfter(String str) {
        return compare(str, now(Clock.systemUTC()), ZoneId.systemDefault()) > 0;
    }

    /**
     * Sequelize's {@code isAfter}: the value is a date strictly after the comparison date.
     *
     * @param str the value string
     * @param comparisonDate a date string {@code Date.parse} accepts
     * @return whether the value is strictly later
     * @throws IllegalArgumentException if the comparison date cannot be parsed (Sequelize would
     *     then reject every value)
     */
    public static boolean isAfter(String str, String comparisonDate) {
        return isAfter(str, comparisonDate, ZoneId.systemDefault());
    }

    /**
     * Sequelize's {@code isAfter} with local times read in the given zone.
     *
     * @param str the value string
     * @param comparisonDate a date string {@code Date.parse} accepts
     * @param zone the zone for strings without an offset
     * @return whether the value is strictly later
     */
    public static boolean isAfter(String str, String comparisonDate, ZoneId zone) {
        return compare(str, comparison("isAfter", comparisonDate, zone), zone) > 0;
    }

    /**
     * Sequelize's {@code isBefore} against the current time (truncated to the second).
     *
     * @param str the value string
     * @return whether the value is a date strictly before now
     */
    public static boolean isBefore(String str) {
        return compare(str, now(Clock.systemUTC()), ZoneId.systemDefault()) < 0;
    }

    /**
     * Sequelize's {@code isBefore}: the value is a date strictly before the comparison date.
     *
     * @param str the value string
     * @param comparisonDate a date string {@code Date.parse} accepts
     * @return whether the value is strictly earlier
     * @throws IllegalArgumentException if the comparison date cannot be parsed
     */
    public static boolean isBefore(String str, String comparisonDate) {
        return isBefore(str, comparisonDate, ZoneId.systemDefault());
    }

    /**
     * Sequelize's {@code isBefore} with local times read in the given zone.
     *
     * @param str the value string
     * @param comparisonDate a date string {@code Date.parse} accepts
     * @param zone the zone for strings without an offset
     * @return whether the value is strictly earlier
     */
    public static boolean isBefore(String str, String comparisonDate, ZoneId zone) {
        return compare(str, comparison("isBefore", comparisonDate, zone), zone) < 0;
    }

    /** Now as {@code Date.parse(Date().toString())} gives it: whole seconds. */
    static double now(Clock clock) {
        return Math.floorDiv(clock.millis(), 1000L) * 1000d;
    }

    static double comparison(String validator, String comparisonDate, ZoneId zone) {
        double t = JsDate.parse(comparisonDate, zone);
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException(validator + ": comparison date '" + comparisonDate
                    + "' is not a date JavaScript can parse");
        }
        return t;
    }

    /** -1, 0 or 1 for a parsable value; 0 (neither before nor after) for one that is not a date. */
    static int compare(String str, double comparison, ZoneId zone) {
        double t = JsDate.parse(str, zone);
        if (Double.isNaN(t)) {
            return 0;
        }
        return Double.compare(t, comparison);
    }
}
