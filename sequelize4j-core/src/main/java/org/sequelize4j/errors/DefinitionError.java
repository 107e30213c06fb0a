package org.sequelize4j.errors;

/**
 * A model definition that cannot work: an unknown type, two primary keys where a composite key was not
 * meant, an index on an unknown attribute, a reserved or empty name. Thrown when the model is defined,
 * never later; the message names the model and the attribute or option at fault.
 */
public class DefinitionError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final String attribute;
    private final String problem;

    /** A definition error about a model, and optionally one of its attributes (null for model-wide problems). */
    public DefinitionError(String model, String attribute, String problem) {
        super(describe(model, attribute, problem));
        this.model = model;
        this.attribute = attribute;
        this.problem = problem;
    }

    /** The same, with a cause. */
    public DefinitionError(String model, String attribute, String problem, Throwable cause) {
        super(describe(model, attribute, problem), cause);
        this.model = model;
        this.attribute = attribute;
        this.problem = problem;
    }

    private static String describe(String model, String attribute, String problem) {
        StringBuilder sb = new StringBuilder("Model '").append(model).append('\'');
        if (attribute != null) {
            sb.append(", attribute '").append(attribute).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The model at fault. */
    public String model() {
        return model;
    }

    /** What is wrong, without the model and attribute names the message starts with. */
    public String problem() {
        return problem;
    }

    /** The attribute at fault, or null for a model-wide problem. */
    public String attribute() {
        return attribute;
    }
}
