package org.sequelize4j.definition;

import java.util.List;
import org.sequelize4j.Deferrable;
import org.sequelize4j.ReferentialAction;

/**
 * A foreign key over several attributes (a composite key), declared on the model that holds it: one
 * constraint {@code FOREIGN KEY (a, b) REFERENCES target (x, y)}. Single-column foreign keys are kept
 * on their attribute ({@code references}) instead.
 *
 * @param attributes the holder's attributes, in the order of the referenced key
 * @param targetModel the referenced model's name
 * @param targetAttributes the referenced attributes (its primary key or a unique key)
 * @param onDelete ON DELETE, or null
 * @param onUpdate ON UPDATE, or null
 * @param deferrable when PostgreSQL checks it, or null
 */
public record ForeignKeyDefinition(List<String> attributes, String targetModel, List<String> targetAttributes,
                                   ReferentialAction onDelete, ReferentialAction onUpdate, Deferrable deferrable) {

    public ForeignKeyDefinition {
        attributes = List.copyOf(attributes);
        targetAttributes = List.copyOf(targetAttributes);
        if (attributes.size() != targetAttributes.size()) {
            throw new IllegalArgumentException("a foreign key over " + attributes + " cannot refer to " + targetAttributes);
        }
    }
}
