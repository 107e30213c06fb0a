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
 * alone, as are PostgreSQL casts ({@code ::text}). A placeholder without a value is an error, not a NULL:
 * {@code :name}, {@code ?}, {@code $1} and {@code $name} without replacements or bind values, and on SQLite
 * its own {@code @name} and {@code ?NNN}, which it would otherwise bind as NULL.
 *
 * <p>One raw query is one statement: a {@code ;} followed by more SQL (outside literals, comments and the
 * {@code BEGIN … END} body of a {@code CREATE TRIGGER}/{@code PROCEDURE}) is refused before anything runs,
 * because the databases disagree on what to do with the rest (SQLite ignores it, PostgreSQL runs it,
 * MariaDB refuses it).
 */
public final class RawSql {

    private final String sql;
    private final Map<String, Object> namedReplacements;
    private final List<Object> positionalReplacements;
    private final Map<String, Object> namedBind;
    private final List<Object> positionalBind;
    private final Function<Object, SqlExpr.Param> binder;
    private final RawSyntax syntax;
    private final SqlWriter out = new SqlWriter();
    private int positionalIndex;
    private Boolean bindNumbered;
    /** The offset of the {@code ;} that ended the first statement, or -1, and where the output was then. */
    private int separatorAt = -1;
    private int outputAtSeparator;
    /** The first keyword of the statement, and the depth of BEGIN … END blocks inside a CREATE. */
    private String firstWord;
    private int blockDepth;

    private RawSql(String sql, Map<String, Object> namedReplacements, List<Object> positionalReplacements,
                   Map<String, Object> namedBind, List<Object> positionalBind, Function<Object, SqlExpr.Param> binder,
                   RawSyntax syntax) {
        this.sql = sql;
        this.namedReplacements = namedReplacements;
        this.positionalReplacements = positionalReplacements;
        this.namedBind = namedBind;
        this.positionalBind = positionalBind;
        this.binder = binder;
        this.syntax = syntax;
    }

    /**
     * Converts the placeholders of {@code sql}.
     *
     * @param binder makes the bound parameter (value and codec) for a value
     * @param syntax the database's literals, comments and own parameter markers
     * @throws QueryError for a placeholder without a value, mixed {@code $1}/{@code $name} styles, or more
     *                    than one statement
     */
    public static SqlStatement prepare(String sql, Map<String, Object> namedReplacements,
                                       List<Object> positionalReplacements, Map<String, Object> namedBind,
                                       List<Object> positionalBind, Function<Object, SqlExpr.Param> binder,
                                       RawSyntax syntax) {
        if (namedReplacements != null && positionalReplacements != null) {
            throw new QueryError("Give replacements either by name or by position, not both");
        }
        RawSql raw = new RawSql(sql, namedReplacements, positionalReplacements, namedBind, positionalBind, binder,
                syntax);
        raw.scan();
        if (raw.separatorAt >= 0) {
            // Only ';', blanks and comments follow: the statement is sent without them (MariaDB refuses "; ;").
            raw.out.text().setLength(raw.outputAtSeparator);
        }
        if (positionalReplacements != null && raw.positionalIndex != positionalReplacements.size()) {
            throw new QueryError("The query has " + raw.positionalIndex + " '?' placeholders but "
                    + positionalReplacements.size() + " replacements were given");
        }
        return raw.out.toStatement();
    }

    /**
     * Checks SQL written with {@code Sql.literal} inside a query: it takes no values, so any placeholder in
     * it (which the driver or SQLite would bind out of place or as NULL) and any second statement is refused.
     *
     * @throws QueryError naming the placeholder or the {@code ;}
     */
    public static void checkLiteral(String sql, RawSyntax syntax) {
        try {
            new RawSql(sql, null, null, null, null, value -> {
                throw new IllegalStateException("a literal binds nothing");
            }, syntax).scan();
        } catch (QueryError e) {
            throw new QueryError(e.getMessage() + " (in Sql.literal \"" + abbreviate(sql) + "\"; a literal takes no"
                    + " values: pass them as bound values, not inside the literal)");
        }
    }

    private static String abbreviate(String sql) {
        return sql.length() <= 120 ? sql : sql.substring(0, 117) + "...";
    }

