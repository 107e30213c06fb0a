package org.sequelize4j.association;

import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.References;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.association.AccessorNames;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.definition.association.ForeignKeyNames;
import org.sequelize4j.definition.naming.Inflector;
import org.sequelize4j.errors.DefinitionError;

/**
 * Turns association options into definitions and handles: settles names and keys as Sequelize does,
 * puts the foreign-key attributes on the model that holds them (completing one the user declared),
 * defines the through model of a belongsToMany, declares the inverse, and registers the handles.
 * Every mistake is a {@link DefinitionError} naming the models, the association and the option.
 *
 * <p>Called by {@code ModelStatic.hasOne/belongsTo/hasMany/belongsToMany}.
 */
public final class AssociationDeclarer {

    private final ModelExtender models;

    /** A declarer that extends models through this registry. */
    public AssociationDeclarer(ModelExtender models) {
        this.models = models;
    }

    /** Declares {@code source.hasMany(target)}. */
    public <S extends Model, T extends Model> HasManyAssociation<S, T> hasMany(
            ModelStatic<S> source, ModelStatic<T> target, HasManyOptions options) {
        requireTarget(source, target, "hasMany");
        AccessorNames names = names(options, target, true);
        String label = label(source, names);
        List<String> sourceKey = List.of(key(source, options.sourceKey(), "sourceKey", label));
        String fk = foreignKeyName(options, ForeignKeyNames.of(source.definition().singularName(), sourceKey.get(0)));
        boolean nullable = putForeignKey(target, fk, options, source, sourceKey.get(0), label);
        checkScope(target, options.scope(), "scope", label);
        AssociationDefinition.HasMany definition = new AssociationDefinition.HasMany(common(names, source, target, options),
                List.of(fk), sourceKey, nullable);
        HasManyAssociation<S, T> association = new HasManyAssociation<>(source, target, definition);
        register(association);
        CascadingHooks.install(association, options);
        if (options.inverseAs() != null) {
            belongsTo(target, source, inverseOf(options, fk).targetKey(sourceKey.get(0)));
        }
        return association;
    }

    /** Declares {@code source.hasOne(target)}. */
    public <S extends Model, T extends Model> HasOneAssociation<S, T> hasOne(
            ModelStatic<S> source, ModelStatic<T> target, HasOneOptions options) {
        requireTarget(source, target, "hasOne");
        AccessorNames names = names(options, target, false);
        String label = label(source, names);
        List<String> sourceKey = List.of(key(source, options.sourceKey(), "sourceKey", label));
        String fk = foreignKeyName(options, ForeignKeyNames.of(source.definition().singularName(), sourceKey.get(0)));
        boolean nullable = putForeignKey(target, fk, options, source, sourceKey.get(0), label);
        checkScope(target, options.scope(), "scope", label);
        AssociationDefinition.HasOne definition = new AssociationDefinition.HasOne(common(names, source, target, options),
                List.of(fk), sourceKey, nullable);
        HasOneAssociation<S, T> association = new HasOneAssociation<>(source, target, definition);
        register(association);
        CascadingHooks.install(association, options);
        if (options.inverseAs() != null) {
            belongsTo(target, source, inverseOf(options, fk).targetKey(sourceKey.get(0)).inverseHasOne(true));
        }
        return association;
    }

    /** Declares {@code source.belongsTo(target)}. */
    public <S extends Model, T extends Model> BelongsToAssociation<S, T> belongsTo(
            ModelStatic<S> source, ModelStatic<T> target, BelongsToOptions options) {
        requireTarget(source, target, "belongsTo");
        AccessorNames names = names(options, target, false);
        String label = label(source, names);
        List<String> targetKey = List.of(key(target, options.targetKey(), "targetKey", label));
        String fk = foreignKeyName(options, ForeignKeyNames.of(names.singular(), targetKey.get(0)));
        putForeignKey(source, fk, options, target, targetKey.get(0), label);
        checkScope(target, options.scope(), "scope", label);
        AssociationDefinition.BelongsTo definition = new AssociationDefinition.BelongsTo(
                common(names, source, target, options), List.of(fk), targetKey);
        BelongsToAssociation<S, T> association = new BelongsToAssociation<>(source, target, definition);
        register(association);
        String inverse = options.inverseAs();
        if (inverse != null) {
            if (options.isInverseHasOne()) {
                if (target.associations().find(inverse) == null) {
                    hasOne(target, source, HasOneOptions.hasOne().as(inverse).foreignKey(fk).sourceKey(targetKey.get(0)));
                }
            } else if (target.associations().find(inverse) == null) {
                hasMany(target, source, HasManyOptions.hasMany().as(inverse).foreignKey(fk).sourceKey(targetKey.get(0)));
            }
        }
        return association;
    }

