package org.sequelize4j.runtime;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.TypeMismatch;

/**
 * The checks every write makes, validators or not: each value must fit its attribute's type (which
 * also converts it to the canonical Java type that is bound), and attributes that do not allow NULL
 * must have a value. All failures are collected into one {@link ValidationError}.
 */
final class ValueChecker {

    private ValueChecker() {
    }

    /** The outcome of checking some attributes of an instance. */
    static final class Result {
        /** The checked values, from {@link #offset} on, in the order of the attributes checked. */
        final Object[] values;
        final int offset;
        /** Null until the first error: bulkCreate checks every row, and nearly all pass. */
        private List<ValidationErrorItem> errors;

        Result(int size) {
            this(new Object[size], 0);
        }

        /** Writes the values into {@code into} from {@code offset} on: a bulk insert's rows share one array. */
        Result(Object[] into, int offset) {
            this.values = into;
            this.offset = offset;
        }

        /** The errors found, in attribute order (read only). */
        List<ValidationErrorItem> errors() {
            return errors == null ? List.of() : errors;
        }

        void addError(ValidationErrorItem error) {
            if (errors == null) {
                errors = new ArrayList<>(2);
            }
            errors.add(error);
        }
    }

    /**
     * Checks attributes of an instance.
     *
     * @param attributes the attributes to check, in order; {@code result.values} follows the same order
     * @param insert whether the row is being inserted (the database then fills auto-increment and defaulted columns)
     */
    static Result check(Model instance, ModelDefinition definition, List<AttributeDefinition> attributes,
                        TypeCoercion coercion, boolean insert) {
        return check(instance, definition, attributes, coercion, insert, new Result(attributes.size()));
    }

    /** {@link #check} writing the values into {@code result}'s array from its offset on. */
    static Result check(Model instance, ModelDefinition definition, List<AttributeDefinition> attributes,
                        TypeCoercion coercion, boolean insert, Result result) {
        Object[] values = result.values;
        int at = result.offset;
        for (int i = 0; i < attributes.size(); i++, at++) {
            AttributeDefinition a = attributes.get(i);
            Object value = a.accessor().get(instance);
            if (value == null) {
                // Generated attributes (keys, timestamps, version) are filled when the row is written.
                boolean databaseFills = a.isAutoIncrement() || a.role() != org.sequelize4j.definition.AttributeRole.NONE
                        || insert && a.defaultKind() == AttributeDefinition.DefaultKind.DATABASE && !InstanceState.isAssigned(instance, a.index());
                if (!a.allowNull() && !databaseFills) {
                    result.addError(notNull(definition, a));
                }
                continue;
            }
            if (a.isVirtual()) {
                values[at] = value;
                continue;
            }
            try {
                values[at] = coercion.coerce(a.type(), value);
            } catch (TypeMismatch e) {
                result.addError(new ValidationErrorItem(a.name() + " " + e.getMessage(),
                        "len".equals(e.validatorKey()) ? "string violation" : "Validation error", a.name(), value,
                        e.validatorKey(), List.of(), "CORE"));
            }
        }
        return result;
    }

    /** Sequelize's item for a NULL in an attribute that does not allow it. */
    static ValidationErrorItem notNull(ModelDefinition definition, AttributeDefinition a) {
        String custom = InstanceValidator.notNullMessage(a);
        return new ValidationErrorItem(custom != null ? custom : definition.name() + "." + a.name() + " cannot be null",
                "notNull violation", a.name(), null, "is_null", List.of(), "CORE");
    }

    /** Throws the collected errors, if any. */
    static void throwIfAny(List<ValidationErrorItem> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
    }
}
