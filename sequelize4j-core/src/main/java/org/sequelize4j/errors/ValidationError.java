package org.sequelize4j.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more values failed validation; nothing was written. {@link #errors()} lists every failure
 * (all attributes are checked, not just the first), and {@link #get(String)} picks those of one path.
 */
public class ValidationError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationErrorItem> errors;

    /** A validation error listing its failures. */
    public ValidationError(String message, List<ValidationErrorItem> errors) {
        super(message == null ? summarize(errors) : message);
        this.errors = List.copyOf(errors);
    }

    /** A validation error summarising its failures as the message. */
    public ValidationError(List<ValidationErrorItem> errors) {
        this(null, errors);
    }

    /** A validation error with a cause (e.g. the driver's exception for a unique violation). */
    protected ValidationError(String message, List<ValidationErrorItem> errors, Throwable cause) {
        super(message == null ? summarize(errors) : message, cause);
        this.errors = List.copyOf(errors);
    }

    private static String summarize(List<ValidationErrorItem> errors) {
        return "Validation error: " + errors.stream().map(ValidationErrorItem::message)
                .collect(Collectors.joining(",\n"));
    }

    /** Every failure. */
    public List<ValidationErrorItem> errors() {
        return errors;
    }

    /** The failures of one attribute (or model validator). */
    public List<ValidationErrorItem> get(String path) {
        return errors.stream().filter(e -> path.equals(e.path())).collect(Collectors.toList());
    }
}
