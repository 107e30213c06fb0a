package org.sequelize4j.schema.spec;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequelize4j.DataType;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.sql.ColumnSpec;

/**
 * Compares a column's declared constant default with the default the database reports, so that
 * {@code sync({alter})} changes defaults that changed and leaves the others alone. Only defaults whose
 * text form every database reports the same way once quotes and casts are removed (strings, integers,
 * booleans, enum values) are compared; others (dates, decimals, expressions) count as unchanged.
 */
public final class ColumnDefaults {

    /** PostgreSQL appends a cast to defaults: {@code 'red'::character varying}, {@code '-5'::integer}. */
    private static final Pattern CAST = Pattern.compile("(?s)^(.*)::[a-zA-Z_][a-zA-Z0-9_ ]*(\\(\\d+\\))?(\\[\\])?$");

    private ColumnDefaults() {
    }

    /**
     * Whether the declared default differs from the one reported ({@code current}, as SQL text or null).
     * Strings are compared by the value their literals denote, however each side spells it.
     */
    public static boolean differs(ColumnSpec column, String current, Dialect dialect) {
        if (column.defaultExpression() != null || column.autoIncrement() || column.primaryKey()
                || !comparable(column.type())) {
            return false;
        }
        String expected = column.defaultValue() == null ? null
                : byValue(normalize(dialect.literal(column.defaultValue(), column.type()), column.type()), dialect);
        String actual = current == null ? null : byValue(normalize(current, column.type()), dialect);
        return !Objects.equals(expected, actual);
    }

    /**
     * A string literal as the string it denotes, so that two spellings of one value compare equal
     * (PostgreSQL writes {@code E'a\\b'} but reports {@code 'a\b'}); anything else as it is.
     */
    private static String byValue(String sql, Dialect dialect) {
        if (sql == null) {
            return null;
        }
        String value = dialect.stringLiteralValue(sql);
        return value == null ? sql : "'" + value;
    }

    private static boolean comparable(DataType type) {
        switch (type.kind()) {
            case STRING: case CHAR:
                return !type.isBinary();
            case TEXT: case CITEXT: case ENUM: case BOOLEAN:
            case TINYINT: case SMALLINT: case MEDIUMINT: case INTEGER: case BIGINT:
                return true;
            default:
                return false;
        }
    }

    /** A default's SQL text without casts and parentheses; numbers and booleans also without quotes. */
    static String normalize(String sql, DataType type) {
        String s = sql.trim();
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher cast = CAST.matcher(s);
            if (cast.matches()) {
                s = cast.group(1).trim();
                changed = true;
            }
            if (s.length() >= 2 && s.startsWith("(") && s.endsWith(")")) {
                s = s.substring(1, s.length() - 1).trim();
                changed = true;
            }
        }
        if (s.equalsIgnoreCase("NULL")) {
            return null;
        }
        if (type.kind() != DataType.Kind.BOOLEAN && !type.kind().isInteger()) {
            return s;
        }
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (type.kind() == DataType.Kind.BOOLEAN) {
            return lower.equals("true") || lower.equals("1") ? "1" : lower.equals("false") || lower.equals("0") ? "0" : s;
        }
        try {
            return new BigInteger(s).toString();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
