package org.sequelize4j;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sequelize4j.association.ModelExtender;
import org.sequelize4j.definition.AnnotationReader;
import org.sequelize4j.definition.DefinitionBuilder;
import org.sequelize4j.definition.ForeignKeyDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.ModelSource;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.ExpressionResolver;
import org.sequelize4j.schema.spec.CheckClauses;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.types.TypeCoercion;

/**
 * What each model of one {@code Sequelize} was declared with, so that a definition can be built again
 * when an association adds a foreign key to it. A model's definition can change only until it is in
 * use (its first instance, or its table synced): associations are declared right after the models.
 */
final class ModelSources implements ModelExtender {

    private final Dialect dialect;
    private final TypeCoercion coercion;
    private final Map<ModelStatic<?>, ModelSource> sources = new ConcurrentHashMap<>();

    ModelSources(Dialect dialect, TypeCoercion coercion) {
        this.dialect = dialect;
        this.coercion = coercion;
    }

    /** Builds a definition and checks that this dialect can hold it. */
    ModelDefinition build(ModelSource source) {
        ModelDefinition definition = DefinitionBuilder.build(source, coercion);
        for (var attribute : definition.attributes()) {
            if (!dialect.supportsType(attribute.type())) {
                throw new DefinitionError(definition.name(), attribute.name(), "type " + attribute.type()
                        + " is not supported by the " + dialect.name() + " dialect");
            }
        }
        for (var index : definition.indexes()) {
            String problem = dialect.ddl().indexProblem(index.where() != null, index.using(), index.type());
            if (problem != null) {
                throw new DefinitionError(definition.name(), null, "index '" + index.name() + "': " + problem);
            }
        }
        checkConstraintsRender(definition);
        return definition;
    }

    /**
     * Renders the check constraints once for this dialect, so that a value that does not fit its
     * attribute or an operator the dialect lacks fails now, naming the constraint, not at sync.
     */
    private void checkConstraintsRender(ModelDefinition definition) {
        if (definition.checks().isEmpty()) {
            return;
        }
        ExpressionResolver resolver = new ExpressionResolver(definition, null, dialect, coercion, Map.of());
        SqlRenderer renderer = new SqlRenderer(dialect);
        for (var check : definition.checks()) {
            try {
                CheckClauses.spec(check, resolver, renderer);
            } catch (QueryError e) {
                throw new DefinitionError(definition.name(), null, "check constraint '" + check.name()
                        + "' cannot be written for the " + dialect.name() + " dialect: " + e.getMessage(), e);
            }
        }
    }

    void remember(ModelStatic<?> model, ModelSource source) {
        sources.put(model, source);
    }

    void forget(ModelStatic<?> model) {
        sources.remove(model);
    }

    @Override
    public List<AttributeOptions> declaredAttributes(ModelStatic<?> model) {
        return source(model).attributes();
    }

    @Override
    public synchronized void putAttribute(ModelStatic<?> model, AttributeOptions attribute, String association) {
        ModelSource source = source(model);
        ModelDefinition current = model.definition();
        if (current.isInUse()) {
            throw new DefinitionError(model.name(), attribute.name(), "association " + association + " adds this"
                    + " foreign key, but model '" + model.name() + "' is in use already (it has instances or a synced"
                    + " table); declare associations right after defining the models");
        }
        List<AttributeOptions> attributes = new ArrayList<>();
        boolean replaced = false;
        for (AttributeOptions declared : source.attributes()) {
            if (declared.name().equals(attribute.name())) {
                attributes.add(attribute);
                replaced = true;
            } else {
                attributes.add(declared);
            }
        }
        if (!replaced) {
            attributes.add(attribute);
        }
        Map<String, Field> fields = new LinkedHashMap<>(source.fields());
        if (source.modelClass() != Model.class && !fields.containsKey(attribute.name())) {
            fields.putAll(AnnotationReader.fieldsNamed(source.modelClass(), List.of(attribute.name())));
        }
        ModelSource next = new ModelSource(source.modelName(), attributes, source.options(), source.modelClass(), fields,
                source.foreignKeys());
        ModelDefinition rebuilt;
        try {
            rebuilt = build(next);
        } catch (DefinitionError e) {
            throw new DefinitionError(model.name(), attribute.name(), "association " + association
                    + " cannot add this foreign key: " + e.problem(), e);
        }
        model.runtime().redefine(rebuilt);
        sources.put(model.base(), next);
    }

    @Override
    public synchronized void putForeignKey(ModelStatic<?> model, ForeignKeyDefinition foreignKey, String association) {
        ModelSource source = source(model);
        if (model.definition().isInUse()) {
            throw new DefinitionError(model.name(), null, "association " + association + " adds the foreign key "
                    + foreignKey.attributes() + ", but model '" + model.name() + "' is in use already; declare"
                    + " associations right after defining the models");
        }
        List<ForeignKeyDefinition> keys = new ArrayList<>();
        for (ForeignKeyDefinition existing : source.foreignKeys()) {
            if (!existing.attributes().equals(foreignKey.attributes())) {
                keys.add(existing);
            }
        }
        keys.add(foreignKey);
        ModelSource next = new ModelSource(source.modelName(), source.attributes(), source.options(), source.modelClass(),
                source.fields(), keys);
        model.runtime().redefine(build(next));
        sources.put(model.base(), next);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<ModelStatic<?>, ModelSource> saved = new java.util.HashMap<>(sources);
        Map<ModelStatic<?>, ModelDefinition> definitions = new java.util.HashMap<>();
        saved.keySet().forEach(model -> definitions.put(model, model.definition()));
        return () -> {
            synchronized (this) {
                for (Map.Entry<ModelStatic<?>, ModelSource> entry : saved.entrySet()) {
                    ModelStatic<?> model = entry.getKey();
                    if (sources.get(model) != entry.getValue()) {
                        sources.put(model, entry.getValue());
                        model.runtime().redefine(definitions.get(model));
                    }
                }
            }
        };
    }

    private ModelSource source(ModelStatic<?> model) {
        ModelSource source = sources.get(model.base());
        if (source == null) {
            throw new DefinitionError(model.name(), null, "model '" + model.name() + "' is not defined in this Sequelize"
                    + " instance (it was replaced by a later definition of the same name?)");
        }
        return source;
    }
}
