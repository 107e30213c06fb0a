package org.sequelize4j.definition;

import java.util.Objects;
import org.sequelize4j.query.Condition;

/**
 * A named CHECK constraint of a model, its name checked and the attributes of its condition known to
 * exist. The condition still names attributes; the schema stage resolves it to columns and writes it
 * with the dialect's literals.
 *
 * @param name the constraint name, as given
 * @param condition the condition on attributes, or a {@link Condition.Raw} of raw SQL
 */
public record CheckDefinition(String name, Condition condition) {

    public CheckDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
    }
}
