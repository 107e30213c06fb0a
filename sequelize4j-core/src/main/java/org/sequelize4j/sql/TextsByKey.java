package org.sequelize4j.sql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Statement texts rendered once per key and reused. Keys come from application code (the shapes of
 * its statements), so few are ever seen; should a program make keys without end, the texts are
 * dropped past {@link #MAX_TEXTS} rather than kept growing.
 *
 * @param <K> what a text depends on (a statement's shape, an INSERT's table, columns and row count…)
 */
public final class TextsByKey<K> {

    /** Kept texts; past it the cache is emptied. */
    public static final int MAX_TEXTS = 512;

    private final Map<K, String> texts = new ConcurrentHashMap<>();

    /** The kept text of {@code key}, or null. */
    public String get(K key) {
        return texts.get(key);
    }

    /** Keeps the text of {@code key}. */
    public void put(K key, String text) {
        if (texts.size() >= MAX_TEXTS) {
            texts.clear();
        }
        texts.put(key, text);
    }

    /** The kept text of {@code key}, rendered by {@code render} (and kept) the first time. */
    public String text(K key, Function<K, String> render) {
        String text = texts.get(key);
        if (text == null) {
            text = render.apply(key);
            put(key, text);
        }
        return text;
    }

    /** How many texts are kept. */
    public int size() {
        return texts.size();
    }
}
