package org.sequelize4j.types;

/**
 * A column value a codec cannot read exactly into its attribute's Java type (text that is no date, a
 * number beyond the type's range, Infinity in a DECIMAL). Codecs throw it instead of returning null or a
 * rounded value; the caller adds the model and attribute and turns it into an
 * {@link org.sequelize4j.errors.UnreadableValueError}.
 */
public final class UnreadableValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Object value;

    /** {@code value} (as the driver returned it) cannot be read; {@code reason} says why. */
    public UnreadableValue(Object value, String reason) {
        super(reason, null, false, false);
        this.value = value;
    }

    /** The value as the driver returned it. */
    public Object value() {
        return value;
    }
}
