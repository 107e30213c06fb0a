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
        // yyyy-MM-dd HH:mm:ss[.fff...] +HH:MM
        int len = s.length();
        if (len >= 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == ' ' && s.charAt(13) == ':'
                && s.charAt(16) == ':') {
            try {
                int year = Integer.parseInt(s, 0, 4, 10);
                int month = Integer.parseInt(s, 5, 7, 10);
                int day = Integer.parseInt(s, 8, 10, 10);
                int hour = Integer.parseInt(s, 11, 13, 10);
                int minute = Integer.parseInt(s, 14, 16, 10);
                int second = Integer.parseInt(s, 17, 19, 10);
                int pos = 19;
                int nanos = 0;
                if (pos < len && s.charAt(pos) == '.') {
                    int start = ++pos;
                    while (pos < len && Character.isDigit(s.charAt(pos))) {
                        pos++;
                    }
                    int digits = pos - start;
                    if (digits == 0 || digits > 9) {
                        return parseInstant(s, zone);
                    }
                    nanos = Integer.parseInt(s, start, pos, 10);
                    for (int i = digits; i < 9; i++) {
                        nanos *= 10;
                    }
                }
                int offsetSeconds;
                if (pos == len) {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).atZone(zone).toInstant();
                }
                if (len - pos == 7 && s.charAt(pos) == ' ' && s.charAt(pos + 4) == ':') {
                    char sign = s.charAt(pos + 1);
                    int oh = Integer.parseInt(s, pos + 2, pos + 4, 10);
                    int om = Integer.parseInt(s, pos + 5, pos + 7, 10);
                    offsetSeconds = (oh * 3600 + om * 60) * (sign == '-' ? -1 : 1);
                } else {
                    return parseInstant(s, zone);
                }
                return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                        .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
            } catch (NumberFormatException | DateTimeException e) {
                return parseInstant(s, zone);
            }
        }
        return parseInstant(s, zone);
    }
}
