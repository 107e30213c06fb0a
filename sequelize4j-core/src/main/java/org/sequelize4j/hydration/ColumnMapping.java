package org.sequelize4j.hydration;

import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.types.ValueCodec;

/**
 * Where one column of a result goes: into an attribute of the instance, or, for computed columns,
 * under a key among the instance's extra values.
 *
 * @param attribute the attribute, or null for a computed column
 * @param key the attribute name or the computed column's alias
 * @param codec reads the column
 */
public record ColumnMapping(AttributeDefinition attribute, String key, ValueCodec codec) {
}
