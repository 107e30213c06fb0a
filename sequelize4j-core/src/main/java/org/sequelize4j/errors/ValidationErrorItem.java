package org.sequelize4j.errors;

import java.util.List;

/**
 * One failed check of a {@link ValidationError}: which attribute ({@code path}), which validator
 * ({@code validatorKey}, e.g. {@code "len"}, {@code "notNull"}, or a model validator's name), the
 * offending value and a readable message.
 *
 * @param message readable explanation
 * @param type Sequelize's category: {@code "Validation error"}, {@code "notNull violation"},
 *        {@code "unique violation"}, {@code "string violation"}
 * @param path the attribute name (or model validator name)
 * @param value the offending value (may be null)
 * @param validatorKey the validator's key, e.g. {@code "isEmail"}
 * @param validatorArgs the validator's arguments
 * @param origin {@code "CORE"} (type and null checks), {@code "FUNCTION"} (validators) or {@code "DB"}
 */
public record ValidationErrorItem(String message, String type, String path, Object value, String validatorKey,
                                  List<Object> validatorArgs, String origin) {

    /** Creates an item; {@code validatorArgs} is copied (nulls allowed). */
    public ValidationErrorItem {
        validatorArgs = validatorArgs == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(validatorArgs));
    }
}
