package org.sequelize4j.definition;

import java.util.List;

/**
 * A unique key of a model: one attribute declared {@code unique: true}, or several sharing a
 * {@code unique: "name"}.
 *
 * @param name the key name ({@code [table]_[attribute]_unique} for single attributes, the given name otherwise)
 * @param attributes the attributes in declaration order
 * @param named whether the name was given by the user (a composite or named key)
 */
public record UniqueKey(String name, List<AttributeDefinition> attributes, boolean named) {

    public UniqueKey {
        attributes = List.copyOf(attributes);
    }
}