    /** Declares {@code source.belongsToMany(target)}. */
    public <S extends Model, T extends Model> BelongsToManyAssociation<S, T> belongsToMany(
            ModelStatic<S> source, ModelStatic<T> target, BelongsToManyOptions options) {
        requireTarget(source, target, "belongsToMany");
        AccessorNames names = names(options, target, true);
        String label = label(source, names);
        String sourceKey = key(source, options.sourceKey(), "sourceKey", label);
        String targetKey = key(target, options.targetKey(), "targetKey", label);
        boolean self = source.definition() == target.definition() || source.name().equals(target.name());
        String fk = foreignKeyName(options, ForeignKeyNames.of(source.definition().singularName(), sourceKey));
        String otherKey = options.otherKey() != null ? options.otherKey().name()
                : ForeignKeyNames.of(self ? names.singular() : target.definition().singularName(), targetKey);
        if (fk.equals(otherKey)) {
            throw new DefinitionError(source.name(), null, "belongsToMany " + label + ": foreignKey and otherKey are"
                    + " both '" + fk + "'; give the association an 'as' or name otherKey");
        }
        ModelStatic<?> through = throughModel(source, names, options, label);
        boolean ownKey = declaresOwnKey(through, fk, otherKey);
        String uniqueName = ownKey && options.isThroughUnique()
                ? through.tableName() + "_" + fk + "_" + otherKey + "_unique" : null;
        putThroughKey(through, fk, options.foreignKey(), options, source, sourceKey, ownKey, uniqueName, label);
        putThroughKey(through, otherKey, options.otherKey(), options, target, targetKey, ownKey, uniqueName, label);
        checkScope(target, options.scope(), "scope", label);
        checkScope(through, options.throughScope(), "throughScope", label);
        AssociationDefinition.BelongsToMany definition = new AssociationDefinition.BelongsToMany(
                common(names, source, target, options), through.name(), List.of(fk), List.of(otherKey),
                List.of(sourceKey), List.of(targetKey), options.throughScope(), options.isThroughUnique());
        BelongsToManyAssociation<S, T> association = new BelongsToManyAssociation<>(source, target, through, definition);
        register(association);
        String inverse = options.inverseAs();
        if (inverse != null && target.associations().find(inverse) == null) {
            belongsToMany(target, source, BelongsToManyOptions.belongsToMany().as(inverse).through(through)
                    .foreignKey(otherKey).otherKey(fk).sourceKey(targetKey).targetKey(sourceKey)
                    .throughScope(options.throughScope()).throughUnique(options.isThroughUnique()));
        }
        return association;
    }

    /** Declares {@code source.belongsToAny(…)}, a polymorphic belongsTo. */
    public <S extends Model> PolymorphicAssociation<S> polymorphic(ModelStatic<S> source, PolymorphicOptions options) {
        return PolymorphicAssociation.declare(source, options, this);
    }

    // ---- names and keys ------------------------------------------------------------------------

    private static void requireTarget(ModelStatic<?> source, ModelStatic<?> target, String kind) {
        if (target == null) {
            throw new DefinitionError(source.name(), null, kind + ": the target model is null (not defined yet?)");
        }
        if (target.sequelize() != source.sequelize()) {
            throw new DefinitionError(source.name(), null, kind + " " + target.name()
                    + ": the target model belongs to another Sequelize instance");
        }
    }

    private static String label(ModelStatic<?> source, AccessorNames names) {
        return "'" + source.name() + "." + names.as() + "'";
    }

    private static AccessorNames names(AssociationOptions<?> options, ModelStatic<?> target, boolean multiple) {
        if (options.singular() != null) {
            return new AccessorNames(multiple ? options.plural() : options.singular(), options.singular(),
                    options.plural());
        }
        String as = options.as();
        if (as == null) {
            as = multiple ? target.definition().pluralName() : target.definition().singularName();
        }
        return AccessorNames.of(as, multiple);
    }

    private static AssociationDefinition.Common common(AccessorNames names, ModelStatic<?> source,
                                                       ModelStatic<?> target, AssociationOptions<?> options) {
        return new AssociationDefinition.Common(names, source.name(), target.name(), options.scope(),
                options.isConstraints(), options.isHooks());
    }

