package org.sequelize4j.dialect.sqlite;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlWriter;
import org.sequelize4j.types.ValueCodec;

/**
 * Long IN lists on SQLite, which has no array parameters and refuses statements with more bound
 * parameters than it was compiled for (32,766 by default): above {@link #THRESHOLD} values the list is
 * one JSON text parameter read back by {@code json_each}, {@code x IN (SELECT value FROM json_each(?))}.
 * Each value is written in the form its codec would bind (dates as their text, booleans as 1/0), and the
 * comparison applies the column's affinity to it as it would to a bound parameter, so both forms match
 * the same rows, NULLs included.
 */
final class SqliteInList {

    /** Lists longer than this are sent as one parameter (a quarter of SQLite's default limit, as on PostgreSQL). */
    static final int THRESHOLD = 32_766 / 4;

    private SqliteInList() {
    }

    static void write(SqliteDialect dialect, SqlWriter w, SqlRenderer renderer, SqlExpr.In in) {
        String json = in.items().size() > THRESHOLD ? json(in) : null;
        renderer.writeExpr(w, in.left());
        if (json == null) {
            w.append(in.not() ? " NOT IN (" : " IN (");
            renderer.writeList(w, in.items());
            w.append(')');
            return;
        }
        w.append(in.not() ? " NOT IN (SELECT value FROM json_each(" : " IN (SELECT value FROM json_each(");
        w.param(json, StandardCodecs.STRING).append("))");
    }

    /** The list as a JSON array, or null when an item is not a plain value JSON can carry (an expression, bytes). */
    private static String json(SqlExpr.In in) {
        Capture capture = new Capture();
        PreparedStatement target = capture.statement();
        StringBuilder sb = new StringBuilder(in.items().size() * 8).append('[');
        for (SqlExpr item : in.items()) {
            if (!(item instanceof SqlExpr.Param)) {
                return null;
            }
            SqlExpr.Param p = (SqlExpr.Param) item;
            Object bound = p.value();
            if (bound != null && p.codec() != null) {
                capture.value = null;
                try {
                    p.codec().bind(target, 1, bound);
                } catch (SQLException e) {
                    return null;
                }
                bound = capture.value;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            if (!append(sb, bound)) {
                return null;
            }
        }
        return sb.append(']').toString();
    }

    private static boolean append(StringBuilder sb, Object value) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            sb.append(value);
        } else if (value instanceof BigDecimal) {
            sb.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return false;
            }
            sb.append(value instanceof Float ? Float.toString((Float) value) : Double.toString(d));
        } else if (value instanceof Boolean) {
            sb.append((Boolean) value ? '1' : '0');
        } else if (value instanceof byte[]) {
            return false;
        } else {
            quote(sb, value.toString());
        }
        return true;
    }

    private static void quote(StringBuilder sb, String text) {
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    /**
     * Records the value a codec binds, so the JSON holds exactly what the list form would have bound; only
     * the {@code set…} methods are ever called on it.
     */
    private static final class Capture {
        private Object value;

        PreparedStatement statement() {
            return (PreparedStatement) Proxy.newProxyInstance(SqliteInList.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("setNull")) {
                            value = null;
                        } else if (name.startsWith("set") && args != null && args.length >= 2) {
                            value = args[1];
                        } else {
                            throw new SQLException("not a parameter setter: " + name);
                        }
                        return null;
                    });
        }
    }
}
