package org.sequelize4j.query;

import java.util.Arrays;

/**
 * The key of an {@link OptionShapes option shape}: its tokens (markers, names, flags, value classes)
 * compared element by element, hashed as they are added. A class of its own, small and without the
 * value lists of a statement's shape, since every plain find and static update makes one.
 */
final class ShapeKey {

    private static final Object NONE = new Object();

    private Object[] tokens = new Object[16];
    private int size;
    private int hash = 1;

    /** Adds a token; null stands for "none". */
    ShapeKey token(Object token) {
        Object t = token == null ? NONE : token;
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        tokens[size++] = t;
        hash = 31 * hash + t.hashCode();
        return this;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ShapeKey)) {
            return false;
        }
        ShapeKey o = (ShapeKey) other;
        if (hash != o.hash || size != o.size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            // Names are usually the very same strings, and markers and classes compare by identity anyway.
            if (tokens[i] != o.tokens[i] && !tokens[i].equals(o.tokens[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
