package org.sequelize4j.dialect.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Oid;
import org.postgresql.jdbc.PgResultSet;
import org.postgresql.jdbc.PgResultSetMetaData;
import org.postgresql.util.PGobject;
import org.sequelize4j.dialect.LastConversion;
import org.sequelize4j.dialect.LastInstant;
import org.sequelize4j.types.ValueCodec;

/**
 * {@code timestamptz} values as {@link Instant}s.
 *
 * <p>An instant is bound as ISO-8601 text typed {@code timestamptz} (what the driver itself sends for an
 * {@link OffsetDateTime}), and the text of the last instant bound is kept: a bulk insert binds the same
 * timestamps on every row and formats them once. Years outside 1–9999, which ISO text cannot carry the
 * way PostgreSQL reads it, go through the driver.
 *
 * <p>A value the server sent in binary (pgjdbc asks for binary results once a statement has run five
 * times, so every kept statement's rows come this way) is the server's own count of microseconds since
 * 2000-01-01 UTC, and is turned into an instant directly: exact, in the proleptic Gregorian calendar that
 * PostgreSQL and {@code java.time} share, and without the {@link java.sql.Timestamp}, calendar and
 * parse objects the driver's {@code getTimestamp} makes per value (in a profile of 500 paged finds, the
 * driver's timestamp read was a sixth of the library's client time). Text values, {@code infinity}, a
 * result set that is not the driver's own (a wrapping data source) and a server counting time in
 * floating point (an option PostgreSQL 10 removed) are read through the driver as before.
 */
final class PostgresTimestampCodec implements ValueCodec {

    /** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds. */
    private static final long FIRST_ISO_SECOND = -62_135_596_800L;
    private static final long PAST_ISO_SECOND = 253_402_300_800L;

    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch, in Unix epoch seconds. */
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;

    /** 1582-10-15T00:00:00Z, the first day of the Gregorian calendar, in epoch milliseconds. */
    private static final long GREGORIAN_START_MILLIS = -12_219_292_800_000L;

    private final LastConversion<Instant, PGobject> typedText = new LastConversion<>(instant -> {
        PGobject parameter = new PGobject();
        parameter.setType("timestamptz");
        parameter.setValue(instant.toString());
        return parameter;
    });

    /** A row's equal createdAt and updatedAt share one instant (see {@link LastInstant}). */
    private final LastInstant lastRead = new LastInstant();

    @Override
    public void bind(PreparedStatement s, int i, Object v) throws SQLException {
        Instant instant = (Instant) v;
        long second = instant.getEpochSecond();
        if (second < FIRST_ISO_SECOND || second >= PAST_ISO_SECOND) {
            s.setObject(i, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            return;
        }
        // The driver copies the text when binding; the shared object is never changed afterwards.
        s.setObject(i, typedText.of(instant));
    }

    @Override
    public void bindNull(PreparedStatement s, int i) throws SQLException {
        s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public Object read(ResultSet rs, int i) throws SQLException {
        // A class test, not an interface one: cheap, and true for every statement the library keeps
        // (they are prepared on the physical connection).
        if (rs instanceof PgResultSet) {
            PgResultSet driverRows = (PgResultSet) rs;
            if (driverRows.getColumnOID(i) == Oid.TIMESTAMPTZ && isBinary(driverRows, i)) {
                byte[] bytes = driverRows.getBytes(i);
                if (bytes == null) {
                    return null;
                }
                if (bytes.length == 8) {
                    long micros = readLong(bytes);
                    // The server's infinity and -infinity; the driver's reading of them is kept.
                    if (micros != Long.MAX_VALUE && micros != Long.MIN_VALUE) {
                        return lastRead.of(POSTGRES_EPOCH_SECOND + Math.floorDiv(micros, 1_000_000L),
                                (int) Math.floorMod(micros, 1_000_000L) * 1_000);
                    }
                }
            }
        }
        return readThroughDriver(rs, i);
    }

    /**
     * Whether the column came in binary from a server that counts time in integer microseconds. The
     * result set's metadata object is made once per result set and kept by it.
     */
    private static boolean isBinary(PgResultSet rs, int i) throws SQLException {
        if (((PgResultSetMetaData) rs.getMetaData()).getFormat(i) != 1) {
            return false;
        }
        // The driver's own result set belongs to its own statement, whose connection is the driver's.
        java.sql.Statement statement = rs.getStatement();
        return statement != null && ((BaseConnection) statement.getConnection()).getQueryExecutor().getIntegerDateTimes();
    }

    private static long readLong(byte[] bytes) {
        long value = 0;
        for (int b = 0; b < 8; b++) {
            value = (value << 8) | (bytes[b] & 0xff);
        }
        return value;
    }

    /**
     * Read as a {@link java.sql.Timestamp}: for {@code timestamptz} the driver builds it straight from
     * the epoch offset, while an {@link OffsetDateTime} goes through local date and time objects first.
     * A {@code Timestamp} counts earlier days in the Julian calendar, unlike PostgreSQL and
     * {@code java.time}; those rare values are read again as {@code OffsetDateTime}.
     */
    private Object readThroughDriver(ResultSet rs, int i) throws SQLException {
        java.sql.Timestamp v = rs.getTimestamp(i);
        if (v == null) {
            return null;
        }
        if (v.getTime() < GREGORIAN_START_MILLIS + 86_400_000L * 14) {
            return rs.getObject(i, OffsetDateTime.class).toInstant();
        }
        return lastRead.of(Math.floorDiv(v.getTime(), 1000L), v.getNanos());
    }

    @Override
    public Object fromDriver(Object value) {
        if (value instanceof java.sql.Timestamp) {
            return ((java.sql.Timestamp) value).toInstant();
        }
        return value instanceof OffsetDateTime ? ((OffsetDateTime) value).toInstant() : value;
    }
}
