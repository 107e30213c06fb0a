package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.query.Condition;

/**
 * A hasMany association: the targets hold a foreign key to the source ({@code User.hasMany(Post)}).
 * Its methods are Sequelize's {@code getPosts}, {@code countPosts}, {@code hasPost(s)},
 * {@code addPost(s)}, {@code removePost(s)}, {@code setPosts} and {@code createPost}, with the source
 * instance as first argument.
 *
 * <pre>{@code
 * HasManyAssociation<Model, Model> posts = Users.hasMany(Posts, hasMany().as("posts").foreignKey("authorId"));
 * posts.create(ada, Map.of("title", "Hello"));
 * List<Model> published = posts.get(ada, query().where(eq("published", true)));
 * }</pre>
 *
 * @param <S> the source instance type
 * @param <T> the target instance type
 */
public final class HasManyAssociation<S extends Model, T extends Model> extends Association<S, T> {

    private final AssociationDefinition.HasMany definition;
    private final ToManyByForeignKey<S, T> links;

    HasManyAssociation(ModelStatic<S> source, ModelStatic<T> target, AssociationDefinition.HasMany definition) {
        super(source, target);
        this.definition = definition;
        this.links = new ToManyByForeignKey<>(this, definition.foreignKey(), definition.sourceKey(),
                definition.common().scope(), definition.foreignKeyNullable());
    }

    @Override
    public AssociationDefinition.HasMany definition() {
        return definition;
    }

    /** The source's targets ({@code getPosts()}). */
    public List<T> get(S source) {
        return get(source, null);
    }

    /** The source's targets matching the options: where, order, limit, offset, attributes, transaction. */
    public List<T> get(S source, FindOptions options) {
        singleRead();
        FindOptions read = links.readFor(source, options);
        return read == null ? new ArrayList<>() : target.findAll(read);
    }

    /**
     * The targets of many sources in one query per {@value Association#KEYS_PER_QUERY} sources (not one
     * per source): every source is a key of the result, with an empty list when it has no targets.
     * Where and order apply to every list, and so do limit and offset: each source gets its own first
     * {@code limit} targets (ranked in the database, not trimmed in memory).
     */
    public Map<S, List<T>> get(Collection<S> sources, FindOptions options) {
        return links.batch(sources, options, null);
    }

    @Override
    public void load(Collection<S> sources, FindOptions options) {
        marked(get(sources, options), options).forEach(this::attach);
    }

    /**
     * {@link #load(Collection, FindOptions)} for sources that are every row of this model matching
     * {@code sourcesWhere} (an include's parents, found without limit or offset): past one chunk of
     * keys, the targets are read in one query whose foreign key is {@code IN (SELECT key FROM sources
     * WHERE …)}, instead of one query per chunk of key values.
     */
    void load(Collection<S> sources, FindOptions options, SourceRows sourcesWhere) {
        marked(links.batch(sources, options, sourcesWhere), options).forEach(this::attach);
    }

    /** How many targets the source has ({@code countPosts()}). */
    public long count(S source) {
        return count(source, null);
    }

    /** How many of the source's targets match the options' where. */
    public long count(S source, FindOptions options) {
        FindOptions read = links.readFor(source, options);
        return read == null ? 0 : target.count(read);
    }

    /** Whether every given target (instances or primary-key values) belongs to the source ({@code hasPosts}). */
    public boolean has(S source, Object... targetsOrKeys) {
        return has(source, targetsOf(targetsOrKeys), null);
    }

    /** {@link #has(Model, Object...)} with a collection and options (transaction). */
    public boolean has(S source, Collection<?> targetsOrKeys, FindOptions options) {
        return links.has(source, targetsOrKeys, options);
    }

    /** Links targets (instances or primary-key values) to the source by setting their foreign key ({@code addPosts}). */
    public void add(S source, Object... targetsOrKeys) {
        add(source, targetsOf(targetsOrKeys), LinkOptions.linkOptions());
    }

    /** {@link #add(Model, Object...)} with a collection and options. */
    public void add(S source, Collection<?> targetsOrKeys, LinkOptions options) {
        links.add(source, targetsOrKeys, options);
    }

    /**
     * Unlinks targets from the source: their foreign key becomes NULL, or they are destroyed when it
     * does not allow NULL or with {@link LinkOptions#destroyPrevious(boolean)} ({@code removePosts}).
     */
    public void remove(S source, Object... targetsOrKeys) {
        remove(source, targetsOf(targetsOrKeys), LinkOptions.linkOptions());
    }

