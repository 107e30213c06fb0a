package org.sequelize4j.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sequelize4j.Model;

/**
 * One validator declared on an attribute: a built-in one (Sequelize's key, such as {@code isEmail}
 * or {@code len}, with its arguments) or a custom one, and an optional message that replaces the
 * default. Created with {@link org.sequelize4j.Validators}; immutable.
 */
public final class ValidatorSpec {

    private final String key;
    private final List<Object> args;
    private final String message;
    private final AttributeValidator<Model> custom;

    private ValidatorSpec(String key, List<Object> args, String message, AttributeValidator<Model> custom) {
        this.key = Objects.requireNonNull(key, "validator key");
        this.args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        this.message = message;
        this.custom = custom;
    }

    /**
     * A built-in validator with Sequelize's arguments (after its unwrapping of {@code args}).
     *
     * @throws IllegalArgumentException for an unknown key
     */
    public static ValidatorSpec builtin(String key, List<Object> args) {
        if (!BuiltinValidators.isKnown(key)) {
            throw new IllegalArgumentException("Unknown validator '" + key + "'; known validators are "
                    + BuiltinValidators.names());
        }
        return new ValidatorSpec(key, args, null, null);
    }

    /** A custom validator under a name (the key of its errors). */
    @SuppressWarnings("unchecked")
    public static <M extends Model> ValidatorSpec custom(String name, AttributeValidator<M> validator) {
        return new ValidatorSpec(name, List.of(), null, (AttributeValidator<Model>) Objects.requireNonNull(validator));
    }

    /** The same validator with a custom error message. */
    public ValidatorSpec msg(String customMessage) {
        return new ValidatorSpec(key, args, customMessage, custom);
    }

    /** The validator key (built-in name or custom name). */
    public String key() {
        return key;
    }

    /** The arguments of a built-in validator. */
    public List<Object> args() {
        return args;
    }

    /** The custom message, or null. */
    public String message() {
        return message;
    }

    /** The custom validator, or null for a built-in one. */
    public AttributeValidator<Model> custom() {
        return custom;
    }

    /** Whether this is a custom validator. */
    public boolean isCustom() {
        return custom != null;
    }

    @Override
    public String toString() {
        return key + (args.isEmpty() ? "" : args.toString());
    }
}
