package org.sequelize4j.benchmarks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What the hand-written JDBC side needs to know about its database, written the way an application
 * without an ORM would: identifier quoting, and how {@code createdAt}/{@code updatedAt} are stored.
 *
 * <ul>
 *   <li>SQLite has no date type; Sequelize (and so Sequelize4j) stores UTC text of the form
 *       {@code 2024-05-01 10:15:30.123 +00:00}. The raw side formats and parses that text itself, with a
 *       fixed-position parser (the fastest reasonable way for a known format).</li>
 *   <li>PostgreSQL has {@code TIMESTAMP WITH TIME ZONE}: bound as {@link OffsetDateTime} (JDBC 4.2)
 *       and read with {@code getTimestamp}, the driver's cheapest read of it.</li>
 *   <li>MariaDB has {@code DATETIME(3)} holding UTC wall time (the session time zone is UTC): bound and
 *       read as {@link LocalDateTime}.</li>
 * </ul>
 */
public final class RawJdbc {

    private static final DateTimeFormatter SQLITE_FALLBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] xxx");

    private final BenchDialect.Family family;
    /** {@code id, name, email, "createdAt", "updatedAt"} quoted for the database. */
    public final String userColumns;

    /** The raw side of one database family. */
    public RawJdbc(BenchDialect.Family family) {
        this.family = family;
        this.userColumns = "id, name, email, " + q("createdAt") + ", " + q("updatedAt");
    }

    /** An identifier quoted for the database (only needed for the mixed-case timestamp columns). */
    public String q(String identifier) {
        return family == BenchDialect.Family.MARIADB ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }

    /**
     * The value to bind for an instant. For SQLite this is the stored text, so a caller writing the
     * same instant many times can compute it once.
     */
    public Object instantParameter(Instant instant) {
        switch (family) {
            case SQLITE:
                return formatSqlite(instant);
            case POSTGRES:
                return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
            default:
                return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }

    /** Binds a value made by {@link #instantParameter}. */
    public void bindInstant(PreparedStatement ps, int index, Object parameter) throws SQLException {
        if (parameter instanceof String) {
            ps.setString(index, (String) parameter);
        } else {
            ps.setObject(index, parameter);
        }
    }

    /** Reads an instant column. */
    public Instant readInstant(ResultSet rs, int index) throws SQLException {
        switch (family) {
            case SQLITE: {
                String text = rs.getString(index);
                return text == null ? null : parseSqlite(text);
            }
            case POSTGRES: {
                // getTimestamp is the cheaper read for timestamptz (measured: getObject(OffsetDateTime)
                // made W6's raw side about 5% slower), so the baseline uses it.
                java.sql.Timestamp value = rs.getTimestamp(index);
                return value == null ? null : value.toInstant();
            }
            default: {
                LocalDateTime value = rs.getObject(index, LocalDateTime.class);
                return value == null ? null : value.toInstant(ZoneOffset.UTC);
            }
        }
    }

    /** Reads the current row of a query selecting {@link #userColumns}. */
    public User readUser(ResultSet rs) throws SQLException {
        return new User(rs.getInt(1), rs.getString(2), rs.getString(3), readInstant(rs, 4), readInstant(rs, 5));
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSS +00:00} in UTC. */
    static String formatSqlite(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(30);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append(' ');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2).append('.');
        pad(sb, t.getNano() / 1_000_000, 3).append(" +00:00");
        return sb.toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    /**
     * Parses {@code yyyy-MM-dd HH:mm:ss.SSS +HH:MM} by position; other shapes (written by someone
     * else) go through a {@link DateTimeFormatter}.
     */
    static Instant parseSqlite(String s) {
        if (s.length() == 30 && s.charAt(19) == '.' && s.charAt(23) == ' ' && s.charAt(27) == ':') {
            int offsetSeconds = (digits(s, 25, 2) * 60 + digits(s, 28, 2)) * 60;
            if (s.charAt(24) == '-') {
                offsetSeconds = -offsetSeconds;
            }
            LocalDateTime local = LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2),
                    digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3) * 1_000_000);
            return local.toInstant(offsetSeconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offsetSeconds));
        }
        return OffsetDateTime.parse(s, SQLITE_FALLBACK).toInstant();
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Not a SQLite date: " + s);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