    /** {@link #remove(Model, Object...)} with a collection and options. */
    public void remove(S source, Collection<?> targetsOrKeys, LinkOptions options) {
        links.remove(source, targetsOrKeys, options);
    }

    /**
     * Makes exactly these targets the source's ({@code setPosts}): the others are unlinked as
     * {@link #remove} does; an empty collection unlinks every target. One transaction.
     */
    public void set(S source, Collection<?> targetsOrKeys) {
        set(source, targetsOrKeys, LinkOptions.linkOptions());
    }

    /** {@link #set(Model, Collection)} with options. */
    public void set(S source, Collection<?> targetsOrKeys, LinkOptions options) {
        refusePartial(targetsOrKeys);
        links.set(source, targetsOrKeys, options);
    }

    /** Creates a target linked to the source, with the association scope's values ({@code createPost}). */
    public T create(S source, Map<String, ?> values) {
        return create(source, values, SaveOptions.saveOptions());
    }

    /** {@link #create(Model, Map)} with save options. */
    public T create(S source, Map<String, ?> values, SaveOptions options) {
        return target.create(links.valuesFor(source, values), options);
    }

    /**
     * The part of hasMany and hasOne that is the same: reading and writing targets by a foreign key
     * they hold.
     */
    static final class ToManyByForeignKey<S extends Model, T extends Model> {

        private final Association<S, T> association;
        private final List<String> foreignKey;
        private final List<String> sourceKey;
        private final Map<String, Object> scope;
        private final boolean nullable;

        ToManyByForeignKey(Association<S, T> association, List<String> foreignKey, List<String> sourceKey,
                           Map<String, Object> scope, boolean nullable) {
            this.association = association;
            this.foreignKey = foreignKey;
            this.sourceKey = sourceKey;
            this.scope = scope;
            this.nullable = nullable;
        }

        private List<String> targetKey() {
            return association.target.definition().primaryKeys().stream().map(a -> a.name()).toList();
        }

        /** The read for one source, or null when the source has no key yet (so nothing can refer to it). */
        FindOptions readFor(S source, FindOptions options) {
            List<Object> key = keyOf(source, sourceKey);
            if (key == null) {
                return null;
            }
            FindOptions read = readOptions(options);
            return read.where(and(equal(foreignKey, key), scopeCondition(scope), read.where()));
        }

        Map<S, List<T>> batch(Collection<S> sources, FindOptions options, SourceRows sourceRows) {
            Map<S, List<T>> result = emptyLists(sources);
            Map<List<Object>, List<S>> byKey = new LinkedHashMap<>();
            for (S s : sources) {
                List<Object> key = keyOf(s, sourceKey);
                if (key != null) {
                    byKey.computeIfAbsent(comparable(key), k -> new ArrayList<>()).add(s);
                }
            }
            List<List<List<Object>>> chunks = chunks(new ArrayList<>(byKey.keySet()));
            boolean bySubquery = sourceRows != null && chunks.size() > 1
                    && association.source().sequelize().dialect().batchesManyParentsBySubquery();
            for (List<List<Object>> chunk : bySubquery ? List.of(List.<List<Object>>of()) : chunks) {
                FindOptions read = selecting(readOptions(options), foreignKey);
                Condition rows = bySubquery ? new Condition.InSelect(foreignKey, association.source().definition(),
                        sourceKey, sourceRows.where(), sourceRows.paranoid()) : oneOf(foreignKey, chunk);
                read.where(and(rows, scopeCondition(scope), read.where()));
                if (read.limit() != null || read.offset() != null) {
                    read.limitPer(foreignKey.toArray(String[]::new));
                }
                boolean single = foreignKey.size() == 1;
                String column = foreignKey.get(0);
                var foreignKeyAttribute = association.target.definition().attribute(column);
                var sourceKeyAttribute = association.source().definition().attribute(sourceKey.get(0));
                for (T t : association.target.findAll(read)) {
                    // The common single-column key is looked up without building a key list per row.
                    List<S> owners;
                    if (single) {
                        Object fk = t.getDataValue(column);
                        owners = fk == null ? null : byKey.get(List.of(KeyValues.comparable(fk)));
                        if (owners != null) {
                            Instances.shareEqualValue(t, foreignKeyAttribute,
                                    Instances.storedValue(owners.get(0), sourceKeyAttribute));
                        }
                    } else {
                        List<Object> fk = keyOf(t, foreignKey);
                        owners = fk == null ? null : byKey.get(comparable(fk));
                    }
                    if (owners == null) {
                        continue;
                    }
                    for (S owner : owners) {
                        result.get(owner).add(t);
                    }
                }
            }
            return result;
        }

