package org.sequelize4j.dialect;

import java.sql.SQLException;
import java.time.Instant;

/**
 * The last instant a codec converted for binding, with its converted form. A bulk insert binds the
 * same {@code createdAt}/{@code updatedAt} instant on every row, so remembering one conversion turns
 * thousands of conversions into one.
 *
 * <p>Thread-safe: the pair is immutable and replaced as a whole.
 *
 * @param <T> the converted form (text, wall time, a driver parameter object …)
 */
public final class LastConversion<T> {

    /** Converts an instant for binding. */
    @FunctionalInterface
    public interface Converter<T> {
        /** The form in which {@code instant} is bound. */
        T convert(Instant instant) throws SQLException;
    }

    private record Pair<T>(Instant instant, T converted) {
    }

    private final Converter<T> converter;
    private volatile Pair<T> last = new Pair<>(null, null);

    /** Remembers conversions made by {@code converter}. */
    public LastConversion(Converter<T> converter) {
        this.converter = converter;
    }

    /** The converted form of {@code instant}: the remembered one if it is the last instant converted. */
    public T of(Instant instant) throws SQLException {
        Pair<T> pair = last;
        if (!instant.equals(pair.instant())) {
            pair = new Pair<>(instant, converter.convert(instant));
            last = pair;
        }
        return pair.converted();
    }
}
