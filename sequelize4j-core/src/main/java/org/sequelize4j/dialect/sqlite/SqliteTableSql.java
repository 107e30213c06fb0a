package org.sequelize4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sequelize4j.dialect.sqlite.SqliteTokens.Token;

/**
 * A CREATE TABLE statement as SQLite stored it, taken apart into its column definitions and table
 * constraints, each kept as the text it was written with, so that a rebuilt table gets back every
 * part that the change leaves alone (names of constraints, collations, checks, ON CONFLICT clauses).
 */
final class SqliteTableSql {

    /** Words that start a column constraint after a column's type. */
    private static final Set<String> CLAUSE_STARTS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
            "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    /** One part of a column definition after its type: a constraint with its optional name. */
    record Clause(String name, String kind, String text, List<Token> tokens) {

        /** The clause's text without its {@code CONSTRAINT name} prefix. */
        String body() {
            if (name == null) {
                return text;
            }
            return text.substring(tokens.get(2).start() - tokens.get(0).start());
        }
    }

    /** An element of the table's definition: a column or a table constraint. */
    sealed interface Element permits Column, TableConstraint {
        /** The element's text. */
        String text();
    }

    /**
     * A column definition.
     *
     * @param name the column name
     * @param type the declared type, or an empty string
     * @param clauses the constraints after the type
     * @param text the whole definition
     */
    record Column(String name, String type, List<Clause> clauses, String text) implements Element {

        /** The first clause of a kind ({@code PRIMARY}, {@code REFERENCES}, …), or null. */
        Clause clause(String kind) {
            return clauses.stream().filter(c -> c.kind().equals(kind)).findFirst().orElse(null);
        }

        /** Whether its value is computed (GENERATED ALWAYS AS), so it cannot be copied. */
        boolean generated() {
            return clause("GENERATED") != null || clause("AS") != null;
        }
    }

    /**
     * A table constraint.
     *
     * @param name its name, or null
     * @param kind PRIMARY, UNIQUE, CHECK or FOREIGN
     * @param text the whole constraint
     * @param tokens its tokens (positions relative to {@code text})
     */
    record TableConstraint(String name, String kind, String text, List<Token> tokens) implements Element {

