package org.sequelize4j.types;

import org.sequelize4j.DataType;

/** What a database can store, for the checks {@link TypeCoercion} makes before writing. */
public interface TypeLimits {

    /** Whether NaN and infinities can be stored in floating-point columns. */
    boolean allowsNonFiniteFloats();

    /** The earliest year a date column holds. */
    int minYear();

    /** The latest year a date column holds. */
    int maxYear();

    /** The most bytes a value of this TEXT/BLOB type may have, or 0 for no limit worth checking. */
    long maxTextBytes(DataType type);

    /**
     * Rejects an integer, already within its declared type's range, that the database cannot store
     * exactly (by default every such integer fits).
     *
     * @throws TypeMismatch when the value would be changed by the database
     */
    default void checkInteger(DataType type, java.math.BigInteger value) {
    }

    /**
     * Rejects a decimal the database cannot store exactly in a column of this type (by default every
     * decimal fits). Declared precision and scale are checked separately.
     */
    default void checkDecimal(DataType type, java.math.BigDecimal value) {
    }
}
