package org.sequelize4j.sql;

import java.util.function.Supplier;

/**
 * Statement texts rendered once per {@link StatementShape} and reused: a finder or an update called
 * a thousand times with different values renders its SQL once and binds the values it collected.
 * Bounded as {@link TextsByKey} is (a program making shapes without end empties it past
 * {@link TextsByKey#MAX_TEXTS}).
 */
public final class TextCache {

    private final TextsByKey<StatementShape> texts = new TextsByKey<>();

    /**
     * The statement of {@code shape}: its text from the cache with the values the shape collected, or,
     * the first time, what {@code render} makes (whose text is then kept).
     */
    public SqlStatement statement(StatementShape.Builder shape, Supplier<SqlStatement> render) {
        StatementShape key = shape.build();
        String sql = texts.get(key);
        if (sql != null) {
            return shape.statement(sql);
        }
        SqlStatement rendered = render.get();
        texts.put(key, rendered.sql());
        return rendered;
    }

    /** How many texts are kept (for tests). */
    int size() {
        return texts.size();
    }
}
