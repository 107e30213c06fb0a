package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.QueryError;

/**
 * A polymorphic belongsTo: each source row names its target's model in a type column and the
 * target's key in an id column (seed 002's {@code targetModel} + {@code targetId}). Sequelize leaves
 * this direction unsafe — an {@code include} of "article" loads an article by a video's id. This
 * handle reads the type first and looks the id up only in that type's model, so a comment on video 7
 * can never yield article 7; a type name it does not know is a {@link QueryError}, not a guess.
 *
 * @param <S> the source instance type
 */
public final class PolymorphicAssociation<S extends Model> {

    private final ModelStatic<S> source;
    private final String as;
    private final String typeAttribute;
    private final String idAttribute;
    private final Map<String, ModelStatic<?>> types;

    private PolymorphicAssociation(ModelStatic<S> source, PolymorphicOptions options) {
        this.source = source;
        this.as = options.as();
        this.typeAttribute = options.typeAttribute();
        this.idAttribute = options.idAttribute();
        this.types = options.types();
    }

    /** Checks the options and declares the association (and its per-type inverses). */
    static <S extends Model> PolymorphicAssociation<S> declare(ModelStatic<S> source, PolymorphicOptions options,
                                                               AssociationDeclarer declarer) {
        String label = "'" + source.name() + "." + options.as() + "'";
        if (options.as() == null || options.typeAttribute() == null || options.idAttribute() == null
                || options.types().isEmpty()) {
            throw new DefinitionError(source.name(), null, "polymorphic association " + label
                    + " needs as, typeAttribute, idAttribute and at least one type");
        }
        for (String attribute : List.of(options.typeAttribute(), options.idAttribute())) {
            if (source.definition().attribute(attribute) == null) {
                throw new DefinitionError(source.name(), attribute, "polymorphic association " + label
                        + " names '" + attribute + "', which is not an attribute of model '" + source.name() + "'");
            }
        }
        if (source.associations().find(options.as()) != null || source.definition().attribute(options.as()) != null) {
            throw new DefinitionError(source.name(), options.as(), "polymorphic association " + label
                    + " has the name of an association or attribute already declared on model '" + source.name() + "'");
        }
        for (Map.Entry<String, ModelStatic<?>> type : options.types().entrySet()) {
            if (type.getValue().definition().primaryKey() == null) {
                throw new DefinitionError(type.getValue().name(), null, "polymorphic association " + label
                        + ": type '" + type.getKey() + "' is model '" + type.getValue().name()
                        + "', which has no single primary key");
            }
        }
        PolymorphicAssociation<S> association = new PolymorphicAssociation<>(source, options);
        if (options.inverseAs() != null) {
            for (Map.Entry<String, ModelStatic<?>> type : options.types().entrySet()) {
                declarer.hasMany(type.getValue(), source, HasManyOptions.hasMany().as(options.inverseAs())
                        .foreignKey(options.idAttribute()).constraints(false)
                        .scope(Map.of(options.typeAttribute(), type.getKey())));
            }
        }
        // Registered last: a refused inverse leaves no half-declared association behind.
        source.associations().addPolymorphic(source, association);
        return association;
    }

    /** The alias. */
    public String as() {
        return as;
    }

    /** The type names and the models they stand for. */
    public Map<String, ModelStatic<?>> types() {
        return types;
    }

    /** The model a source's type column names, or null when it is NULL. */
    public ModelStatic<?> targetModel(S instance) {
        Object type = instance.getDataValue(typeAttribute);
        if (type == null) {
            return null;
        }
        ModelStatic<?> model = types.get(type.toString());
        if (model == null) {
            throw new QueryError("Polymorphic association '" + source.name() + "." + as + "': " + instance
                    + " has " + typeAttribute + " = '" + type + "', which is none of the types " + types.keySet());
        }
        return model;
    }

    /** The source's target, of the model its type names, or null when type or id is NULL or no row has the id. */
    public Model get(S instance) {
        ModelStatic<?> model = targetModel(instance);
        Object id = instance.getDataValue(idAttribute);
        if (model == null || id == null) {
            return null;
        }
        return model.findByPk(KeyValues.convert(id, model.definition().primaryKey(), as));
    }

    /**
     * The targets of many sources: one query per type present (per 1,000 ids), each looking only in its
     * own model; null for sources without a target.
     */
    public Map<S, Model> get(Collection<S> sources, FindOptions options) {
        Map<ModelStatic<?>, Map<Object, List<S>>> byModel = new LinkedHashMap<>();
        Map<S, Model> result = new LinkedHashMap<>();
        for (S s : sources) {
            result.put(s, null);
            ModelStatic<?> model = targetModel(s);
            Object id = s.getDataValue(idAttribute);
            if (model != null && id != null) {
                byModel.computeIfAbsent(model, m -> new LinkedHashMap<>())
                        .computeIfAbsent(KeyValues.comparable(KeyValues.convert(id, model.definition().primaryKey(), as)),
                                k -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<ModelStatic<?>, Map<Object, List<S>>> entry : byModel.entrySet()) {
            ModelStatic<?> model = entry.getKey();
            String key = model.definition().primaryKey().name();
            for (List<Object> chunk : Association.chunks(new ArrayList<>(entry.getValue().keySet()))) {
                FindOptions read = Association.readOptions(options);
                read.where(Association.and(org.sequelize4j.Op.in(key, chunk), read.where()));
                for (Model target : model.findAll(Association.selecting(read, List.of(key)))) {
                    Object id = KeyValues.comparable(target.getDataValue(key));
                    for (S owner : entry.getValue().getOrDefault(id, List.of())) {
                        result.put(owner, target);
                    }
                }
            }
        }
        return result;
    }

    /** Loads the targets of many sources and puts each on its source as {@code source.get(alias)}. */
    public void load(Collection<S> sources, FindOptions options) {
        get(sources, options).forEach((s, t) -> s.set(as, t));
    }

    /** Points the source at {@code target} (type and id together) and saves it; null clears both. */
    public void set(S instance, Model target) {
        set(instance, target, SaveOptions.saveOptions());
    }

    /** {@link #set(Model, Model)} with save options. */
    public void set(S instance, Model target, SaveOptions options) {
        Map<String, Object> values = new HashMap<>();
        if (target == null) {
            values.put(typeAttribute, null);
            values.put(idAttribute, null);
        } else {
            String type = typeOf(target.model());
            Object id = target.getDataValue(target.model().definition().primaryKey().name());
            if (id == null) {
                throw new QueryError("Polymorphic association '" + source.name() + "." + as + "': the target "
                        + target + " has no key yet; save it first");
            }
            values.put(typeAttribute, type);
            values.put(idAttribute, id);
        }
        instance.set(values);
        instance.save(options);
    }

    private String typeOf(ModelStatic<?> model) {
        for (Map.Entry<String, ModelStatic<?>> type : types.entrySet()) {
            if (type.getValue().name().equals(model.name())) {
                return type.getKey();
            }
        }
        throw new QueryError("Polymorphic association '" + source.name() + "." + as + "': model '" + model.name()
                + "' is none of its types " + types.keySet());
    }

    @Override
    public String toString() {
        return "PolymorphicAssociation(" + source.name() + "." + as + " → " + types.keySet() + ")";
    }
}
