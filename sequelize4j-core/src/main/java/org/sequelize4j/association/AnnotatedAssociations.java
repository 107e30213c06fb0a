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
import org.sequelize4j.definition.AnnotationReader;
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
            boolean inherited = c != model.modelClass();
            for (Field field : c.getDeclaredFields()) {
                for (Annotation a : field.getAnnotations()) {
                    if (a instanceof HasOne || a instanceof HasMany || a instanceof BelongsTo || a instanceof BelongsToMany) {
                        if (inherited && !AnnotationReader.isAbstractModel(c)) {
                            refuseOnConcreteParent(model, c, field, a);
                        }
                        found.add(new Pending(model, field, a));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Seed 000's limits for associations inherited from a parent that is a model of its own: hasOne,
     * hasMany and belongsToMany put a foreign key on the target that can refer to one model only, and a
     * belongsTo's inverse would be declared twice on its target under one name. On an abstract parent
     * they are allowed instead, each model getting its own association ({@code {model}} in names).
     */
    private static void refuseOnConcreteParent(ModelStatic<?> model, Class<?> parent, Field field, Annotation a) {
        boolean inverse = a instanceof BelongsTo && !((BelongsTo) a).inverse().as().isEmpty();
        if (a instanceof BelongsTo && !inverse) {
            return;
        }
        String kind = "@" + a.annotationType().getSimpleName() + (inverse ? " with an inverse" : "");
        throw new DefinitionError(model.name(), field.getName(), kind + " is declared on " + parent.getSimpleName()
                + ", a model that " + model.modelClass().getSimpleName() + " extends: "
                + (inverse ? "its inverse would be declared on the target once per model under one name"
                        : "its foreign key on the target can refer to one model only")
                + ". Declare it on each model, or on an abstract parent (an abstract class or @Table.Abstract),"
                + " where every model extending it gets its own association (use {model} in names)");
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
                    } catch (DefinitionError e) {
                        Class<?> declaring = p.field().getDeclaringClass();
                        if (declaring == p.source().modelClass()) {
                            throw e;
                        }
                        throw new DefinitionError(e.model(), e.attribute(), e.problem() + " (the association is"
                                + " declared on the abstract " + declaring.getSimpleName() + " for every model extending"
                                + " it: put {model} in its names, e.g. inverse = @Inverse(as = \"{model}\"), to give"
                                + " each model its own)");
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
        Template t = new Template(source.name());
        Annotation a = p.annotation();
        if (a instanceof HasOne) {
            HasOne o = (HasOne) a;
            HasOneOptions options = HasOneOptions.hasOne().as(t.fill(or(o.as(), as))).constraints(o.constraints()).hooks(o.hooks())
                    .scope(scope(o.scope(), p));
            foreignKey(options, t.fill(o.foreignKey()));
            if (!o.sourceKey().isEmpty()) {
                options.sourceKey(o.sourceKey());
            }
            actions(options, o.onDelete(), o.onUpdate());
            inverse(options, t.fill(o.inverse().as()));
            declarer.hasOne(source, defined.apply(o.target()), options);
        } else if (a instanceof HasMany) {
            HasMany o = (HasMany) a;
            HasManyOptions options = HasManyOptions.hasMany().as(t.fill(or(o.as(), as))).constraints(o.constraints())
                    .hooks(o.hooks()).scope(scope(o.scope(), p));
            foreignKey(options, t.fill(o.foreignKey()));
            if (!o.sourceKey().isEmpty()) {
                options.sourceKey(o.sourceKey());
            }
            actions(options, o.onDelete(), o.onUpdate());
            inverse(options, t.fill(o.inverse().as()));
            declarer.hasMany(source, defined.apply(o.target()), options);
        } else if (a instanceof BelongsTo) {
            BelongsTo o = (BelongsTo) a;
            BelongsToOptions options = BelongsToOptions.belongsTo().as(t.fill(or(o.as(), as))).constraints(o.constraints())
                    .inverseHasOne(o.inverse().hasOne());
            foreignKey(options, t.fill(o.foreignKey()));
            if (!o.targetKey().isEmpty()) {
                options.targetKey(o.targetKey());
            }
            actions(options, o.onDelete(), o.onUpdate());
            inverse(options, t.fill(o.inverse().as()));
            declarer.belongsTo(source, defined.apply(o.target()), options);
        } else {
            BelongsToMany o = (BelongsToMany) a;
            BelongsToManyOptions options = BelongsToManyOptions.belongsToMany().as(t.fill(or(o.as(), as)))
                    .constraints(o.constraints()).scope(scope(o.scope(), p)).throughScope(scope(o.throughScope(), p));
            if (o.throughModel() != Model.class) {
                options.through(defined.apply(o.throughModel()));
            } else if (!o.through().isEmpty()) {
                options.through(t.fill(o.through()));
            }
            foreignKey(options, t.fill(o.foreignKey()));
            if (!o.otherKey().isEmpty()) {
                options.otherKey(t.fill(o.otherKey()));
            }
            if (!o.sourceKey().isEmpty()) {
                options.sourceKey(o.sourceKey());
            }
            if (!o.targetKey().isEmpty()) {
                options.targetKey(o.targetKey());
            }
            inverse(options, t.fill(o.inverse().as()));
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

    private static void inverse(AssociationOptions<?> options, String inverse) {
        if (!inverse.isEmpty()) {
            options.inverse(inverse);
        }
    }

    /**
     * Names of an association declared on an abstract parent, made per model: {@code {model}} is
     * replaced by the model's name with a lower-case first letter, {@code {Model}} by the name as it is
     * ({@code "{model}Id"} → {@code articleId}).
     */
    private record Template(String modelName) {
        String fill(String text) {
            if (text.indexOf('{') < 0) {
                return text;
            }
            String lower = Character.toLowerCase(modelName.charAt(0)) + modelName.substring(1);
            return text.replace("{model}", lower).replace("{Model}", modelName);
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
