package org.sequelize4j.association;

import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.ReferentialAction;
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
    private final ForeignKeys foreignKeys;
    private int depth;
    private java.util.List<Association<?, ?>> registered;
    private java.util.List<Runnable> afterDeclaring;

    private final NPlusOneDetector detector;

    /** A declarer that extends models through this registry, watching single-parent reads with {@code detector}. */
    public AssociationDeclarer(ModelExtender models, NPlusOneDetector detector) {
        this.models = models;
        this.foreignKeys = new ForeignKeys(models);
        this.detector = detector;
    }

    /** Declares {@code source.hasMany(target)}. */
    public <S extends Model, T extends Model> HasManyAssociation<S, T> hasMany(
            ModelStatic<S> source, ModelStatic<T> target, HasManyOptions options) {
        return declaring(() -> declareHasMany(source, target, options));
    }

    private <S extends Model, T extends Model> HasManyAssociation<S, T> declareHasMany(
            ModelStatic<S> source, ModelStatic<T> target, HasManyOptions options) {
        TargetKey key = targetKey(source, target, options, options.sourceKey(), true, "hasMany");
        HasManyAssociation<S, T> association = new HasManyAssociation<>(source, target,
                new AssociationDefinition.HasMany(key.common(), key.foreignKey(), key.sourceKey(), key.nullable()));
        finishTargetKeyed(association, options, key, false);
        return association;
    }

    /**
     * What hasOne and hasMany settle alike: the names, the source key, and the foreign key put on the
     * target.
     */
    private record TargetKey(AssociationDefinition.Common common, List<String> sourceKey, List<String> foreignKey,
                             boolean nullable) {
    }

    private TargetKey targetKey(ModelStatic<?> source, ModelStatic<?> target, AssociationOptions<?> options,
                                List<String> sourceKeyOption, boolean multiple, String kind) {
        requireTarget(source, target, kind);
        AccessorNames names = names(options, target, multiple);
        String label = label(source, names);
        List<String> sourceKey = keys(source, sourceKeyOption, "sourceKey", label);
        List<String> fk = foreignKeyNames(options.foreignKeys(), source.definition().singularName(), sourceKey, label);
        boolean nullable = foreignKeys.put(target, fk, options.foreignKeys(), ForeignKeys.Rules.of(options), source,
                sourceKey, label);
        checkScope(target, options.scope(), "scope", label);
        return new TargetKey(common(names, source, target, options), sourceKey, fk, nullable);
    }

    /** Registers a hasOne/hasMany, its cascading hooks and its inverse belongsTo. */
    private void finishTargetKeyed(Association<?, ?> association, AssociationOptions<?> options, TargetKey key,
                                   boolean inverseHasOne) {
        CascadingHooks.check(association, options);
        register(association);
        afterDeclaring.add(() -> CascadingHooks.install(association, options));
        ModelStatic<?> source = association.source();
        ModelStatic<?> target = association.target();
        if (options.inverseAs() != null && !alreadyPaired(target, options.inverseAs(), source, key.foreignKey())) {
            belongsTo(target, source, inverseOf(options, key.foreignKey())
                    .targetKey(key.sourceKey().toArray(String[]::new)).inverseHasOne(inverseHasOne));
        }
    }

    /** Declares {@code source.hasOne(target)}. */
    public <S extends Model, T extends Model> HasOneAssociation<S, T> hasOne(
            ModelStatic<S> source, ModelStatic<T> target, HasOneOptions options) {
        return declaring(() -> declareHasOne(source, target, options));
    }

    private <S extends Model, T extends Model> HasOneAssociation<S, T> declareHasOne(
            ModelStatic<S> source, ModelStatic<T> target, HasOneOptions options) {
        TargetKey key = targetKey(source, target, options, options.sourceKey(), false, "hasOne");
        HasOneAssociation<S, T> association = new HasOneAssociation<>(source, target,
                new AssociationDefinition.HasOne(key.common(), key.foreignKey(), key.sourceKey(), key.nullable()));
        finishTargetKeyed(association, options, key, true);
        return association;
    }

    /** Declares {@code source.belongsTo(target)}. */
    public <S extends Model, T extends Model> BelongsToAssociation<S, T> belongsTo(
            ModelStatic<S> source, ModelStatic<T> target, BelongsToOptions options) {
        return declaring(() -> declareBelongsTo(source, target, options));
    }

    private <S extends Model, T extends Model> BelongsToAssociation<S, T> declareBelongsTo(
            ModelStatic<S> source, ModelStatic<T> target, BelongsToOptions options) {
        requireTarget(source, target, "belongsTo");
        refuseHooks(source, options, "belongsTo");
        AccessorNames names = names(options, target, false);
        String label = label(source, names);
        List<String> targetKey = keys(target, options.targetKey(), "targetKey", label);
        List<String> fk = foreignKeyNames(options.foreignKeys(), names.singular(), targetKey, label);
        foreignKeys.put(source, fk, options.foreignKeys(), ForeignKeys.Rules.of(options), target, targetKey, label);
        checkScope(target, options.scope(), "scope", label);
        AssociationDefinition.BelongsTo definition = new AssociationDefinition.BelongsTo(
                common(names, source, target, options), fk, targetKey);
        BelongsToAssociation<S, T> association = new BelongsToAssociation<>(source, target, definition);
        register(association);
        String inverse = options.inverseAs();
        if (inverse != null) {
            if (options.isInverseHasOne()) {
                if (!alreadyPaired(target, inverse, source, fk)) {
                    hasOne(target, source, HasOneOptions.hasOne().as(inverse).constraints(options.isConstraints())
                            .foreignKeys(fk.toArray(String[]::new))
                            .sourceKey(targetKey.toArray(String[]::new)));
                }
            } else if (!alreadyPaired(target, inverse, source, fk)) {
                hasMany(target, source, HasManyOptions.hasMany().as(inverse).constraints(options.isConstraints())
                        .foreignKeys(fk.toArray(String[]::new))
                        .sourceKey(targetKey.toArray(String[]::new)));
            }
        }
        return association;
    }

    /** Declares {@code source.belongsToMany(target)}. */
    public <S extends Model, T extends Model> BelongsToManyAssociation<S, T> belongsToMany(
            ModelStatic<S> source, ModelStatic<T> target, BelongsToManyOptions options) {
        return declaring(() -> declareBelongsToMany(source, target, options));
    }

    private <S extends Model, T extends Model> BelongsToManyAssociation<S, T> declareBelongsToMany(
            ModelStatic<S> source, ModelStatic<T> target, BelongsToManyOptions options) {
        requireTarget(source, target, "belongsToMany");
        refuseHooks(source, options, "belongsToMany");
        AccessorNames names = names(options, target, true);
        String label = label(source, names);
        List<String> sourceKey = keys(source, options.sourceKey(), "sourceKey", label);
        List<String> targetKey = keys(target, options.targetKey(), "targetKey", label);
        boolean self = source.definition() == target.definition() || source.name().equals(target.name());
        List<String> fk = foreignKeyNames(options.foreignKeys(), source.definition().singularName(), sourceKey, label);
        List<String> otherKey = foreignKeyNames(options.otherKeys(),
                self ? names.singular() : target.definition().singularName(), targetKey, label);
        if (fk.stream().anyMatch(otherKey::contains)) {
            throw new DefinitionError(source.name(), null, "belongsToMany " + label + ": foreignKey " + fk
                    + " and otherKey " + otherKey + " share attributes; give the association an 'as' or name otherKey");
        }
        ModelStatic<?> through = throughModel(source, names, options, label);
        boolean ownKey = declaresOwnKey(through, fk, otherKey);
        String uniqueName = ownKey && options.isThroughUnique()
                ? org.sequelize4j.definition.naming.Identifiers.shorten(through.tableName() + "_" + String.join("_", fk)
                        + "_" + String.join("_", otherKey) + "_unique") : null;
        // Join rows go with either side: cascade both ways unless asked otherwise.
        ForeignKeys.Rules rules = new ForeignKeys.Rules(options.isConstraints(), options.onDelete(), options.onUpdate(),
                options.deferrable(), ReferentialAction.CASCADE, true, !ownKey, uniqueName);
        foreignKeys.put(through, fk, options.foreignKeys(), rules, source, sourceKey, label);
        foreignKeys.put(through, otherKey, options.otherKeys(), rules, target, targetKey, label);
        checkScope(target, options.scope(), "scope", label);
        checkScope(through, options.throughScope(), "throughScope", label);
        AssociationDefinition.BelongsToMany definition = new AssociationDefinition.BelongsToMany(
                common(names, source, target, options), through.name(), fk, otherKey,
                sourceKey, targetKey, options.throughScope(), options.isThroughUnique());
        BelongsToManyAssociation<S, T> association = new BelongsToManyAssociation<>(source, target, through, definition);
        register(association);
        String inverse = options.inverseAs();
        if (inverse != null && !alreadyPaired(target, inverse, source, otherKey)) {
            belongsToMany(target, source, BelongsToManyOptions.belongsToMany().as(inverse).through(through)
                    .constraints(options.isConstraints())
                    .foreignKeys(otherKey.toArray(String[]::new)).otherKeys(fk.toArray(String[]::new))
                    .sourceKey(targetKey.toArray(String[]::new)).targetKey(sourceKey.toArray(String[]::new))
                    .throughScope(options.throughScope()).throughUnique(options.isThroughUnique()));
        }
        return association;
    }

    /** Declares {@code source.belongsToAny(…)}, a polymorphic belongsTo. */
    public <S extends Model> PolymorphicAssociation<S> polymorphic(ModelStatic<S> source, PolymorphicOptions options) {
        return declaring(() -> PolymorphicAssociation.declare(source, options, this));
    }

    /**
     * Runs one declaration (with the inverse and through model it brings) all or nothing: when any part
     * is refused, the associations it registered are forgotten and the models it extended get their
     * earlier definitions back.
     */
    private synchronized <R> R declaring(java.util.function.Supplier<R> declaration) {
        if (depth > 0) {
            return declaration.get();
        }
        registered = new java.util.ArrayList<>();
        afterDeclaring = new java.util.ArrayList<>();
        Runnable restore = models.snapshot();
        depth++;
        try {
            R result = declaration.get();
            afterDeclaring.forEach(Runnable::run);
            return result;
        } catch (RuntimeException | Error e) {
            for (Association<?, ?> association : registered) {
                association.source().associations().remove(association);
            }
            restore.run();
            throw e;
        } finally {
            depth--;
            registered = null;
            afterDeclaring = null;
        }
    }

    // ---- names and keys ------------------------------------------------------------------------

    /**
     * Whether {@code model} already has the inverse under {@code alias}: an association to
     * {@code other} over the same foreign key (declared by the other side first). Anything else under
     * that alias is a clash, which declaring it again reports.
     */
    private static boolean alreadyPaired(ModelStatic<?> model, String alias, ModelStatic<?> other, List<String> fk) {
        Association<?, ?> existing = model.associations().find(alias);
        if (existing == null || !existing.target().name().equals(other.name())) {
            return false;
        }
        List<String> key = existing.definition().foreignKey();
        return key.equals(fk);
    }

    private static void refuseHooks(ModelStatic<?> source, AssociationOptions<?> options, String kind) {
        if (options.isHooks()) {
            throw new DefinitionError(source.name(), null, kind + " '" + options.as() + "': option hooks(true) applies"
                    + " to hasOne and hasMany only (it destroys the targets that hold the foreign key one by one)");
        }
    }

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

    /**
     * The key attributes of {@code model} an association refers to: the ones named, or the primary key.
     * A key of several attributes must be the primary key or a unique key, so that it identifies a row.
     */
    private static List<String> keys(ModelStatic<?> model, List<String> named, String option, String label) {
        ModelDefinition definition = model.definition();
        if (named == null || named.isEmpty()) {
            List<String> primary = definition.primaryKeys().stream().map(AttributeDefinition::name).toList();
            if (primary.isEmpty()) {
                throw new DefinitionError(model.name(), null, "association " + label + ": model '" + model.name()
                        + "' has no primary key; name the key with option " + option);
            }
            return primary;
        }
        for (String name : named) {
            AttributeDefinition attribute = definition.attribute(name);
            if (attribute == null || attribute.isVirtual()) {
                throw new DefinitionError(model.name(), name, "association " + label + ": option " + option
                        + " names '" + name + "', which is not an attribute with a column of model '" + model.name() + "'");
            }
        }
        if (named.size() > 1 && !identifiesRows(definition, named)) {
            throw new DefinitionError(model.name(), null, "association " + label + ": option " + option + " " + named
                    + " is neither the primary key nor a unique key of model '" + model.name()
                    + "', so it cannot identify the rows a foreign key refers to");
        }
        return List.copyOf(named);
    }

    private static boolean identifiesRows(ModelDefinition definition, List<String> attributes) {
        java.util.Set<String> wanted = java.util.Set.copyOf(attributes);
        if (java.util.Set.copyOf(definition.primaryKeys().stream().map(AttributeDefinition::name).toList()).equals(wanted)) {
            return true;
        }
        return definition.uniqueKeys().stream().anyMatch(k -> java.util.Set.copyOf(
                k.attributes().stream().map(AttributeDefinition::name).toList()).equals(wanted));
    }

    /** The foreign key's attribute names: the declared ones, or Sequelize's defaults (prefix + key attribute). */
    private static List<String> foreignKeyNames(List<AttributeOptions> declared, String prefix, List<String> keys,
                                                String label) {
        if (!declared.isEmpty()) {
            if (declared.size() != keys.size()) {
                throw new DefinitionError(label.substring(1, label.indexOf('.')), null, "association " + label + ": "
                    + declared.size()
                        + " foreign-key attribute(s) given for the key " + keys + " of " + keys.size());
            }
            return declared.stream().map(AttributeOptions::name).toList();
        }
        return keys.stream().map(k -> ForeignKeyNames.of(prefix, k)).toList();
    }

    private void register(Association<?, ?> association) {
        ModelDefinition source = association.source().definition();
        if (source.attribute(association.as()) != null) {
            throw new DefinitionError(source.name(), association.as(), "association " + association
                    + " has the name of an attribute of model '" + source.name() + "'; give it another 'as'");
        }
        association.source().associations().add(association);
        registered.add(association);
        association.watchedBy(detector);
    }

    private static <S extends AssociationOptions<S>> BelongsToOptions inverseOf(AssociationOptions<S> options,
                                                                                List<String> fk) {
        BelongsToOptions inverse = BelongsToOptions.belongsTo().as(options.inverseAs()).foreignKeys(fk.toArray(String[]::new))
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
            // As Sequelize does, the join table follows the source's naming (underscored columns).
            return source.sequelize().define(name, List.of(), ModelOptions.options().tableName(name)
                    .underscored(source.definition().options().isUnderscored()));
        } catch (DefinitionError e) {
            throw new DefinitionError(source.name(), null, "belongsToMany " + label + ": the through model '" + name
                    + "' cannot be defined: " + e.getMessage(), e);
        }
    }

    /** Whether the through model declares a primary key other than the association's two keys. */
    private boolean declaresOwnKey(ModelStatic<?> through, List<String> fk, List<String> otherKey) {
        for (AttributeOptions a : models.declaredAttributes(through)) {
            if (a.isPrimaryKey() && !fk.contains(a.name()) && !otherKey.contains(a.name())) {
                return true;
            }
        }
        return false;
    }
}
