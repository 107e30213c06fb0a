package org.sequelize4j.dialect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.dialect.ConditionTokens;
import org.sequelize4j.dialect.ConditionTokens.Kind;
import org.sequelize4j.dialect.ConditionTokens.Token;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.SchemaComparison;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.TableRef;

/**
 * PostgreSQL keeps each ENUM column's values in a type of its own, {@code enum_[table]_[column]}, and
 * writes a check's condition back from its parse tree ({@code pg_get_constraintdef}): with casts,
 * {@code IN} as {@code = ANY (ARRAY[…])}, {@code LIKE} as {@code ~~}, negative numbers as quoted
 * constants; and a model renders {@code E'…'} strings where the session reads backslashes as escapes.
 */
final class PostgresSchemaComparison extends SchemaComparison {

    PostgresSchemaComparison(Dialect dialect) {
        super(dialect);
    }

    @Override
    public TableRef asDeclared(TableRef live) {
        return "public".equals(live.schema()) ? new TableRef(null, live.name(), live.alias()) : live;
    }

    @Override
    public boolean enumValuesInOwnType() {
        return true;
    }

    @Override
    public TableRef enumType(TableRef table, ColumnSpec column) {
        String name = column.enumName() != null ? column.enumName() : PostgresDdl.enumTypeName(table, column.name());
        return new TableRef(table.schema(), name, null);
    }

    /** The LIKE family as the operators PostgreSQL writes them as. */
    private static final Map<String, String[]> LIKE_OPERATORS = Map.of("~~", new String[] {"like"},
            "!~~", new String[] {"not", "like"}, "~~*", new String[] {"ilike"}, "!~~*", new String[] {"not", "ilike"});

    /** The types whose constants are numbers, so that {@code '-100'::integer} is the number -100. */
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "bigint", "smallint", "numeric", "real",
            "double", "int", "int4", "int8", "int2", "float4", "float8", "decimal");

    @Override
    protected List<Token> checkTokens(String condition) {
        List<Token> tokens = ConditionTokens.tokenize(condition, false, true);
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("::")) {
                String type = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
                Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
                if (previous != null && previous.kind() == Kind.STRING && NUMERIC_TYPES.contains(type)
                        && previous.text().matches("-?[0-9]+(\\.[0-9]+)?")) {
                    out.set(out.size() - 1, new Token(Kind.NUMBER, previous.text(), false));
                }
                i = skipType(tokens, i + 1) - 1;
                continue;
            }
            if (t.is("array") || t.is("[") || t.is("]")) {
                continue;
            }
            if (t.is("=") && i + 1 < tokens.size() && tokens.get(i + 1).is("any")) {
                out.add(new Token(Kind.NAME, "in", false));
                i++;
                continue;
            }
            if (t.is("<>") && i + 1 < tokens.size() && tokens.get(i + 1).is("all")) {
                out.add(new Token(Kind.NAME, "not", false));
                out.add(new Token(Kind.NAME, "in", false));
                i++;
                continue;
            }
            String[] like = t.kind() == Kind.SYMBOL ? LIKE_OPERATORS.get(t.text()) : null;
            if (like != null) {
                for (String word : like) {
                    out.add(new Token(Kind.NAME, word, false));
                }
                continue;
            }
            out.add(t);
        }
        return likeEscape(out);
    }

    /** {@code LIKE p ESCAPE e} is written {@code ~~ like_escape(p, e)}. */
    private static List<Token> likeEscape(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("like_escape") && i + 5 < tokens.size() && tokens.get(i + 1).is("(")
                    && tokens.get(i + 3).is(",") && tokens.get(i + 5).is(")")) {
                out.add(tokens.get(i + 2));
                out.add(new Token(Kind.NAME, "escape", false));
                out.add(tokens.get(i + 4));
                i += 5;
                continue;
            }
            out.add(tokens.get(i));
        }
        return out;
    }

    /** The index just past a cast's type name: one or more words (character varying), a modifier, brackets. */
    private static int skipType(List<Token> tokens, int at) {
        if (at < tokens.size() && tokens.get(at).kind() == Kind.NAME) {
            String first = tokens.get(at).text();
            at++;
            while (at + 1 < tokens.size() && tokens.get(at).is(".") && tokens.get(at + 1).kind() == Kind.NAME) {
                at += 2;
            }
            List<String> rest = switch (first) {
                case "character", "bit" -> List.of("varying");
                case "double" -> List.of("precision");
                case "timestamp", "time" -> List.of("with", "without", "time", "zone");
                default -> List.of();
            };
            while (at < tokens.size() && tokens.get(at).kind() == Kind.NAME && !tokens.get(at).quoted()
                    && rest.contains(tokens.get(at).text())) {
                at++;
            }
        }
        if (at < tokens.size() && tokens.get(at).is("(")) {
            while (at < tokens.size() && !tokens.get(at).is(")")) {
                at++;
            }
            at++;
        }
        while (at + 1 < tokens.size() && tokens.get(at).is("[") && tokens.get(at + 1).is("]")) {
            at += 2;
        }
        return at;
    }
}
