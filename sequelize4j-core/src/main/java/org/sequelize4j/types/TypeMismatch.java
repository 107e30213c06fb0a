package org.sequelize4j.types;

/**
 * A value that does not fit its attribute's type. Carries the validator key under which it is reported
 * ({@code "type"}, {@code "len"}, {@code "range"}, {@code "isIn"}, …); the caller adds the model and
 * attribute names and turns it into a {@link org.sequelize4j.errors.ValidationError}.
 */
public final class TypeMismatch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String validatorKey;

    /** A mismatch reported under {@code validatorKey}. */
    public TypeMismatch(String validatorKey, String message) {
        super(message, null, false, false);
        this.validatorKey = validatorKey;
    }

    /** The key of the check that failed. */
    public String validatorKey() {
        return validatorKey;
    }
}