    /** The key attribute of {@code model} an association refers to: the one named, or the single primary key. */
    private static String key(ModelStatic<?> model, String named, String option, String label) {
        ModelDefinition definition = model.definition();
        if (named != null) {
            AttributeDefinition attribute = definition.attribute(named);
            if (attribute == null || attribute.isVirtual()) {
                throw new DefinitionError(model.name(), named, "association " + label + ": option " + option
                        + " names '" + named + "', which is not an attribute with a column of model '" + model.name() + "'");
            }
            return named;
        }
        AttributeDefinition primary = definition.primaryKey();
        if (primary == null) {
            throw new DefinitionError(model.name(), null, "association " + label + ": model '" + model.name()
                    + "' has no single primary key; name the key with option " + option);
        }
        return primary.name();
    }

    private static String foreignKeyName(AssociationOptions<?> options, String fallback) {
        return options.foreignKey() != null ? options.foreignKey().name() : fallback;
    }

    private void register(Association<?, ?> association) {
        ModelDefinition source = association.source().definition();
        if (source.attribute(association.as()) != null) {
            throw new DefinitionError(source.name(), association.as(), "association " + association
                    + " has the name of an attribute of model '" + source.name() + "'; give it another 'as'");
        }
        association.source().associations().add(association);
    }

    private static <S extends AssociationOptions<S>> BelongsToOptions inverseOf(AssociationOptions<S> options, String fk) {
        BelongsToOptions inverse = BelongsToOptions.belongsTo().as(options.inverseAs()).foreignKey(fk)
                .constraints(options.isConstraints());
        if (options.onDelete() != null) {
            inverse.onDelete(options.onDelete());
        }
        if (options.onUpdate() != null) {
            inverse.onUpdate(options.onUpdate());
        }
        return inverse;
    }

    private static void checkScope(ModelStatic<?> model, Map<String, Object> scope, String option, String label) {
        for (String attribute : scope.keySet()) {
            if (model.definition().attribute(attribute) == null) {
                throw new DefinitionError(model.name(), attribute, "association " + label + ": option " + option
                        + " names '" + attribute + "', which is not an attribute of model '" + model.name() + "'");
            }
        }
    }

    // ---- foreign-key attributes ----------------------------------------------------------------------

    /**
     * Puts the foreign key {@code name} on {@code holder}, referring to {@code referenced.key}; returns
     * whether it allows NULL.
     */
    private boolean putForeignKey(ModelStatic<?> holder, String name, AssociationOptions<?> options,
                                  ModelStatic<?> referenced, String key, String label) {
        AttributeOptions attribute = completed(holder, name, options.foreignKey(), referenced, key, label);
        boolean nullable = !Boolean.FALSE.equals(attribute.allowNullOrNull()) && !attribute.isPrimaryKey();
        if (options.isConstraints() && attribute.references() == null) {
            References references = References.model(referenced).key(key);
            attribute.references(options.deferrable() != null ? references.deferrable(options.deferrable()) : references);
        }
        if (attribute.references() != null) {
            if (options.onDelete() != null) {
                attribute.onDelete(options.onDelete());
            } else if (attribute.onDelete() == null) {
                attribute.onDelete(nullable ? ReferentialAction.SET_NULL : ReferentialAction.CASCADE);
            }
            if (options.onUpdate() != null) {
                attribute.onUpdate(options.onUpdate());
            } else if (attribute.onUpdate() == null) {
                attribute.onUpdate(ReferentialAction.CASCADE);
            }
        }
        models.putAttribute(holder, attribute, label);
        return nullable;
    }

    private void putThroughKey(ModelStatic<?> through, String name, AttributeOptions declared,
                               BelongsToManyOptions options, ModelStatic<?> referenced, String key, boolean ownKey,
                               String uniqueName, String label) {
        AttributeOptions attribute = completed(through, name, declared, referenced, key, label);
        if (attribute.allowNullOrNull() == null) {
            attribute.allowNull(false);
        }
        if (!ownKey) {
            attribute.primaryKey(true);
        } else if (uniqueName != null && !attribute.isUnique()) {
            attribute.unique(uniqueName);
        }
        if (options.isConstraints() && attribute.references() == null) {
            References references = References.model(referenced).key(key);
            attribute.references(options.deferrable() != null ? references.deferrable(options.deferrable()) : references);
        }
        if (attribute.references() != null) {
            // Join rows go with either side: cascade both ways unless asked otherwise.
            attribute.onDelete(options.onDelete() != null ? options.onDelete()
                    : attribute.onDelete() != null ? attribute.onDelete() : ReferentialAction.CASCADE);
            attribute.onUpdate(options.onUpdate() != null ? options.onUpdate()
                    : attribute.onUpdate() != null ? attribute.onUpdate() : ReferentialAction.CASCADE);
        }
        models.putAttribute(through, attribute, label);
    }

