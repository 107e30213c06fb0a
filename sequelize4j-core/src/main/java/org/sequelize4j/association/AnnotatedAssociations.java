package org.sequelize4j.association;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.annotations.BelongsTo;
import org.sequelize4j.annotations.BelongsToMany;
import org.sequelize4j.annotations.HasMany;
import org.sequelize4j.annotations.HasOne;
import org.sequelize4j.annotations.Inverse;
import org.sequelize4j.errors.DefinitionError;

/**
 * Associations declared with {@link HasOne}, {@link BelongsTo}, {@link HasMany} and
 * {@link BelongsToMany} on fields of model classes. A declaration waits until its target (and through)
 * class is defined in the same {@code Sequelize}, so classes can be defined in any order, as with
 * Sequelize's {@code models: [...]}.
 */
public final class AnnotatedAssociations {

    /**
     * One annotated field whose association is not declared yet.
     *
     * @param source the model whose class has the field
     * @param field the field
     * @param annotation its association annotation
     */
    public record Pending(ModelStatic<?> source, Field field, Annotation annotation) {

        /** The classes that must be defined before it can be declared. */
        List<Class<? extends Model>> needs() {
            List<Class<? extends Model>> needs = new ArrayList<>();
            if (annotation instanceof HasOne) {
                needs.add(((HasOne) annotation).target());
            } else if (annotation instanceof HasMany) {
                needs.add(((HasMany) annotation).target());
            } else if (annotation instanceof BelongsTo) {
                needs.add(((BelongsTo) annotation).target());
            } else {
                BelongsToMany many = (BelongsToMany) annotation;
                needs.add(many.target());
                if (many.throughModel() != Model.class) {
                    needs.add(many.throughModel());
                }
            }
            return needs;
        }

        /** What is wrong when it can never be declared. */
        public String describe() {
            return source.name() + "." + field.getName() + " (@" + annotation.annotationType().getSimpleName()
                    + " to " + needs().stream().map(Class::getSimpleName).toList() + ")";
        }
    }

    private AnnotatedAssociations() {
    }

    /** The annotated association fields of a model's class and its superclasses. */
    public static List<Pending> read(ModelStatic<?> model) {
        List<Pending> found = new ArrayList<>();
        for (Class<?> c = model.modelClass(); c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                for (Annotation a : field.getAnnotations()) {
                    if (a instanceof HasOne || a instanceof HasMany || a instanceof BelongsTo || a instanceof BelongsToMany) {
                        found.add(new Pending(model, field, a));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Declares every pending association whose classes are all defined, removing it from the list.
     *
     * @param defined the model defined by a class, or null
     */
    public static void declareReady(List<Pending> pending, Function<Class<?>, ModelStatic<?>> defined,
                                    AssociationDeclarer declarer) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                if (p.needs().stream().allMatch(c -> defined.apply(c) != null)) {
                    it.remove();
                    try {
                        declare(p, defined, declarer);
                    } catch (IllegalArgumentException e) {
                        throw new DefinitionError(p.source().name(), p.field().getName(), "@"
                                + p.annotation().annotationType().getSimpleName() + ": " + e.getMessage());
                    }
                    progress = true;
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void declare(Pending p, Function<Class<?>, ModelStatic<?>> defined, AssociationDeclarer declarer) {
        ModelStatic source = p.source();
        String as = p.field().getName();
        Annotation a = p.annotation();
        if (a instanceof HasOne) {
            HasOne o = (HasOne) a;
            HasOneOptions options = HasOneOptions.hasOne().as(or(o.as(), as)).constraints(o.constraints()).hooks(o.hooks())
                    .scope(scope(o.scope(), p));
            foreignKey(options, o.foreignKey());
            if (!o.sourceKey().isEmpty()) {
                options.sourceKey(o.sourceKey());
            }
            actions(options, o.onDelete(), o.onUpdate());
            inverse(options, o.inverse());
            declarer.hasOne(source, defined.apply(o.target()), options);
        } else if (a instanceof HasMany) {
            HasMany o = (HasMany) a;
            HasManyOptions options = HasManyOptions.hasMany().as(or(o.as(), as)).constraints(o.constraints())
                    .hooks(o.hooks()).scope(scope(o.scope(), p));
            foreignKey(options, o.foreignKey());
            if (!o.sourceKey().isEmpty()) {
                options.sourceKey(o.sourceKey());
            }
            actions(options, o.onDelete(), o.onUpdate());
            inverse(options, o.inverse());
            declarer.hasMany(source, defined.apply(o.target()), options);
        } else if (a instanceof BelongsTo) {
            BelongsTo o = (BelongsTo) a;
            BelongsToOptions options = BelongsToOptions.belongsTo().as(or(o.as(), as)).constraints(o.constraints())
                    .inverseHasOne(o.inverse().hasOne());
            foreignKey(options, o.foreignKey());
            if (!o.targetKey().isEmpty()) {
                options.targetKey(o.targetKey());
            }
            actions(options, o.onDelete(), o.onUpdate());
            inverse(options, o.inverse());
            declarer.belongsTo(source, defined.apply(o.target()), options);
        } else {
            BelongsToMany o = (BelongsToMany) a;
            BelongsToManyOptions options = BelongsToManyOptions.belongsToMany().as(or(o.as(), as))
                    .constraints(o.constraints()).scope(scope(o.scope(), p)).throughScope(scope(o.throughScope(), p));
            if (o.throughModel() != Model.class) {
                options.through(defined.apply(o.throughModel()));
            } else if (!o.through().isEmpty()) {
                options.through(o.through());
            }
            foreignKey(options, o.foreignKey());
            if (!o.otherKey().isEmpty()) {
                options.otherKey(o.otherKey());
            }
            if (!o.sourceKey().isEmpty()) {
                options.sourceKey(o.sourceKey());
            }
            if (!o.targetKey().isEmpty()) {
                options.targetKey(o.targetKey());
            }
            inverse(options, o.inverse());
            declarer.belongsToMany(source, defined.apply(o.target()), options);
        }
    }

    private static String or(String given, String fallback) {
        return given.isEmpty() ? fallback : given;
    }

    private static void foreignKey(AssociationOptions<?> options, String name) {
        if (!name.isEmpty()) {
            options.foreignKey(name);
        }
    }

    private static void actions(AssociationOptions<?> options, String onDelete, String onUpdate) {
        if (!onDelete.isEmpty()) {
            options.onDelete(onDelete);
        }
        if (!onUpdate.isEmpty()) {
            options.onUpdate(onUpdate);
        }
    }

    private static void inverse(AssociationOptions<?> options, Inverse inverse) {
        if (!inverse.as().isEmpty()) {
            options.inverse(inverse.as());
        }
    }

    private static Map<String, Object> scope(String[] entries, Pending p) {
        Map<String, Object> scope = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new DefinitionError(p.source().name(), p.field().getName(), "scope entry '" + entry
                        + "' is not of the form attribute=value");
            }
            scope.put(entry.substring(0, eq).trim(), entry.substring(eq + 1));
        }
        return scope;
    }
}
