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
 */
public record ModelSource(String modelName, List<AttributeOptions> attributes, ModelOptions options,
                          Class<? extends Model> modelClass, Map<String, Field> fields) {

    public ModelSource {
        attributes = List.copyOf(attributes);
        fields = Map.copyOf(fields);
    }
}
