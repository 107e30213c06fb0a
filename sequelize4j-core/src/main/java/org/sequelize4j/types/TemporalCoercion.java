package org.sequelize4j.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.sequelize4j.DataType;

/**
 * The date and time part of {@link TypeCoercion}: DATE values become {@link Instant}s, DATEONLY
 * values {@link LocalDate}s and TIME values {@link LocalTime}s, local values being read in the
 * configured time zone, with fractional seconds cut to the type's precision and years checked
 * against what the database stores.
 */
final class TemporalCoercion {

    /** 10^(9 - digits): the nanoseconds a precision of {@code digits} fractional digits keeps a multiple of. */
    private static final int[] NANO_UNITS = {1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000,
        1_000, 100, 10, 1};

    private final TypeLimits limits;
    private final ZoneId zone;
    /** The first instant of {@code limits.minYear()} in the zone: earlier instants need the full check. */
    private final Instant earliestInRange;
    /** The first instant after {@code limits.maxYear()} in the zone. */
    private final Instant firstPastRange;

    TemporalCoercion(TypeLimits limits, ZoneId zone) {
        this.limits = limits;
        this.zone = zone;
        // Checking an instant against two precomputed bounds is much cheaper than converting it to a
        // local date (which builds the zone's rules each time for a fixed offset); bulk inserts do it
        // for every timestamp of every row.
        this.earliestInRange = LocalDate.of(limits.minYear(), 1, 1).atStartOfDay(zone).toInstant();
        this.firstPastRange = LocalDate.of(limits.maxYear(), 1, 1).plusYears(1).atStartOfDay(zone).toInstant();
    }

    /** A DATE value: any date-time type, epoch milliseconds or text, truncated to the type's precision. */
    Instant toInstant(DataType type, Object value) {
        Instant instant;
        if (value instanceof Instant) {
            instant = (Instant) value;
        } else if (value instanceof OffsetDateTime) {
            instant = ((OffsetDateTime) value).toInstant();
        } else if (value instanceof ZonedDateTime) {
            instant = ((ZonedDateTime) value).toInstant();
        } else if (value instanceof LocalDateTime) {
            instant = ((LocalDateTime) value).atZone(zone).toInstant();
        } else if (value instanceof LocalDate) {
            instant = ((LocalDate) value).atStartOfDay(zone).toInstant();
        } else if (value instanceof Date) {
            instant = Instant.ofEpochMilli(((Date) value).getTime());
            if (value instanceof java.sql.Timestamp) {
                instant = ((java.sql.Timestamp) value).toInstant();
            }
        } else if (value instanceof Long || value instanceof Integer) {
            instant = Instant.ofEpochMilli(((Number) value).longValue());
        } else if (value instanceof CharSequence) {
            instant = DateText.parseInstant(value.toString(), zone);
            if (instant == null) {
                throw new TypeMismatch("isDate", "'" + TypeCoercion.abbreviate(value) + "' is not a date-time");
            }
        } else {
            throw TypeCoercion.mismatch(type, value);
        }
        if (instant.isBefore(earliestInRange) || !instant.isBefore(firstPastRange)) {
            checkDateRange(LocalDate.ofInstant(instant, zone));
        }
        return truncate(instant, type.timePrecision());
    }

    private static Instant truncate(Instant instant, int digits) {
        if (digits >= 9) {
            return instant;
        }
        int excess = instant.getNano() % NANO_UNITS[Math.max(0, digits)];
        return excess == 0 ? instant : instant.minusNanos(excess);
    }

    /** A DATEONLY value, checked against the database's range of years. */
    LocalDate toLocalDate(DataType type, Object value) {
        return checkDateRange(localDate(type, value));
    }

    private LocalDate localDate(DataType type, Object value) {
        if (value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).toLocalDate();
        }
        if (value instanceof java.sql.Date) {
            return ((java.sql.Date) value).toLocalDate();
        }
        if (value instanceof CharSequence) {
            try {
                return LocalDate.parse(value.toString().trim());
            } catch (DateTimeException e) {
                Instant instant = DateText.parseInstant(value.toString(), zone);
                if (instant == null) {
                    throw new TypeMismatch("isDate", "'" + TypeCoercion.abbreviate(value) + "' is not a date");
                }
                return LocalDate.ofInstant(instant, zone);
            }
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime
                || value instanceof Date) {
            return LocalDate.ofInstant(toInstant(org.sequelize4j.DataTypes.DATE, value), zone);
        }
        throw TypeCoercion.mismatch(type, value);
    }

    private LocalDate checkDateRange(LocalDate date) {
        if (date.getYear() < limits.minYear() || date.getYear() > limits.maxYear()) {
            throw new TypeMismatch("range", date + " is outside the dates the database stores ("
                    + limits.minYear() + " to " + limits.maxYear() + ")");
        }
        return date;
    }

    /** A TIME value, truncated to the type's precision. */
    LocalTime toLocalTime(DataType type, Object value) {
        LocalTime time;
        if (value instanceof LocalTime) {
            time = (LocalTime) value;
        } else if (value instanceof LocalDateTime) {
            time = ((LocalDateTime) value).toLocalTime();
        } else if (value instanceof java.sql.Time) {
            time = ((java.sql.Time) value).toLocalTime();
        } else if (value instanceof CharSequence) {
            try {
                time = LocalTime.parse(value.toString().trim());
            } catch (DateTimeException e) {
                throw new TypeMismatch("isTime", "'" + TypeCoercion.abbreviate(value) + "' is not a time of day");
            }
        } else {
            throw TypeCoercion.mismatch(type, value);
        }
        int excess = time.getNano() % NANO_UNITS[Math.max(0, Math.min(9, type.timePrecision()))];
        return excess == 0 ? time : time.withNano(time.getNano() - excess);
    }
}
