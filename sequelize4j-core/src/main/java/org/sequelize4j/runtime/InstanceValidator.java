package org.sequelize4j.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.validation.BuiltinValidators;
import org.sequelize4j.validation.JsValues;
import org.sequelize4j.validation.ModelValidation;
import org.sequelize4j.validation.ValidatorSpec;

/**
 * Runs the declared validators of an instance with Sequelize's rules:
 * <ul>
 *   <li>an attribute that does not allow NULL and holds null fails {@code notNull} (with the
 *       {@code notNull} validator's message if it has one) and no other validator of it runs;</li>
 *   <li>an attribute that allows NULL and holds null skips the built-in validators, but its custom
 *       validators still run;</li>
 *   <li>built-in validators see the value as JavaScript's {@code String(value)}, as in Sequelize;</li>
 *   <li>model-wide validators run after the attribute validators, and their failures are reported under
 *       the validator's name.</li>
 * </ul>
 * Every failure is collected; the caller throws them together.
 */
final class InstanceValidator {

    private InstanceValidator() {
    }

    /**
     * The validator failures of an instance.
     *
     * @param attributes the attributes to validate (the ones being written); model validators always run
     */
    static List<ValidationErrorItem> validate(ModelDefinition definition, Model instance,
                                              Collection<AttributeDefinition> attributes) {
        List<ValidationErrorItem> errors = validateAttributes(instance, attributes);
        errors.addAll(validateModel(definition, instance));
        return errors;
    }

    /** The failures of the attribute validators only (a static update sees only the values it sets). */
    static List<ValidationErrorItem> validateAttributes(Model instance, Collection<AttributeDefinition> attributes) {
        List<ValidationErrorItem> errors = new ArrayList<>();
        for (AttributeDefinition a : attributes) {
            if (a.validators().isEmpty()) {
                continue;
            }
            Object value = a.accessor().get(instance);
            if (value == null && !a.allowNull()) {
                // Reported once as notNull by the type and null checks.
                continue;
            }
            for (ValidatorSpec spec : a.validators()) {
                ValidationErrorItem item = spec.isCustom() ? custom(spec, a, value, instance) : builtin(spec, a, value);
                if (item != null) {
                    errors.add(item);
                }
            }
        }
        return errors;
    }

    private static List<ValidationErrorItem> validateModel(ModelDefinition definition, Model instance) {
        List<ValidationErrorItem> errors = new ArrayList<>();
        for (Map.Entry<String, ModelValidation<Model>> entry : definition.modelValidators().entrySet()) {
            try {
                entry.getValue().validate(instance);
            } catch (Exception e) {
                errors.add(new ValidationErrorItem(message(e), "Validation error", entry.getKey(), null, entry.getKey(),
                        List.of(), "FUNCTION"));
            }
        }
        return errors;
    }

    private static ValidationErrorItem custom(ValidatorSpec spec, AttributeDefinition a, Object value, Model instance) {
        try {
            spec.custom().validate(value, instance);
            return null;
        } catch (Exception e) {
            String message = spec.message() != null ? spec.message() : message(e);
            return new ValidationErrorItem(message, "Validation error", a.name(), value, spec.key(), List.of(), "FUNCTION");
        }
    }

    private static ValidationErrorItem builtin(ValidatorSpec spec, AttributeDefinition a, Object value) {
        if (value == null || spec.key().equals("notNull")) {
            return null;
        }
        boolean valid;
        try {
            valid = BuiltinValidators.test(spec.key(), JsValues.toJsString(value), spec.args());
        } catch (IllegalArgumentException e) {
            // Arguments that cannot work fail the value, as they fail every value in Sequelize.
            return new ValidationErrorItem(spec.message() != null ? spec.message() : e.getMessage(), "Validation error",
                    a.name(), value, spec.key(), spec.args(), "FUNCTION");
        }
        if (valid) {
            return null;
        }
        String message = spec.message() != null ? spec.message()
                : "Validation " + spec.key() + " on " + a.name() + " failed";
        return new ValidationErrorItem(message, "Validation error", a.name(), value, spec.key(), spec.args(), "FUNCTION");
    }

    private static String message(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The message of an attribute's {@code notNull} validator, or null. */
    static String notNullMessage(AttributeDefinition a) {
        for (ValidatorSpec spec : a.validators()) {
            if (spec.key().equals("notNull") && spec.message() != null) {
                return spec.message();
            }
        }
        return null;
    }
}
