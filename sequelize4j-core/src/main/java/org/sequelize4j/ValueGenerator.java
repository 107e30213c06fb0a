package org.sequelize4j;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Default values computed in Java each time an instance is built, as Sequelize computes them in
 * JavaScript: {@link DataTypes#NOW}, {@link DataTypes#UUIDV1}, {@link DataTypes#UUIDV4}.
 */
public enum ValueGenerator {
    /** The current time (an {@link Instant} for DATE, today's date for DATEONLY, the time for TIME). */
    NOW,
    /** A time-based UUID (version 1) with a random node id. */
    UUIDV1,
    /** A random UUID (version 4). */
    UUIDV4;

    /**
     * The random source of version-1 UUIDs, made on first use: seeding a SecureRandom costs a cold JVM
     * about 25 ms, and every model with a NOW default would pay it at start-up.
     */
    private static final class Uuid1 {
        static final SecureRandom RANDOM = new SecureRandom();
        static final long NODE = (RANDOM.nextLong() & 0xFFFFFFFFFFFFL) | 0x010000000000L;
    }

    /** 100-ns intervals between the UUID epoch (1582-10-15) and the Unix epoch. */
    private static final long UUID_EPOCH_OFFSET = 0x01b21dd213814000L;
    private static final AtomicLong LAST_TIMESTAMP = new AtomicLong();

    /**
     * Produces a fresh value for an attribute of the given type.
     *
     * @param type the attribute's declared type, which decides the shape of {@link #NOW}
     */
    public Object generate(DataType type) {
        return generate(type, ZoneOffset.UTC);
    }

    /**
     * Produces a fresh value; the current date or time of {@link #NOW} is taken in {@code zone} (the
     * Sequelize instance's {@code timezone}).
     */
    public Object generate(DataType type, java.time.ZoneId zone) {
        switch (this) {
            case UUIDV4:
                return UUID.randomUUID();
            case UUIDV1:
                return timeBasedUuid();
            case NOW:
            default:
                Instant now = Instant.now();
                if (type != null && type.kind() == DataType.Kind.DATEONLY) {
                    return LocalDate.ofInstant(now, zone);
                }
                if (type != null && type.kind() == DataType.Kind.TIME) {
                    return LocalTime.ofInstant(now, zone);
                }
                return now;
        }
    }

    private static UUID timeBasedUuid() {
        Instant now = Instant.now();
        long candidate = now.getEpochSecond() * 10_000_000L + now.getNano() / 100 + UUID_EPOCH_OFFSET;
        // Strictly increasing timestamps keep UUIDs generated in the same 100 ns tick distinct.
        long timestamp = LAST_TIMESTAMP.accumulateAndGet(candidate, (last, next) -> next > last ? next : last + 1);
        long timeLow = timestamp & 0xFFFFFFFFL;
        long timeMid = (timestamp >>> 32) & 0xFFFFL;
        long timeHigh = (timestamp >>> 48) & 0x0FFFL;
        long msb = (timeLow << 32) | (timeMid << 16) | 0x1000L | timeHigh;
        long clockSeq = Uuid1.RANDOM.nextInt(0x4000);
        long lsb = (0x8000L | clockSeq) << 48 | Uuid1.NODE;
        return new UUID(msb, lsb);
    }
}
