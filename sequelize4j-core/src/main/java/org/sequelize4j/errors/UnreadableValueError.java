package org.sequelize4j.errors;

/**
 * The database holds a value Sequelize4j cannot read exactly into its attribute's type: text in a
 * SQLite DATE column that is no date, an integer beyond the attribute's range, Infinity in a DECIMAL.
 * Reading such a row fails with this error rather than yielding null or a rounded value (which a later
 * save would write back over the original). The message names the model, the attribute and the value
 * (quoted up to 100 characters).
 */
public class UnreadableValueError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final String attribute;
    private final transient Object value;

    /** {@code value}, read from {@code attribute} of {@code model}, cannot be read; {@code reason} says why. */
    public UnreadableValueError(String model, String attribute, Object value, String reason) {
        super("Cannot read " + (model == null ? "" : model + ".") + attribute + ": the database holds "
                + org.sequelize4j.types.Quoting.quote(value) + ", which " + reason);
        this.model = model;
        this.attribute = attribute;
        this.value = value;
    }

    /** The model's name, or null for a column read outside a model. */
    public String model() {
        return model;
    }

    /** The attribute (or result column) whose value could not be read. */
    public String attribute() {
        return attribute;
    }

    /** The value as the driver returned it. */
    public Object value() {
        return value;
    }
}
