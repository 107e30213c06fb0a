package org.sequelize4j.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sequelize4j.types.ValueCodec;

/** Accumulates statement text and its bound values while a statement is rendered. */
public final class SqlWriter {

    private final StringBuilder sql;
    private final List<Object> values;
    private final List<ValueCodec> codecs;
    private Function<Object, String> inliner;

    /** An empty writer sized for a typical statement. */
    public SqlWriter() {
        this(128, 8);
    }

    /** An empty writer with capacity hints. */
    public SqlWriter(int textCapacity, int valueCapacity) {
        this.sql = new StringBuilder(textCapacity);
        this.values = new ArrayList<>(valueCapacity);
        this.codecs = new ArrayList<>(valueCapacity);
    }

    /** Appends text. */
    public SqlWriter append(String text) {
        sql.append(text);
        return this;
    }

    /** Appends a character. */
    public SqlWriter append(char c) {
        sql.append(c);
        return this;
    }

    /** Appends a number. */
    public SqlWriter append(long number) {
        sql.append(number);
        return this;
    }

    /** Writes values as literals instead of parameters from now on (for DDL, which takes no parameters). */
    public SqlWriter inlineWith(Function<Object, String> literalWriter) {
        this.inliner = literalWriter;
        return this;
    }

    /** Appends a {@code ?} and records its value (or, when inlining, the value's literal). */
    public SqlWriter param(Object value, ValueCodec codec) {
        if (inliner != null) {
            sql.append(inliner.apply(value));
            return this;
        }
        sql.append('?');
        values.add(value);
        codecs.add(codec);
        return this;
    }

    /** The number of parameters so far. */
    public int paramCount() {
        return values.size();
    }

    /** The text so far. */
    public StringBuilder text() {
        return sql;
    }

    /** The finished statement. */
    public SqlStatement toStatement() {
        return new SqlStatement(sql.toString(), values, codecs);
    }
}
