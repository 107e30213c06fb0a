package org.sequelize4j.definition;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;

/**
 * What a user declared for one model, whichever style was used: attribute declarations, model options,
 * the Java class of instances and, for annotated classes, the field that stores each attribute.
 *
 * @param modelName the model name
 * @param attributes declared attributes in order
 * @param options model options, already completed with the {@code define} defaults
 * @param modelClass the instance class ({@link Model} for class-less models)
 * @param fields attribute name to the class field that stores it (empty for class-less models)
 * @param foreignKeys foreign keys over several attributes, added by associations on composite keys
 */
public record ModelSource(String modelName, List<AttributeOptions> attributes, ModelOptions options,
                          Class<? extends Model> modelClass, Map<String, Field> fields,
                          List<ForeignKeyDefinition> foreignKeys) {

    public ModelSource {
        attributes = List.copyOf(attributes);
        fields = Map.copyOf(fields);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A source without composite foreign keys. */
    public ModelSource(String modelName, List<AttributeOptions> attributes, ModelOptions options,
                       Class<? extends Model> modelClass, Map<String, Field> fields) {
        this(modelName, attributes, options, modelClass, fields, List.of());
    }
}
