package org.sequelize4j.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.Association;
import org.sequelize4j.association.BelongsToManyAssociation;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.TypeMismatch;

/**
 * Reads a JSON object into a new instance of a model, as {@code build(values)} with the values in the
 * attributes' types. Keys of associations become included instances (as a find with {@code include}
 * leaves them), a belongsToMany target's through-model key its through instance; getter-only keys are
 * skipped, since they are computed; other keys are refused or skipped ({@link UnknownAttributes}).
 * A value its attribute cannot store exactly (a fraction for an integer, digits beyond a decimal's
 * scale, text that is no date) is refused, before any SQL, with an {@link InvalidModelJsonException}.
 */
final class ModelJsonDeserializer extends StdDeserializer<Model> {

    private static final long serialVersionUID = 1L;

    /** One coercion per Sequelize instance (its dialect's limits); weak, so closed instances can go. */
    private static final Map<Sequelize, TypeCoercion> COERCIONS = new WeakHashMap<>();

    private final transient JsonOptions options;
    private final transient Sequelize sequelize;

    ModelJsonDeserializer(Class<?> type, JsonOptions options, Sequelize sequelize) {
        super(type);
        this.options = options;
        this.sequelize = sequelize;
    }

    @Override
    public Model deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, modelFor(p, ctxt), null);
    }

    /** The model: the one the reader was given ({@link Sequelize4jModule#readerFor}), else the one of the target class. */
    private ModelStatic<?> modelFor(JsonParser p, DeserializationContext ctxt) throws IOException {
        Object given = ctxt.getAttribute(Sequelize4jModule.MODEL_ATTRIBUTE);
        Class<?> type = handledType();
        if (given instanceof ModelStatic<?> model) {
            if (!type.isAssignableFrom(model.modelClass())) {
                throw new InvalidModelJsonException(p, model.name(), null, "Model '" + model.name() + "' makes "
                        + model.modelClass().getName() + " instances, not " + type.getName(), null);
            }
            return model;
        }
        if (sequelize != null && type != Model.class) {
            for (ModelStatic<?> model : sequelize.models().values()) {
                if (model.modelClass() == type) {
                    return model;
                }
            }
        }
        String why = sequelize == null ? "the Sequelize4jModule was made without a Sequelize"
                : type == Model.class ? "models without a class share the type Model"
                : "no model of " + sequelize + " has the class " + type.getName();
        throw new InvalidModelJsonException(p, null, null, "Cannot tell which model to read " + type.getName()
                + " JSON into: " + why + "; use Sequelize4jModule.readerFor(mapper, model)", null);
    }

    private Model read(JsonParser p, ModelStatic<?> model, BelongsToManyAssociation<?, ?> reachedThrough)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidModelJsonException(p, model.name(), null, "Model '" + model.name() + "': expected a JSON"
                    + " object, found " + JsonValues.describe(p.currentToken()), null);
        }
        Map<String, AttributeDefinition> attributes = model.attributes();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> included = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            p.nextToken();
            AttributeDefinition attribute = attributes.get(key);
            if (attribute != null) {
                values.put(key, attributeValue(p, model, attribute));
                continue;
            }
            if (model.definition().accessors().setter(key) != null) {
                values.put(key, JsonValues.any(p, true));
                continue;
            }
            Association<?, ?> association = model.associations().find(key);
            if (association != null) {
                included.put(key, readIncluded(p, association));
                continue;
            }
            if (reachedThrough != null && key.equals(reachedThrough.through().name())) {
                included.put(key, read(p, reachedThrough.through(), null));
                continue;
            }
            if (model.definition().accessors().getter(key) != null || options.unknownAttributes() == UnknownAttributes.IGNORE) {
                p.skipChildren();
                continue;
            }
            throw new InvalidModelJsonException(p, model.name(), key, "Model '" + model.name() + "' has no attribute,"
                    + " setter or association '" + key + "' (attributes: " + attributes.keySet() + ")", null);
        }
        Model instance = model.build(values);
        included.forEach(instance::set);
        return instance;
    }

    private Object readIncluded(JsonParser p, Association<?, ?> association) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        BelongsToManyAssociation<?, ?> through = association instanceof BelongsToManyAssociation<?, ?> b ? b : null;
        if (!association.isMultiple()) {
            return read(p, association.target(), null);
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidModelJsonException(p, association.source().name(), association.as(), "Model '"
                    + association.source().name() + "': association '" + association.as() + "' takes an array, found "
                    + JsonValues.describe(p.currentToken()), null);
        }
        List<Model> targets = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            targets.add(read(p, association.target(), through));
        }
        return targets;
    }

    private Object attributeValue(JsonParser p, ModelStatic<?> model, AttributeDefinition attribute) throws IOException {
        Object value;
        try {
            value = JsonValues.forAttribute(p, attribute);
        } catch (IllegalArgumentException e) {
            throw invalid(p, model, attribute, e.getMessage(), e);
        }
        if (value != null && !attribute.isVirtual()) {
            try {
                coercion(model.sequelize()).coerce(attribute.type(), value);
            } catch (TypeMismatch e) {
                throw invalid(p, model, attribute, e.getMessage(), e);
            }
        }
        return value;
    }

    private static InvalidModelJsonException invalid(JsonParser p, ModelStatic<?> model, AttributeDefinition attribute,
                                                     String why, Throwable cause) {
        return new InvalidModelJsonException(p, model.name(), attribute.name(), "Model '" + model.name() + "', attribute '"
                + attribute.name() + "' (" + attribute.type() + "): " + why, cause);
    }

    private static TypeCoercion coercion(Sequelize sequelize) {
        synchronized (COERCIONS) {
            // UTC only matters for date-times without an offset, which are checked here, not converted.
            return COERCIONS.computeIfAbsent(sequelize, s -> new TypeCoercion(s.dialect().limits(), ZoneOffset.UTC));
        }
    }
}
