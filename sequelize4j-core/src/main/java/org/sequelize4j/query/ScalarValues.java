package org.sequelize4j.query;

/**
 * The Java types a condition compares as one bound value whatever the value: each is coerced to the
 * compared attribute's type and bound as one parameter (a collection, a map or an expression would
 * change the statement's text). Statement plans kept by shape accept only these.
 */
public final class ScalarValues {

    private ScalarValues() {
    }

    /**
     * Whether values of this class are plain scalars. Class comparisons, not a set look-up: hashing a
     * Class asks the VM for its identity hash, a native call that is slow on a cold JVM.
     */
    public static boolean isScalar(Class<?> c) {
        return c == String.class || c == Integer.class || c == Long.class || c == Boolean.class
                || c == java.time.Instant.class || c == java.math.BigDecimal.class || c == java.util.UUID.class
                || c == Double.class || c == java.time.LocalDate.class || c == java.time.LocalDateTime.class
                || c == java.time.OffsetDateTime.class || c == java.time.ZonedDateTime.class
                || c == java.time.LocalTime.class || c == Short.class || c == Byte.class || c == Float.class
                || c == java.math.BigInteger.class;
    }

    /** Whether an attribute of this type is compared as its stored column: not virtual, JSON or an array. */
    public static boolean isPlainColumn(org.sequelize4j.DataType type) {
        org.sequelize4j.DataType.Kind kind = type.kind();
        return !type.isVirtual() && !kind.isJson() && kind != org.sequelize4j.DataType.Kind.ARRAY;
    }
}
