package org.sequelize4j.sql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sequelize4j.errors.QueryError;

/**
 * Prepares a raw SQL string with Sequelize's placeholders for JDBC: {@code :name} and {@code ?}
 * replacements, {@code $1} and {@code $name} bind parameters. Every placeholder becomes a JDBC
 * {@code ?} with its value bound; a collection given for a replacement becomes one parameter per
 * element, for {@code IN (:ids)}.
 *
 * <p>Placeholders inside string literals (with the backslash escapes of MySQL strings and PostgreSQL
 * {@code E'…'} strings), quoted identifiers, comments and PostgreSQL dollar-quoted strings are left
 * alone, as are PostgreSQL casts ({@code ::text}). A placeholder without a value is an error, not a NULL.
 */
public final class RawSql {

    private final String sql;
    private final Map<String, Object> namedReplacements;
    private final List<Object> positionalReplacements;
    private final Map<String, Object> namedBind;
    private final List<Object> positionalBind;
    private final Function<Object, SqlExpr.Param> binder;
    private final boolean backslashEscapes;
    private final SqlWriter out = new SqlWriter();
    private int positionalIndex;
    private Boolean bindNumbered;

    private RawSql(String sql, Map<String, Object> namedReplacements, List<Object> positionalReplacements,
                   Map<String, Object> namedBind, List<Object> positionalBind, Function<Object, SqlExpr.Param> binder,
                   boolean backslashEscapes) {
        this.sql = sql;
        this.namedReplacements = namedReplacements;
        this.positionalReplacements = positionalReplacements;
        this.namedBind = namedBind;
        this.positionalBind = positionalBind;
        this.binder = binder;
        this.backslashEscapes = backslashEscapes;
    }

    /**
     * Converts the placeholders of {@code sql}.
     *
     * @param binder makes the bound parameter (value and codec) for a value
     * @param backslashEscapes whether backslash escapes quotes in string literals (MySQL)
     * @throws QueryError for a placeholder without a value, or mixed {@code $1}/{@code $name} styles
     */
    public static SqlStatement prepare(String sql, Map<String, Object> namedReplacements,
                                       List<Object> positionalReplacements, Map<String, Object> namedBind,
                                       List<Object> positionalBind, Function<Object, SqlExpr.Param> binder,
                                       boolean backslashEscapes) {
        if (namedReplacements != null && positionalReplacements != null) {
            throw new QueryError("Give replacements either by name or by position, not both");
        }
        RawSql raw = new RawSql(sql, namedReplacements, positionalReplacements, namedBind, positionalBind, binder,
                backslashEscapes);
        raw.scan();
        if (positionalReplacements != null && raw.positionalIndex != positionalReplacements.size()) {
            throw new QueryError("The query has " + raw.positionalIndex + " '?' placeholders but "
                    + positionalReplacements.size() + " replacements were given");
        }
        return raw.out.toStatement();
    }

    private void scan() {
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                i = copyQuoted(i, c, backslashEscapes && c != '`' || c == '\'' && isEscapeStringPrefix(i));
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql.substring(i, end));
                i = end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql.substring(i, end));
                i = end;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && namedReplacements != null && i + 1 < n && isNameStart(sql.charAt(i + 1))) {
                int end = nameEnd(i + 1);
                String name = sql.substring(i + 1, end);
                if (!namedReplacements.containsKey(name)) {
                    throw new QueryError("Named replacement ':" + name + "' has no value in the replacements given");
                }
                writeReplacement(namedReplacements.get(name));
                i = end;
            } else if (c == '?' && positionalReplacements != null) {
                if (positionalIndex >= positionalReplacements.size()) {
                    throw new QueryError("The query has more '?' placeholders than the " + positionalReplacements.size()
                            + " replacements given");
                }
                writeReplacement(positionalReplacements.get(positionalIndex++));
                i++;
            } else if (c == '$' && i + 1 < n && sql.charAt(i + 1) == '$' || c == '$' && isDollarTag(i)) {
                i = copyDollarQuoted(i);
            } else if (c == '$' && i + 1 < n && (namedBind != null || positionalBind != null)
                    && (Character.isDigit(sql.charAt(i + 1)) || isNameStart(sql.charAt(i + 1)))
                    && (i == 0 || !isNamePart(sql.charAt(i - 1)))) {
                i = writeBind(i);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private void writeReplacement(Object value) {
        if (value instanceof Collection) {
            Collection<?> values = (Collection<?>) value;
            if (values.isEmpty()) {
                // IN (NULL) matches nothing, which is what an empty list means.
                out.append("NULL");
                return;
            }
            boolean first = true;
            for (Object element : values) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                param(element);
            }
        } else {
            param(value);
        }
    }

    private void param(Object value) {
        SqlExpr.Param p = binder.apply(value);
        out.param(p.value(), p.codec());
    }

    private int writeBind(int start) {
        int i = start + 1;
        if (Character.isDigit(sql.charAt(i))) {
            int end = i;
            while (end < sql.length() && Character.isDigit(sql.charAt(end))) {
                end++;
            }
            requireStyle(true);
            int index = Integer.parseInt(sql.substring(i, end));
            if (positionalBind == null || index < 1 || index > positionalBind.size()) {
                throw new QueryError("Bind parameter $" + index + " has no value (" + (positionalBind == null ? 0
                        : positionalBind.size()) + " bind values given)");
            }
            param(positionalBind.get(index - 1));
            return end;
        }
        int end = nameEnd(i);
        String name = sql.substring(i, end);
        requireStyle(false);
        if (namedBind == null || !namedBind.containsKey(name)) {
            throw new QueryError("Bind parameter $" + name + " has no value in the bind values given");
        }
        param(namedBind.get(name));
        return end;
    }

    private void requireStyle(boolean numbered) {
        if (bindNumbered != null && bindNumbered != numbered) {
            throw new QueryError("A query cannot mix numbered ($1) and named ($name) bind parameters");
        }
        bindNumbered = numbered;
    }

    /** Whether the quote at {@code i} opens a PostgreSQL escape string ({@code E'it\'s'}), where backslash escapes. */
    private boolean isEscapeStringPrefix(int i) {
        return i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                && (i < 2 || !isNamePart(sql.charAt(i - 2)));
    }

    private int copyQuoted(int start, char quote, boolean backslash) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && backslash) {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            i++;
        }
        int end = Math.min(i, n);
        out.append(sql.substring(start, end));
        return end;
    }

    private boolean isDollarTag(int i) {
        // $tag$ opens a dollar-quoted string in PostgreSQL.
        int j = i + 1;
        while (j < sql.length() && isNamePart(sql.charAt(j))) {
            j++;
        }
        return j > i + 1 && j < sql.length() && sql.charAt(j) == '$' && !Character.isDigit(sql.charAt(i + 1))
                && namedBind == null;
    }

    private int copyDollarQuoted(int start) {
        int tagEnd = sql.indexOf('$', start + 1);
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        int end = close < 0 ? sql.length() : close + tag.length();
        out.append(sql.substring(start, end));
        return end;
    }

    private int nameEnd(int from) {
        int end = from;
        while (end < sql.length() && isNamePart(sql.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