        boolean has(S source, Collection<?> targetsOrKeys, FindOptions options) {
            List<List<Object>> keys = association.keysOf(targetsOrKeys, targetKey(), "target");
            if (keys.isEmpty()) {
                return true;
            }
            List<Object> key = keyOf(source, sourceKey);
            if (key == null) {
                return false;
            }
            long found = 0;
            for (List<List<Object>> chunk : chunks(keys)) {
                FindOptions read = inheritTransaction(FindOptions.query(), options);
                read.where(and(equal(foreignKey, key), scopeCondition(scope), oneOf(targetKey(), chunk)));
                found += association.target.unscoped().count(read);
            }
            return found == keys.size();
        }

        /** The foreign key and scope values a target linked to {@code source} has. */
        Map<String, Object> linkValues(List<Object> key) {
            Map<String, Object> values = new LinkedHashMap<>(scope);
            for (int i = 0; i < foreignKey.size(); i++) {
                values.put(foreignKey.get(i), key.get(i));
            }
            return values;
        }

        Map<String, Object> valuesFor(S source, Map<String, ?> values) {
            Map<String, Object> all = new HashMap<>(values);
            all.putAll(linkValues(requireKey(source)));
            return all;
        }

        private List<Object> requireKey(S source) {
            List<Object> key = keyOf(source, sourceKey);
            if (key == null) {
                throw new org.sequelize4j.errors.QueryError("Association '" + association.as() + "': the source "
                        + source + " has no value for " + sourceKey + "; save it first");
            }
            return key;
        }

        void add(S source, Collection<?> targetsOrKeys, LinkOptions options) {
            List<List<Object>> keys = association.keysOf(targetsOrKeys, targetKey(), "target");
            if (keys.isEmpty()) {
                return;
            }
            Map<String, Object> values = linkValues(requireKey(source));
            association.atomically(options, () -> {
                for (List<List<Object>> chunk : chunks(keys)) {
                    association.target.unscoped().update(values,
                            inheritTransaction(UpdateOptions.where(oneOf(targetKey(), chunk)), options));
                }
                return null;
            });
        }

        void remove(S source, Collection<?> targetsOrKeys, LinkOptions options) {
            List<List<Object>> keys = association.keysOf(targetsOrKeys, targetKey(), "target");
            List<Object> key = keyOf(source, sourceKey);
            if (keys.isEmpty() || key == null) {
                return;
            }
            association.atomically(options, () -> {
                for (List<List<Object>> chunk : chunks(keys)) {
                    unlink(and(equal(foreignKey, key), scopeCondition(scope), oneOf(targetKey(), chunk)), options);
                }
                return null;
            });
        }

        void set(S source, Collection<?> targetsOrKeys, LinkOptions options) {
            List<List<Object>> keys = association.keysOf(targetsOrKeys, targetKey(), "target");
            List<Object> key = requireKey(source);
            association.atomically(options, () -> {
                Condition linked = and(equal(foreignKey, key), scopeCondition(scope));
                List<List<Object>> current = new ArrayList<>();
                FindOptions read = inheritTransaction(FindOptions.query().where(linked)
                        .attributes(targetKey().toArray()), options);
                for (T t : association.target.unscoped().findAll(read)) {
                    current.add(keyOf(t, targetKey()));
                }
                List<List<Object>> stale = without(current, keys);
                for (List<List<Object>> chunk : chunks(stale)) {
                    unlink(and(linked, oneOf(targetKey(), chunk)), options);
                }
                List<List<Object>> added = without(keys, current);
                Map<String, Object> values = linkValues(key);
                for (List<List<Object>> chunk : chunks(added)) {
                    association.target.unscoped().update(values,
                            inheritTransaction(UpdateOptions.where(oneOf(targetKey(), chunk)), options));
                }
                return null;
            });
        }

        private void unlink(Condition which, LinkOptions options) {
            if (!nullable || options.isDestroyPrevious()) {
                association.target.unscoped().destroy(inheritTransaction(DestroyOptions.where(which), options));
                return;
            }
            Map<String, Object> cleared = new HashMap<>();
            foreignKey.forEach(fk -> cleared.put(fk, null));
            association.target.unscoped().update(cleared, inheritTransaction(UpdateOptions.where(which), options));
        }
    }
}