        /** The columns in its first parenthesised list (PRIMARY KEY, UNIQUE, FOREIGN KEY). */
        List<String> columns() {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).is('(')) {
                    return columnList(tokens, i);
                }
            }
            return List.of();
        }

        /** Whether the constraint refers to a column. */
        boolean mentions(String column) {
            int start = 0;
            if (kind.equals("FOREIGN")) {
                // After REFERENCES the names are the other table's.
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).is("REFERENCES")) {
                        return SqliteTokens.mentions(tokens.subList(0, i), name == null ? 0 : 2, column);
                    }
                }
            }
            return SqliteTokens.mentions(tokens, name == null ? start : 2, column);
        }
    }

    private final List<Element> elements;
    private final String tail;

    private SqliteTableSql(List<Element> elements, String tail) {
        this.elements = elements;
        this.tail = tail;
    }

    /** The elements in order. */
    List<Element> elements() {
        return elements;
    }

    /** What follows the closing parenthesis ({@code WITHOUT ROWID}, {@code STRICT}), or an empty string. */
    String tail() {
        return tail;
    }

    /** The columns in order. */
    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Column c) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** The column called {@code name} (case-insensitively), or null. */
    Column column(String name) {
        for (Column c : columns()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    /** The same table with other elements. */
    SqliteTableSql with(List<Element> newElements) {
        return new SqliteTableSql(List.copyOf(newElements), tail);
    }

    /** The CREATE TABLE statement for this definition under a (quoted) table name. */
    String createStatement(String quotedName) {
        StringBuilder sb = new StringBuilder("CREATE TABLE ").append(quotedName).append(" (");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(elements.get(i).text());
        }
        return sb.append(')').append(tail).toString();
    }

    // ---- parsing ---------------------------------------------------------------------------------

    /** Takes a stored CREATE TABLE statement apart. */
    static SqliteTableSql parse(String sql) {
        List<Token> tokens = SqliteTokens.of(sql);
        int open = 0;
        while (open < tokens.size() && !tokens.get(open).is('(')) {
            open++;
        }
        if (open == tokens.size()) {
            throw new IllegalArgumentException("Not a CREATE TABLE with columns: " + sql);
        }
        int close = SqliteTokens.closingParen(tokens, open);
        List<Element> elements = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open + 1; i <= close; i++) {
            Token t = tokens.get(i);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')') && depth > 0) {
                depth--;
            } else if (depth == 0 && (t.is(',') || i == close)) {
                if (i > start) {
                    String text = sql.substring(tokens.get(start).start(), tokens.get(i - 1).end());
                    elements.add(element(text));
                }
                start = i + 1;
            }
        }
        String tail = sql.substring(tokens.get(close).end()).stripTrailing();
        return new SqliteTableSql(List.copyOf(elements), tail.isBlank() ? "" : tail);
    }

    /** One element from its text. */
    static Element element(String text) {
        List<Token> tokens = SqliteTokens.of(text);
        Token first = tokens.get(0);
        String kind = first.kind() == SqliteTokens.Kind.WORD ? first.text().toUpperCase(java.util.Locale.ROOT) : "";
        if (kind.equals("CONSTRAINT") && tokens.size() > 2) {
            return new TableConstraint(tokens.get(1).name(), tokens.get(2).text().toUpperCase(java.util.Locale.ROOT),
                    text, tokens);
        }
        if (Set.of("PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(kind)) {
            return new TableConstraint(null, kind, text, tokens);
        }
        return column(text, tokens);
    }

    private static Column column(String text, List<Token> tokens) {
        String name = tokens.get(0).name();
        int i = 1;
        int depth = 0;
        int typeEnd = 1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')')) {
                depth--;
            } else if (depth == 0 && t.kind() == SqliteTokens.Kind.WORD && isClauseStart(tokens, i)) {
                break;
            }
            i++;
            typeEnd = i;
        }
        String type = typeEnd > 1 ? text.substring(tokens.get(1).start(), tokens.get(typeEnd - 1).end()) : "";
        List<Clause> clauses = new ArrayList<>();
        int clauseStart = typeEnd;
        depth = 0;
        for (int j = typeEnd + 1; j <= tokens.size(); j++) {
            boolean end = j == tokens.size();
            if (!end) {
                Token t = tokens.get(j);
                if (t.is('(')) {
                    depth++;
                } else if (t.is(')')) {
                    depth--;
                }
            }
            if (end || depth == 0 && tokens.get(j).kind() == SqliteTokens.Kind.WORD && isClauseStart(tokens, j)
                    && !continuesConstraintName(tokens, clauseStart, j)) {
                if (clauseStart < tokens.size()) {
                    clauses.add(clause(text, tokens.subList(clauseStart, j)));
                }
                clauseStart = j;
            }
        }
        return new Column(name, type, List.copyOf(clauses), text);
    }

    /** Whether token {@code j} is the constraint a {@code CONSTRAINT name} prefix started at {@code start} names. */
    private static boolean continuesConstraintName(List<Token> tokens, int start, int j) {
        return tokens.get(start).is("CONSTRAINT") && j == start + 2;
    }

    /**
     * Whether the word at {@code i} starts a new column constraint, rather than continuing one:
     * {@code NULL} after {@code NOT}, {@code SET} or {@code DEFAULT}; {@code DEFAULT} after {@code SET};
     * {@code NOT} before {@code DEFERRABLE}; a collation's or constraint's name.
     */
    private static boolean isClauseStart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String word = t.text().toUpperCase(java.util.Locale.ROOT);
        if (!CLAUSE_STARTS.contains(word)) {
            return false;
        }
        Token previous = i > 0 ? tokens.get(i - 1) : null;
        if (previous != null && (previous.is("COLLATE") || previous.is("CONSTRAINT") || previous.is("DEFAULT")
                || previous.is("SET") || previous.is("REFERENCES"))) {
            return false;
        }
        if (word.equals("NULL") && previous != null && previous.is("NOT")) {
            return false;
        }
        if (word.equals("NOT") && i + 1 < tokens.size() && tokens.get(i + 1).is("DEFERRABLE")) {
            return false;
        }
        // "GENERATED ALWAYS AS": the AS belongs to GENERATED.
        return !(word.equals("AS") && previous != null && previous.is("ALWAYS"));
    }

    private static Clause clause(String text, List<Token> tokens) {
        String source = text.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        List<Token> relative = SqliteTokens.of(source);
        if (relative.get(0).is("CONSTRAINT") && relative.size() > 2) {
            return new Clause(relative.get(1).name(), relative.get(2).text().toUpperCase(java.util.Locale.ROOT), source,
                    relative);
        }
        return new Clause(null, relative.get(0).text().toUpperCase(java.util.Locale.ROOT), source, relative);
    }

    /** The names in the parenthesised list opening at {@code open}: the first token of each item. */
    static List<String> columnList(List<Token> tokens, int open) {
        int close = SqliteTokens.closingParen(tokens, open);
        List<String> names = new ArrayList<>();
        boolean expectName = true;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (t.is('(')) {
                depth++;
            } else if (t.is(')')) {
                depth--;
            } else if (depth == 0 && t.is(',')) {
                expectName = true;
            } else if (expectName && depth == 0) {
                names.add(t.name());
                expectName = false;
            }
        }
        return names;
    }

    /** The column definition of a column, renamed. */
    static Column renamed(Column column, String quotedName) {
        List<Token> tokens = SqliteTokens.of(column.text());
        return (Column) element(quotedName + column.text().substring(tokens.get(0).end()));
    }
}
