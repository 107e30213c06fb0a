package org.sequelize4j.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON body that cannot become an instance of a model: a key the model does not have, a value of the
 * wrong JSON kind, or a value its attribute cannot store exactly. Names the model and the attribute (or
 * key), and carries the parser's location like every {@link JsonMappingException}.
 */
public final class InvalidModelJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final String attribute;

    InvalidModelJsonException(JsonParser parser, String model, String attribute, String message, Throwable cause) {
        super(parser, message, cause);
        this.model = model;
        this.attribute = attribute;
    }

    /** The model's name. */
    public String model() {
        return model;
    }

    /** The attribute or key at fault, or null when the body as a whole is. */
    public String attribute() {
        return attribute;
    }
}
