package org.sequelize4j.sql;

/**
 * Statement texts rendered once per {@link StatementShape} and reused: a finder or an update called
 * a thousand times with different values renders its SQL once and binds the values it collected.
 * Bounded as {@link TextsByKey} is (a program making shapes without end empties it past
 * {@link TextsByKey#MAX_TEXTS}).
 */
public final class TextCache {

    private final TextsByKey<StatementShape> texts = new TextsByKey<>();

    /**
     * The statement of {@code shape} from its kept text, with the values the shape collected; null the
     * first time, when the caller renders it and hands it to {@link #keep}. Two calls rather than one
     * taking a rendering callback: a callback would be a capturing lambda per statement.
     */
    public SqlStatement cached(StatementShape.Builder shape) {
        String sql = texts.get(shape.build());
        return sql == null ? null : shape.statement(sql);
    }

    /** Keeps the text of a statement rendered for {@code shape}; returns the statement. */
    public SqlStatement keep(StatementShape.Builder shape, SqlStatement rendered) {
        texts.put(shape.build(), rendered.sql());
        return rendered;
    }

    /** How many texts are kept (for tests). */
    int size() {
        return texts.size();
    }
}
