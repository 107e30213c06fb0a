package org.sequelize4j.dialect;

import java.sql.SQLException;

/**
 * The last value a codec converted, with its converted form. A bulk insert binds the same
 * {@code createdAt}/{@code updatedAt} instant on every row, and a row read back often holds the same
 * date text twice, so remembering one conversion turns thousands of conversions into one.
 *
 * <p>Thread-safe: the pair is immutable and replaced as a whole.
 *
 * @param <K> what is converted (an instant to bind, a text read)
 * @param <T> the converted form (text, wall time, a driver parameter object, an instant …)
 */
public final class LastConversion<K, T> {

    /** Converts one value. */
    @FunctionalInterface
    public interface Converter<K, T> {
        /** The converted form of {@code value}. */
        T convert(K value) throws SQLException;
    }

    private record Pair<K, T>(K value, T converted) {
    }

    private final Converter<K, T> converter;
    /**
     * Not volatile: a pair's fields are final, so a thread that sees a pair sees it whole, and one that
     * sees an older pair only converts again. A volatile write per conversion would fence every read
     * of a date that differs from the one before.
     */
    private Pair<K, T> last = new Pair<>(null, null);

    /** Remembers conversions made by {@code converter}. */
    public LastConversion(Converter<K, T> converter) {
        this.converter = converter;
    }

    /**
     * The converted form of {@code value} (not null): the remembered one if it is the last value
     * converted. A conversion that throws is not remembered.
     */
    public T of(K value) throws SQLException {
        Pair<K, T> pair = last;
        if (!value.equals(pair.value())) {
            pair = new Pair<>(value, converter.convert(value));
            last = pair;
        }
        return pair.converted();
    }
}
