package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.errors.QueryError;

/**
 * A belongsTo association: the source holds a foreign key to the target ({@code Post.belongsTo(User)}).
 * Its methods are Sequelize's {@code getAuthor}, {@code setAuthor} and {@code createAuthor}, with the
 * source instance as first argument.
 *
 * @param <S> the source instance type
 * @param <T> the target instance type
 */
public final class BelongsToAssociation<S extends Model, T extends Model> extends Association<S, T> {

    private final AssociationDefinition.BelongsTo definition;

    BelongsToAssociation(ModelStatic<S> source, ModelStatic<T> target, AssociationDefinition.BelongsTo definition) {
        super(source, target);
        this.definition = definition;
    }

    @Override
    public AssociationDefinition.BelongsTo definition() {
        return definition;
    }

    /** The target the source's foreign key refers to, or null when it is NULL ({@code getAuthor()}). */
    public T get(S source) {
        return get(source, null);
    }

    /** {@link #get(Model)} with options (attributes, transaction, further where). */
    public T get(S source, FindOptions options) {
        singleRead();
        List<Object> key = keyOf(source, definition.foreignKey());
        if (key == null) {
            return null;
        }
        FindOptions read = readOptions(options);
        read.where(and(equal(definition.targetKey(), key), scopeCondition(definition.common().scope()), read.where()));
        return target.findOne(read);
    }

    /**
     * The targets of many sources, in one query per {@value Association#KEYS_PER_QUERY} distinct keys;
     * null for sources whose foreign key is NULL or refers to no row.
     */
    public Map<S, T> get(Collection<S> sources, FindOptions options) {
        refusePaging(options, as());
        Map<S, T> result = new LinkedHashMap<>();
        Map<List<Object>, T> byKey = new LinkedHashMap<>();
        List<List<Object>> keys = new ArrayList<>();
        java.util.Set<List<Object>> seen = new java.util.HashSet<>();
        for (S s : sources) {
            result.put(s, null);
            List<Object> key = keyOf(s, definition.foreignKey());
            if (key != null && seen.add(comparable(key))) {
                keys.add(key);
            }
        }
        for (List<List<Object>> chunk : chunks(keys)) {
            FindOptions read = selecting(readOptions(options), definition.targetKey());
            read.where(and(oneOf(definition.targetKey(), chunk), scopeCondition(definition.common().scope()),
                    read.where()));
            for (T t : target.findAll(read)) {
                byKey.put(comparable(keyOf(t, definition.targetKey())), t);
            }
        }
        for (S s : sources) {
            List<Object> key = keyOf(s, definition.foreignKey());
            result.put(s, key == null ? null : byKey.get(comparable(key)));
        }
        return result;
    }

    @Override
    public void load(Collection<S> sources, FindOptions options) {
        get(sources, options).forEach(this::attach);
    }

    /**
     * Points the source's foreign key at {@code targetOrKey} (an instance or a key value; null clears
     * it) and saves the source ({@code setAuthor}); with {@link LinkOptions#save(boolean) save(false)}
     * only assigns it.
     */
    public void set(S source, Object targetOrKey) {
        set(source, targetOrKey, LinkOptions.linkOptions());
    }

    /** {@link #set(Model, Object)} with options. */
    public void set(S source, Object targetOrKey, LinkOptions options) {
        List<String> foreignKey = definition.foreignKey();
        if (targetOrKey == null) {
            foreignKey.forEach(fk -> source.set(fk, null));
        } else {
            List<Object> key = keysOf(List.of(targetOrKey), definition.targetKey(), "target").get(0);
            for (int i = 0; i < foreignKey.size(); i++) {
                source.set(foreignKey.get(i), key.get(i));
            }
        }
        if (options.isSave()) {
            SaveOptions save = inheritTransaction(SaveOptions.saveOptions(), options);
            source.save(source.isNewRecord() ? save : save.fields(foreignKey.toArray(String[]::new)));
        }
    }

    /** Creates a target and points the source at it, in one transaction ({@code createAuthor}). */
    public T create(S source, Map<String, ?> values) {
        return create(source, values, LinkOptions.linkOptions());
    }

    /** {@link #create(Model, Map)} with options. */
    public T create(S source, Map<String, ?> values, LinkOptions options) {
        if (source == null) {
            throw new QueryError("Association '" + as() + "': create needs a source instance");
        }
        return atomically(options, () -> {
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.putAll(definition.common().scope());
            T created = target.create(all, inheritTransaction(SaveOptions.saveOptions(), options));
            set(source, created, options);
            return created;
        });
    }
}
