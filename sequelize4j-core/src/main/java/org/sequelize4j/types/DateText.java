package org.sequelize4j.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Text forms of instants: ISO-8601 as callers write it, and the form Sequelize stores in SQLite
 * ({@code 2024-05-01 10:15:30.123 +00:00}), which sorts correctly as text and is what existing
 * Sequelize databases hold.
 */
public final class DateText {

    private static final DateTimeFormatter FLEXIBLE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            // STRICT: the default SMART style would turn 2020-02-30 into 2020-02-29 without a word.
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    private DateText() {
    }

    /**
     * Reads an ISO-8601 or Sequelize-style date-time; text without an offset is in {@code zone}.
     *
     * @return the instant, or null when the text is not a date-time
     */
    public static Instant parseInstant(String text, ZoneId zone) {
        String s = text.trim();
        try {
            var parsed = FLEXIBLE.parse(s);
            LocalDate date = LocalDate.from(parsed);
            LocalDateTime dateTime = parsed.isSupported(ChronoField.HOUR_OF_DAY)
                    ? LocalDateTime.of(date, java.time.LocalTime.from(parsed)) : date.atStartOfDay();
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return dateTime.toInstant(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
            }
            return dateTime.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeException ignored) {
                return null;
            }
        }
    }

    /**
     * Writes an instant the way Sequelize stores dates in SQLite: {@code yyyy-MM-dd HH:mm:ss.SSS +HH:MM}
     * in the given offset, with as many fraction digits as {@code digits} (0 to 6).
     */
    public static String formatSequelize(Instant instant, ZoneOffset offset, int digits) {
        // Every timestamped write on SQLite formats one of these, so the fields are worked out here by
        // arithmetic and written into one char array: LocalDateTime and StringBuilder cost tens of calls
        // each, which a cold JVM interprets one by one.
        int offsetSeconds = offset.getTotalSeconds();
        long local = instant.getEpochSecond() + offsetSeconds;
        long days = Math.floorDiv(local, 86_400L);
        int secondOfDay = (int) Math.floorMod(local, 86_400L);
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm; March-based years of 400-year eras).
        long z = days + 719_468L;
        long era = (z >= 0 ? z : z - 146_096L) / 146_097L;
        int dayOfEra = (int) (z - era * 146_097L);
        int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        int monthIndex = (5 * dayOfYear + 2) / 153;
        int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
        int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9_999 || digits < 0 || digits > 9) {
            return formatByFields(instant, offset, digits);
        }
        String zone = offsetSeconds == 0 ? "+00:00" : offset.getId();
        int fraction = digits == 0 ? 0 : digits + 1;
        char[] text = new char[19 + fraction + 1 + zone.length()];
        int y = (int) year;
        text[0] = (char) ('0' + y / 1000);
        text[1] = (char) ('0' + y / 100 % 10);
        text[2] = (char) ('0' + y / 10 % 10);
        text[3] = (char) ('0' + y % 10);
        text[4] = '-';
        twoDigits(text, 5, month);
        text[7] = '-';
        twoDigits(text, 8, day);
        text[10] = ' ';
        twoDigits(text, 11, secondOfDay / 3600);
        text[13] = ':';
        twoDigits(text, 14, secondOfDay / 60 % 60);
        text[16] = ':';
        twoDigits(text, 17, secondOfDay % 60);
        int at = 19;
        if (digits > 0) {
            text[at++] = '.';
            int nanos = instant.getNano();
            for (int divisor = 100_000_000, i = 0; i < digits; i++, divisor /= 10) {
                text[at++] = (char) ('0' + nanos / divisor % 10);
            }
        }
        text[at++] = ' ';
        zone.getChars(0, zone.length(), text, at);
        return new String(text);
    }

    private static void twoDigits(char[] text, int at, int value) {
        text[at] = (char) ('0' + value / 10);
        text[at + 1] = (char) ('0' + value % 10);
    }

    /** {@link #formatSequelize} through {@link LocalDateTime}: for years outside 0 to 9999, and as the tests' reference. */
    static String formatByFields(Instant instant, ZoneOffset offset, int digits) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, offset);
        StringBuilder sb = new StringBuilder(32);
        int year = t.getYear();
        if (year < 1000) {
            sb.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        sb.append(year).append('-');
        two(sb, t.getMonthValue()).append('-');
        two(sb, t.getDayOfMonth()).append(' ');
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute()).append(':');
        two(sb, t.getSecond());
        if (digits > 0) {
            String nanos = Integer.toString(1_000_000_000 + t.getNano());
            sb.append('.').append(nanos, 1, 1 + Math.min(digits, 9));
        }
        sb.append(' ').append(offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        return sb.append(value);
    }

    /**
     * Reads Sequelize's SQLite form quickly (the hot path when hydrating rows); falls back to
     * {@link #parseInstant} for anything else.
     */
    public static Instant parseSequelize(String s, ZoneId zone) {
        // yyyy-MM-dd HH:mm:ss[.fff...] +HH:MM, read digit by digit: this runs for every DATE of every row.
        int len = s.length();
        if (len == 30) {
            Instant canonical = parseMillisWithOffset(s);
            if (canonical != null) {
                return canonical;
            }
        }
        if (len < 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return parseInstant(s, zone);
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return parseInstant(s, zone);
        }
        int pos = 19;
        int nanos = 0;
        if (pos < len && s.charAt(pos) == '.') {
            int start = ++pos;
            while (pos < len && pos - start < 9 && isDigit(s.charAt(pos))) {
                nanos = nanos * 10 + (s.charAt(pos) - '0');
                pos++;
            }
            if (pos == start || pos < len && isDigit(s.charAt(pos))) {
                return parseInstant(s, zone);
            }
            for (int i = pos - start; i < 9; i++) {
                nanos *= 10;
            }
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (pos == len) {
                return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second, nanos)).atZone(zone).toInstant();
            }
            if (len - pos != 7 || s.charAt(pos) != ' ' || s.charAt(pos + 4) != ':'
                    || s.charAt(pos + 1) != '+' && s.charAt(pos + 1) != '-') {
                return parseInstant(s, zone);
            }
            int offsetHours = digits(s, pos + 2, pos + 4);
            int offsetMinutes = digits(s, pos + 5, pos + 7);
            // ZoneOffset's own limits: minutes below 60, at most 18 hours either way.
            if ((offsetHours | offsetMinutes) < 0 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 18 * 60
                    || hour > 23 || minute > 59 || second > 59) {
                return parseInstant(s, zone);
            }
            int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (s.charAt(pos + 1) == '-' ? -1 : 1);
            long epochSecond = date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
            return Instant.ofEpochSecond(epochSecond, nanos);
        } catch (DateTimeException e) {
            return parseInstant(s, zone);
        }
    }

    /**
     * What {@link #formatSequelize} writes with three digits, {@code yyyy-MM-dd HH:mm:ss.SSS +HH:MM},
     * read by position with the date worked out by arithmetic; null for anything else (the general
     * reader then decides). No date-time objects are made: the general path's {@code LocalDate} and
     * its checks were a third of reading a date once the text was in hand.
     */
    private static Instant parseMillisWithOffset(String s) {
        char sign = s.charAt(24);
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != '.' || s.charAt(23) != ' ' || s.charAt(27) != ':'
                || sign != '+' && sign != '-') {
            return null;
        }
        int century = pairOfDigits(s, 0);
        int yearOfCentury = pairOfDigits(s, 2);
        int month = pairOfDigits(s, 5);
        int day = pairOfDigits(s, 8);
        int hour = pairOfDigits(s, 11);
        int minute = pairOfDigits(s, 14);
        int second = pairOfDigits(s, 17);
        int millisHigh = pairOfDigits(s, 20);
        int millisLow = digit(s.charAt(22));
        int offsetHours = pairOfDigits(s, 25);
        int offsetMinutes = pairOfDigits(s, 28);
        if ((century | yearOfCentury | month | day | hour | minute | second | millisHigh | millisLow | offsetHours
                | offsetMinutes) < 0) {
            return null;
        }
        int year = century * 100 + yearOfCentury;
        if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month) || hour > 23 || minute > 59
                || second > 59 || offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > 18 * 60) {
            return null;
        }
        int offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
        long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, (millisHigh * 10 + millisLow) * 1_000_000L);
    }

    /** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's algorithm, the inverse of the one above). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    private static int monthLength(int year, int month) {
        if (month == 2) {
            return java.time.Year.isLeap(year) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** The two digits at {@code at} as a number, or a negative number when either is not a digit. */
    private static int pairOfDigits(String s, int at) {
        // Checked in one expression, not by a call per digit: a cold JVM interprets this for every date.
        int tens = s.charAt(at) - '0';
        int ones = s.charAt(at + 1) - '0';
        return (tens | ones | (9 - tens) | (9 - ones)) < 0 ? -1 : tens * 10 + ones;
    }

    /** A digit's value, or a negative number for any other character. */
    private static int digit(char c) {
        int value = c - '0';
        return (value | (9 - value)) < 0 ? -1 : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The number written by the digits in {@code [from, to)}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
