package org.sequelize4j.dialect;

import java.time.Instant;

/**
 * The last instant a codec read, handed out again for a value equal to it. A row that was never
 * updated holds the same {@code createdAt} and {@code updatedAt}, and the rows of one bulk insert all
 * hold the same pair, so the instances read keep one {@link Instant} where they would keep one per
 * value: 24 bytes less per such row (W2 on PostgreSQL, half of its rows never updated: 253 → 241 bytes
 * retained per row, against 205 for plain objects read by hand).
 *
 * <p>Thread-safe without a fence: an {@code Instant}'s fields are final, so a thread that sees one sees
 * it whole, and a thread that sees an older one only makes a new one.
 */
public final class LastInstant {

    private Instant last;

    /** The instant at {@code epochSecond} and {@code nano}, the one returned before if it is equal. */
    public Instant of(long epochSecond, int nano) {
        Instant previous = last;
        if (previous != null && previous.getEpochSecond() == epochSecond && previous.getNano() == nano) {
            return previous;
        }
        Instant instant = Instant.ofEpochSecond(epochSecond, nano);
        last = instant;
        return instant;
    }
}
