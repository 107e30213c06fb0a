package org.sequelize4j.query;

import java.util.Arrays;

/**
 * The key of an {@link OptionShapes option shape}: its tokens (markers, names, flags, value classes)
 * compared element by element, hashed as they are added. A class of its own, small and without the
 * value lists of a statement's shape, since every plain find and static update makes one.
 */
final class ShapeKey {

    /**
     * A structural marker. Its hash is a constant: an object's identity hash, asked through a
     * megamorphic {@code hashCode()} call, is a call into the VM, and every shape has several markers.
     */
    static final class Marker {
        private final int hash;

        Marker(int hash) {
            this.hash = hash;
        }
    }

    private static final Marker NONE = new Marker(0);

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

    ShapeKey marker(Marker marker) {
        return add(marker, marker.hash);
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
        if (hash != o.hash || size != o.size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            Object a = tokens[i];
            Object b = o.tokens[i];
            // Markers, constants, classes and definitions are the very same objects; names and numbers
            // are compared by value (strings first by their cached hashes).
            if (a != b && (a.getClass() != b.getClass() || !(a instanceof String || a instanceof Integer)
                    || !a.equals(b))) {
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
