package org.sequelize4j.query;

import java.util.Arrays;
import org.sequelize4j.sql.StatementShape;

/**
 * The key of an {@link OptionShapes option shape}: its tokens (markers, names, flags, value classes)
 * compared element by element, hashed as they are added. A class of its own, small and without the
 * value lists of a statement's shape, since every plain find and static update makes one.
 */
final class ShapeKey {

    private static final StatementShape.Marker NONE = new StatementShape.Marker(0);

    private Object[] tokens = new Object[16];
    private int size;
    private int hash = 1;

    /** Adds a token with the hash it contributes (equal tokens must give equal hashes). */
    private ShapeKey add(Object token, int tokenHash) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        tokens[size++] = token;
        hash = 31 * hash + tokenHash;
        return this;
    }

    ShapeKey marker(StatementShape.Marker marker) {
        return add(marker, marker.hashCode());
    }

    /** A name; null stands for "none". */
    ShapeKey name(String name) {
        return name == null ? marker(NONE) : add(name, name.hashCode());
    }

    ShapeKey flag(boolean flag) {
        return add(flag ? Boolean.TRUE : Boolean.FALSE, flag ? 1231 : 1237);
    }

    /** A number; null stands for "none". */
    ShapeKey number(Integer number) {
        return number == null ? marker(NONE) : add(number, number.intValue());
    }

    /** An enum constant; null stands for "none". Compared by identity, hashed by its ordinal. */
    ShapeKey constant(Enum<?> constant) {
        return constant == null ? marker(NONE) : add(constant, 1_000 + constant.ordinal());
    }

    /** A class, by identity, hashed by its name. */
    ShapeKey type(Class<?> type) {
        return add(type, type.getName().hashCode());
    }

    /** An object compared by identity (a model's definition, an attribute), hashed by a name of its. */
    ShapeKey identity(Object object, String name) {
        return add(object, name.hashCode());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ShapeKey)) {
            return false;
        }
        ShapeKey o = (ShapeKey) other;
        return hash == o.hash && size == o.size && StatementShape.sameTokens(tokens, o.tokens, size);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
