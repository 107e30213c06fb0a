package org.sequelize4j.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Statement texts rendered once per {@link StatementShape} and reused: a finder or an update called
 * a thousand times with different values renders its SQL once and binds the values it collected.
 * Shapes come from application code, so few are ever seen; should a program make shapes without
 * end (a condition built with a new attribute per call), the cache starts again past
 * {@link #MAX_TEXTS} rather than growing.
 */
public final class TextCache {

    /** Kept texts; past it the cache is emptied. */
    static final int MAX_TEXTS = 512;

    private final Map<StatementShape, String> texts = new ConcurrentHashMap<>();

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
        if (texts.size() >= MAX_TEXTS) {
            texts.clear();
        }
        texts.put(key, rendered.sql());
        return rendered;
    }

    /** How many texts are kept (for tests). */
    int size() {
        return texts.size();
    }
}
