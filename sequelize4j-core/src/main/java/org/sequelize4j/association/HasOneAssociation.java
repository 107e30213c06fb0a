package org.sequelize4j.association;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.definition.association.AssociationDefinition;

/**
 * A hasOne association: the target holds a foreign key to the source, one target per source
 * ({@code User.hasOne(Profile)}). Its methods are Sequelize's {@code getProfile}, {@code setProfile}
 * and {@code createProfile}, with the source instance as first argument.
 *
 * @param <S> the source instance type
 * @param <T> the target instance type
 */
public final class HasOneAssociation<S extends Model, T extends Model> extends Association<S, T> {

    private final AssociationDefinition.HasOne definition;
    private final HasManyAssociation.ToManyByForeignKey<S, T> links;

    HasOneAssociation(ModelStatic<S> source, ModelStatic<T> target, AssociationDefinition.HasOne definition) {
        super(source, target);
        this.definition = definition;
        this.links = new HasManyAssociation.ToManyByForeignKey<>(this, definition.foreignKey(), definition.sourceKey(),
                definition.common().scope(), definition.foreignKeyNullable());
    }

    @Override
    public AssociationDefinition.HasOne definition() {
        return definition;
    }

    /** The source's target, or null ({@code getProfile()}). */
    public T get(S source) {
        return get(source, null);
    }

    /** The source's target, with options (attributes, transaction, further where), or null. */
    public T get(S source, FindOptions options) {
        singleRead();
        FindOptions read = links.readFor(source, options);
        return read == null ? null : target.findOne(read);
    }

    /** The targets of many sources in one query per {@value Association#KEYS_PER_QUERY} sources; null where none. */
    public Map<S, T> get(Collection<S> sources, FindOptions options) {
        refusePaging(options, as());
        Map<S, T> result = new LinkedHashMap<>();
        for (Map.Entry<S, List<T>> e : links.batch(sources, options, null).entrySet()) {
            result.put(e.getKey(), e.getValue().isEmpty() ? null : e.getValue().get(0));
        }
        return result;
    }

    @Override
    public void load(Collection<S> sources, FindOptions options) {
        get(sources, options).forEach(this::attach);
    }

    /**
     * Makes {@code targetOrKey} (an instance, saved here if new, or a primary-key value) the source's
     * target, or removes it with null ({@code setProfile}). The previous target's foreign key becomes
     * NULL, or it is destroyed when the key does not allow NULL or with
     * {@link LinkOptions#destroyPrevious(boolean)}. One transaction.
     */
    public void set(S source, Object targetOrKey) {
        set(source, targetOrKey, LinkOptions.linkOptions());
    }

    /** {@link #set(Model, Object)} with options. */
    public void set(S source, Object targetOrKey, LinkOptions options) {
        List<String> targetKey = target.definition().primaryKeys().stream().map(a -> a.name()).toList();
        atomically(options, () -> {
            // As Sequelize's scope: false: the target's default scope must not hide the row being replaced.
            FindOptions current = links.readFor(source, inheritTransaction(FindOptions.query(), options));
            T previous = current == null ? null : target.unscoped().findOne(current);
            List<Object> next = null;
            if (targetOrKey != null && !(targetOrKey instanceof Model && ((Model) targetOrKey).isNewRecord())) {
                next = keysOf(List.of(targetOrKey), targetKey, "target").get(0);
            }
            if (previous != null && (next == null || !comparable(keyOf(previous, targetKey)).equals(comparable(next)))) {
                links.remove(source, List.of(previous), options);
            }
            if (targetOrKey instanceof Model) {
                Model instance = (Model) targetOrKey;
                instance.set(links.valuesFor(source, Map.of()));
                instance.save(inheritTransaction(SaveOptions.saveOptions(), options));
            } else if (next != null) {
                target.unscoped().update(links.valuesFor(source, Map.of()),
                        inheritTransaction(UpdateOptions.where(equal(targetKey, next)), options));
            }
            return null;
        });
    }

    /** Creates the source's target ({@code createProfile}); an existing target is left as it is. */
    public T create(S source, Map<String, ?> values) {
        return create(source, values, SaveOptions.saveOptions());
    }

    /** {@link #create(Model, Map)} with save options. */
    public T create(S source, Map<String, ?> values, SaveOptions options) {
        return target.create(links.valuesFor(source, values), options);
    }
}
