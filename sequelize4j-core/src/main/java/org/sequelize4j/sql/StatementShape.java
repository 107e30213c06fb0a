package org.sequelize4j.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sequelize4j.types.ValueCodec;

/**
 * Everything a statement's text depends on, with its parameter values left out: the key under which
 * the text rendered once is reused for every later statement of the same shape (a thousand
 * {@code update(values, where id = ?)} calls send one text), while the values are collected in the
 * order the renderer would bind them.
 *
 * <p>Only expressions whose text cannot depend on their values have a shape: columns, parameters,
 * plain comparisons ({@code = != > >= < <=}), {@code AND}/{@code OR}/{@code NOT}, {@code IS},
 * case-sensitive {@code LIKE} and aliased select-list entries. Anything else (an IN list a dialect may split, a literal, a function)
 * makes {@link Builder#add} answer false, and the caller renders in full as before. The key is an
 * array of tokens compared element by element, with a hand-written hash: no record's generated
 * {@code equals}/{@code hashCode}, which run through method handles and are slow until the JIT has
 * compiled them, on exactly the calls a cold start makes.
 */
public final class StatementShape {

    /** Node markers; compared by identity. */
    private static final Object COLUMN = new Marker(1);
    private static final Object PARAM = new Marker(2);
    private static final Object COMPARE = new Marker(3);
    private static final Object AND = new Marker(4);
    private static final Object OR = new Marker(5);
    private static final Object NOT = new Marker(6);
    private static final Object IS = new Marker(7);
    private static final Object LIKE = new Marker(8);
    private static final Object TRUTH = new Marker(9);
    private static final Object ALIASED = new Marker(10);
    private static final Object NONE = new Marker(11);

    /**
     * A structural token with a constant hash. A plain {@code new Object()}'s hash, asked through the
     * megamorphic {@code hashCode()} call of {@link Builder#push}, is a call into the VM for its
     * identity hash, several per statement.
     */
    public static final class Marker {
        private final int hash;

        /** A marker contributing {@code hash} to the shapes it is in. */
        public Marker(int hash) {
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Object[] tokens;
    private final int size;
    private final int hash;

    private StatementShape(Object[] tokens, int size, int hash) {
        this.tokens = tokens;
        this.size = size;
        this.hash = hash;
    }

    /** A builder for one statement's shape. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StatementShape)) {
            return false;
        }
        StatementShape o = (StatementShape) other;
        return hash == o.hash && size == o.size && sameTokens(tokens, o.tokens, size);
    }

    /** Whether the first {@code size} tokens of two keys are equal (markers compare by identity). */
    public static boolean sameTokens(Object[] a, Object[] b, int size) {
        for (int i = 0; i < size; i++) {
            // Names are usually the very same strings, and markers are compared by identity anyway.
            if (a[i] != b[i] && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Collects a shape's tokens and, in binding order, its parameters. */
    public static final class Builder {
        /** The tokens so far, hashed as they come: no list, no copy, no second pass to hash them. */
        private Object[] tokens = new Object[48];
        private int size;
        private int hash = 1;
        private final ArrayList<Object> values = new ArrayList<>(8);
        private final ArrayList<ValueCodec> codecs = new ArrayList<>(8);

        private Builder() {
        }

        /** Adds a fixed part of the text (a keyword's marker, a table or column name, a flag). */
        public Builder token(Object token) {
            push(token == null ? NONE : token);
            return this;
        }

        private void push(Object token) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = token;
            hash = 31 * hash + token.hashCode();
        }

        /**
         * Adds an expression as the renderer would write it: its structure to the shape, its
         * parameters to the values. Returns false, leaving the builder unusable, when the expression's
         * text could depend on its values.
         */
        public boolean add(SqlExpr e) {
            if (e instanceof SqlExpr.Param) {
                SqlExpr.Param p = (SqlExpr.Param) e;
                push(PARAM);
                values.add(p.value());
                codecs.add(p.codec());
                return true;
            }
            if (e instanceof SqlExpr.Column) {
                SqlExpr.Column c = (SqlExpr.Column) e;
                push(COLUMN);
                token(c.qualifier());
                push(c.name());
                return true;
            }
            if (e instanceof SqlExpr.Compare) {
                SqlExpr.Compare c = (SqlExpr.Compare) e;
                switch (c.operator()) {
                    case EQ: case NE: case GT: case GTE: case LT: case LTE:
                        push(COMPARE);
                        push(c.operator());
                        return add(c.left()) && add(c.right());
                    default:
                        return false;
                }
            }
            if (e instanceof SqlExpr.And) {
                return junction(AND, ((SqlExpr.And) e).parts());
            }
            if (e instanceof SqlExpr.Or) {
                return junction(OR, ((SqlExpr.Or) e).parts());
            }
            if (e instanceof SqlExpr.Not) {
                push(NOT);
                return add(((SqlExpr.Not) e).expression());
            }
            if (e instanceof SqlExpr.Is) {
                SqlExpr.Is is = (SqlExpr.Is) e;
                push(IS);
                push(is.not());
                token(is.value());
                return add(is.left());
            }
            if (e instanceof SqlExpr.Like) {
                SqlExpr.Like like = (SqlExpr.Like) e;
                if (like.caseInsensitive()) {
                    // Written by the dialect where it has no ILIKE, in ways this class does not follow.
                    return false;
                }
                push(LIKE);
                push(like.not());
                push(like.escaped());
                return add(like.left()) && add(like.pattern());
            }
            if (e instanceof SqlExpr.Aliased) {
                SqlExpr.Aliased aliased = (SqlExpr.Aliased) e;
                push(ALIASED);
                push(aliased.alias());
                return add(aliased.expression());
            }
            if (e instanceof SqlExpr.Truth) {
                push(TRUTH);
                push(((SqlExpr.Truth) e).value());
                return true;
            }
            return false;
        }

        private boolean junction(Object kind, List<SqlExpr> parts) {
            push(kind);
            // The count, since one part is written bare and none as a truth value.
            push(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                if (!add(parts.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** The shape so far, as a key. */
        public StatementShape build() {
            // The array is shared with the key: nothing is added to a builder once it is built.
            return new StatementShape(tokens, size, hash);
        }

        /** The statement with {@code sql}, the text rendered for this shape, and the values collected here. */
        public SqlStatement statement(String sql) {
            return new SqlStatement(sql, values, codecs);
        }
    }
}