    private void scan() {
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : 0;
            if (c == '-' && next == '-' || c == '#' && syntax.hashComments()) {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql.substring(i, end));
                i = end;
                continue;
            }
            if (c == '/' && next == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(sql.substring(i, end));
                i = end;
                continue;
            }
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (c == ';') {
                if (blockDepth == 0 && separatorAt < 0) {
                    separatorAt = i;
                    outputAtSeparator = out.text().length();
                }
                out.append(c);
                i++;
                continue;
            }
            if (separatorAt >= 0) {
                throw new QueryError("A raw query runs one statement, but the ';' at offset " + separatorAt
                        + " is followed by more SQL; run each statement with its own query call (in a transaction"
                        + " if they belong together)");
            }
            if (c == '\'' || c == '"' || c == '`') {
                i = copyQuoted(i, c, syntax.backslashEscapes() && c != '`' || c == '\'' && isEscapeStringPrefix(i));
            } else if (c == ':' && next == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && isNameStart(next) && (syntax.nativeNamedParameters() || !afterNamePart(i))) {
                i = writeNamed(i);
            } else if (c == '?') {
                i = writeQuestionMark(i);
            } else if (c == '@' && syntax.nativeNamedParameters() && isNameStart(next)) {
                throw new QueryError("'" + sql.substring(i, nameEnd(i + 1)) + "' has no value: the database would bind"
                        + " it as NULL; use a :name replacement or a $name bind parameter");
            } else if (c == '$' && next == '$' || c == '$' && isDollarTag(i)) {
                i = copyDollarQuoted(i);
            } else if (c == '$' && (Character.isDigit(next) || isNameStart(next)) && !afterNamePart(i)) {
                i = writeBind(i);
            } else if (isNameStart(c)) {
                i = copyWord(i);
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private boolean afterNamePart(int i) {
        return i > 0 && isNamePart(sql.charAt(i - 1));
    }

    private int writeNamed(int start) {
        int end = nameEnd(start + 1);
        String name = sql.substring(start + 1, end);
        if (namedReplacements == null) {
            throw new QueryError("Named replacement ':" + name + "' has no value: no named replacements were given");
        }
        if (!namedReplacements.containsKey(name)) {
            throw new QueryError("Named replacement ':" + name + "' has no value in the replacements given");
        }
        writeReplacement(namedReplacements.get(name));
        return end;
    }

    private int writeQuestionMark(int i) {
        int n = sql.length();
        if (i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
            int end = i + 1;
            while (end < n && Character.isDigit(sql.charAt(end))) {
                end++;
            }
            throw new QueryError("Numbered placeholder '" + sql.substring(i, end) + "' has no value: use '?'"
                    + " replacements or $1 bind parameters");
        }
        if (positionalReplacements != null) {
            if (positionalIndex >= positionalReplacements.size()) {
                throw new QueryError("The query has more '?' placeholders than the " + positionalReplacements.size()
                        + " replacements given");
            }
            writeReplacement(positionalReplacements.get(positionalIndex++));
            return i + 1;
        }
        if (syntax.doubledQuestionMark() && i + 1 < n && sql.charAt(i + 1) == '?') {
            out.append("??");
            return i + 2;
        }
        throw new QueryError("Placeholder '?' at offset " + i + " has no value: no positional replacements were given");
    }

    /**
     * Copies a keyword or identifier, following the BEGIN … END body of a CREATE TRIGGER, PROCEDURE or
     * FUNCTION, whose ';' end the statements inside it, not the query.
     */
    private int copyWord(int start) {
        int end = nameEnd(start);
        String word = sql.substring(start, end);
        out.append(word);
        if (firstWord == null) {
            firstWord = word;
        }
        if (!firstWord.equalsIgnoreCase("CREATE")) {
            return end;
        }
        if (word.equalsIgnoreCase("BEGIN") || blockDepth > 0 && word.equalsIgnoreCase("CASE")) {
            blockDepth++;
        } else if (blockDepth > 0 && word.equalsIgnoreCase("END")) {
            int after = end;
            while (after < sql.length() && Character.isWhitespace(sql.charAt(after))) {
                after++;
            }
            String following = sql.substring(after, nameEnd(after));
            if (following.equalsIgnoreCase("CASE")) {
                // MySQL's END CASE closes the CASE itself.
                out.append(sql.substring(end, nameEnd(after)));
                blockDepth--;
                return nameEnd(after);
            }
            if (!following.equalsIgnoreCase("IF") && !following.equalsIgnoreCase("LOOP")
                    && !following.equalsIgnoreCase("WHILE") && !following.equalsIgnoreCase("REPEAT")
                    && !following.equalsIgnoreCase("FOR")) {
                blockDepth--;
            }
        }
        return end;
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