    /**
     * The foreign key's attribute options: the attribute already declared on the holder under that
     * name (by the user or by the other side of the association), completed by what the association's
     * {@code foreignKey} option says, with the referenced key's type when none was declared.
     */
    private AttributeOptions completed(ModelStatic<?> holder, String name, AttributeOptions fromOption,
                                       ModelStatic<?> referenced, String key, String label) {
        AttributeDefinition keyAttribute = referenced.definition().attribute(key);
        DataType keyType = keyAttribute.type();
        AttributeOptions declared = null;
        for (AttributeOptions a : models.declaredAttributes(holder)) {
            if (a.name().equals(name)) {
                declared = a;
            }
        }
        AttributeOptions base = declared != null ? declared : fromOption != null ? fromOption : AttributeOptions.attribute(name);
        DataType type = base.type() != null ? base.type() : fromOption != null && fromOption.type() != null
                ? fromOption.type() : keyType;
        if (base.type() == null && base.typeError() != null) {
            throw new DefinitionError(holder.name(), name, "foreign key of association " + label
                    + " has an unknown data type: " + base.typeError());
        }
        checkHolds(holder, name, type, referenced, keyAttribute, label);
        AttributeOptions attribute = base.copyAs(name, type);
        if (declared != null && fromOption != null && fromOption != declared) {
            if (fromOption.allowNullOrNull() != null) {
                attribute.allowNull(fromOption.allowNullOrNull());
            }
            if (fromOption.field() != null) {
                attribute.field(fromOption.field());
            }
            if (fromOption.onDelete() != null) {
                attribute.onDelete(fromOption.onDelete());
            }
            if (fromOption.onUpdate() != null) {
                attribute.onUpdate(fromOption.onUpdate());
            }
        }
        return attribute;
    }

    /** Refuses a foreign-key type that cannot hold every value of the key it refers to. */
    private static void checkHolds(ModelStatic<?> holder, String name, DataType type, ModelStatic<?> referenced,
                                   AttributeDefinition key, String label) {
        DataType.Kind fk = type.kind();
        DataType.Kind k = key.type().kind();
        boolean holds;
        if (k.isInteger()) {
            holds = fk.isInteger() && fk.integerBits() >= k.integerBits();
        } else if (isText(k)) {
            holds = isText(fk) && (type.length() == null || key.type().length() != null && type.length() >= key.type().length());
        } else {
            holds = fk == k;
        }
        if (!holds) {
            throw new DefinitionError(holder.name(), name, "foreign key of association " + label + " is " + type
                    + ", which cannot hold every value of " + referenced.name() + "." + key.name() + " (" + key.type() + ")");
        }
    }

    private static boolean isText(DataType.Kind kind) {
        return kind == DataType.Kind.STRING || kind == DataType.Kind.CHAR || kind == DataType.Kind.TEXT
                || kind == DataType.Kind.CITEXT;
    }

    // ---- through models --------------------------------------------------------------------------

    private static ModelStatic<?> throughModel(ModelStatic<?> source, AccessorNames names, BelongsToManyOptions options,
                                               String label) {
        Object through = options.through();
        if (through instanceof ModelStatic) {
            return (ModelStatic<?>) through;
        }
        String name = through != null ? (String) through : source.name() + Inflector.camelize(names.plural(), false);
        if (source.sequelize().isDefined(name)) {
            return source.sequelize().model(name);
        }
        try {
            return source.sequelize().define(name, List.of(), ModelOptions.options().tableName(name));
        } catch (DefinitionError e) {
            throw new DefinitionError(source.name(), null, "belongsToMany " + label + ": the through model '" + name
                    + "' cannot be defined: " + e.getMessage());
        }
    }

    /** Whether the through model declares a primary key other than the association's two keys. */
    private boolean declaresOwnKey(ModelStatic<?> through, String fk, String otherKey) {
        for (AttributeOptions a : models.declaredAttributes(through)) {
            if (a.isPrimaryKey() && !a.name().equals(fk) && !a.name().equals(otherKey)) {
                return true;
            }
        }
        return false;
    }
}
