package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;

/**
 * A belongsToMany association: sources and targets linked by rows of a through model
 * ({@code User.belongsToMany(Role, belongsToMany().through("UserRoles"))}). Its methods are
 * Sequelize's {@code getRoles}, {@code countRoles}, {@code hasRole(s)}, {@code addRole(s)},
 * {@code removeRole(s)}, {@code setRoles} and {@code createRole}, with the source instance first.
 *
 * <p>Targets read through it carry their join row under the through model's name:
 * {@code project.get("UserProject")} is the {@code UserProject} instance with its own attributes, not
 * merged into the project's.
 *
 * @param <S> the source instance type
 * @param <T> the target instance type
 */
public final class BelongsToManyAssociation<S extends Model, T extends Model> extends Association<S, T> {

    private final AssociationDefinition.BelongsToMany definition;
    private final ModelStatic<? extends Model> through;

    BelongsToManyAssociation(ModelStatic<S> source, ModelStatic<T> target, ModelStatic<? extends Model> through,
                             AssociationDefinition.BelongsToMany definition) {
        super(source, target);
        this.definition = definition;
        this.through = through;
    }

    @Override
    public AssociationDefinition.BelongsToMany definition() {
        return definition;
    }

    /** The through (join) model. */
    public ModelStatic<? extends Model> through() {
        return through;
    }

    /** The source's targets, each with its join row ({@code getRoles()}). */
    public List<T> get(S source) {
        return get(source, null, null);
    }

    /** The source's targets matching the options (where, order, limit, offset, attributes on the target). */
    public List<T> get(S source, FindOptions options) {
        return get(source, options, null);
    }

    /**
     * {@link #get(Model, FindOptions)} reading only these attributes of the join rows (Sequelize's
     * {@code joinTableAttributes}); null reads them all, an empty list none (no join row is attached).
     */
    public List<T> get(S source, FindOptions options, List<String> joinTableAttributes) {
        singleRead();
        List<Object> key = keyOf(source, definition.sourceKey());
        if (key == null) {
            return new ArrayList<>();
        }
        Map<S, List<T>> one = load(List.of(source), Map.of(comparable(key), List.of(source)), options,
                joinTableAttributes, null);
        return one.get(source);
    }

    /**
     * {@link #load(Collection, FindOptions)} reading only these join-row attributes (null: all; empty:
     * none attached) and only the join rows matching {@code throughWhere} (null: all), for includes.
     */
    public void load(Collection<S> sources, FindOptions options, List<String> joinTableAttributes,
                     org.sequelize4j.query.Condition throughWhere) {
        FindOptions partOnly = throughWhere == null ? options : readOptions(options).where(and(options == null ? null
                : options.where(), throughWhere));
        marked(load(sources, byKey(sources), options, joinTableAttributes, throughWhere), partOnly).forEach(this::attach);
    }

    private Map<List<Object>, List<S>> byKey(Collection<S> sources) {
        Map<List<Object>, List<S>> byKey = new LinkedHashMap<>();
        for (S s : sources) {
            List<Object> key = keyOf(s, definition.sourceKey());
            if (key != null) {
                byKey.computeIfAbsent(comparable(key), k -> new ArrayList<>()).add(s);
            }
        }
        return byKey;
    }

    /**
     * The targets of many sources: one query for the join rows and one for the targets per
     * {@value Association#KEYS_PER_QUERY} keys. A target linked to several sources appears in each list
     * as an instance of its own, carrying that source's join row.
     */
    public Map<S, List<T>> get(Collection<S> sources, FindOptions options) {
        return load(sources, byKey(sources), options, null, null);
    }

    @Override
    public void load(Collection<S> sources, FindOptions options) {
        marked(get(sources, options), options).forEach(this::attach);
    }

    private Map<S, List<T>> load(Collection<S> sources, Map<List<Object>, List<S>> byKey, FindOptions options,
                                 List<String> joinTableAttributes, org.sequelize4j.query.Condition throughWhere) {
        Map<S, List<T>> result = emptyLists(sources);
        if (byKey.isEmpty()) {
            return result;
        }
        // With several sources, a limit or offset is per source: the join rows are ranked per source in the
        // targets' order, so that the targets read are each source's first ones.
        boolean perSource = byKey.size() > 1 && options != null && (options.limit() != null || options.offset() != null);
        // Join rows by the target key they lead to, in the order read.
        Map<List<Object>, List<Model>> rowsByTarget = new LinkedHashMap<>();
        for (List<List<Object>> chunk : chunks(new ArrayList<>(byKey.keySet()))) {
            FindOptions rowsRead = inheritTransaction(FindOptions.query(), options)
                    .where(and(oneOf(definition.foreignKey(), chunk), scopeCondition(definition.throughScope()),
                            throughWhere));
            if (perSource) {
                rankPerSource(rowsRead, options);
            }
            if (joinTableAttributes != null) {
                List<Object> columns = new ArrayList<>(definition.foreignKey());
                columns.addAll(definition.otherKey());
                joinTableAttributes.forEach(a -> {
                    if (!columns.contains(a)) {
                        columns.add(a);
                    }
                });
                rowsRead.attributes(columns.toArray());
            }
            for (Model row : through.unscoped().findAll(rowsRead)) {
                rowsByTarget.computeIfAbsent(comparable(keyOf(row, definition.otherKey())), k -> new ArrayList<>())
                        .add(row);
            }
        }
        if (rowsByTarget.isEmpty()) {
            return result;
        }
        boolean attach = joinTableAttributes == null || !joinTableAttributes.isEmpty();
        for (List<List<Object>> chunk : chunks(new ArrayList<>(rowsByTarget.keySet()))) {
            FindOptions read = selecting(perSource ? withoutPaging(options) : readOptions(options), definition.targetKey());
            read.where(and(oneOf(definition.targetKey(), chunk), scopeCondition(definition.common().scope()),
                    read.where()));
            for (T t : target.findAll(read)) {
                boolean first = true;
                for (Model row : rowsByTarget.getOrDefault(comparable(keyOf(t, definition.targetKey())), List.of())) {
                    for (S owner : byKey.getOrDefault(comparable(keyOf(row, definition.foreignKey())), List.of())) {
                        @SuppressWarnings("unchecked")
                        T instance = first ? t : (T) Instances.copyLoaded(t);
                        first = false;
                        if (attach) {
                            instance.set(through.name(), row);
                        }
                        result.get(owner).add(instance);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Makes a read of join rows keep each source's first rows in the targets' order: only rows leading
     * to targets that match the read (where, scope, default scope, soft deletion), ranked per source
     * by the target's order attributes (read through the join row's key), limited per source.
     */
    private void rankPerSource(FindOptions rowsRead, FindOptions options) {
        org.sequelize4j.definition.ModelDefinition targetDefinition = target.definition();
        org.sequelize4j.query.Condition onTarget = and(options.where(), scopeCondition(definition.common().scope()),
                target.scopeWhere());
        rowsRead.where(and(rowsRead.where(), new org.sequelize4j.query.Condition.InSelect(definition.otherKey(),
                targetDefinition, definition.targetKey(), onTarget, options.isParanoid())));
        List<Object> order = new ArrayList<>();
        for (org.sequelize4j.query.OrderItem item : options.order()) {
            if (!(item.target() instanceof String) || targetDefinition.attribute((String) item.target()) == null) {
                throw new QueryError("Association '" + as() + "': a per-source limit orders by the target's own"
                        + " attributes; " + item.target() + " is not one of them");
            }
            order.add(new org.sequelize4j.query.OrderItem(new org.sequelize4j.query.Expression.Related("MAX",
                    targetDefinition, (String) item.target(), definition.targetKey(), definition.otherKey(), null, false),
                    item.descending(), item.nulls()));
        }
        definition.otherKey().forEach(order::add);
        rowsRead.order(order.toArray());
        rowsRead.limitPer(definition.foreignKey().toArray(String[]::new));
        if (options.limit() != null) {
            rowsRead.limit(options.limit());
        }
        if (options.offset() != null) {
            rowsRead.offset(options.offset());
        }
    }

    /** The read of the targets themselves once the join rows were limited per source. */
    private static FindOptions withoutPaging(FindOptions options) {
        FindOptions read = inheritTransaction(FindOptions.query(), options).paranoid(options.isParanoid());
        if (options.where() != null) {
            read.where(options.where());
        }
        read.order(options.order().toArray());
        if (options.attributes() != null) {
            read.attributes(options.attributes().toArray());
        }
        if (!options.excludedAttributes().isEmpty()) {
            read.attributesExclude(options.excludedAttributes().toArray(String[]::new));
        }
        return read.include(options.includes().toArray());
    }

    /** How many targets the source is linked to ({@code countRoles()}). */
    public long count(S source) {
        return count(source, null);
    }

    /** How many of the source's targets match the options' where. */
    public long count(S source, FindOptions options) {
        List<Object> key = keyOf(source, definition.sourceKey());
        if (key == null) {
            return 0;
        }
        // As get() lists a target once per join row, so does the count.
        Map<List<Object>, Integer> rowsPerTarget = new HashMap<>();
        List<List<Object>> linked = new ArrayList<>();
        FindOptions rows = inheritTransaction(FindOptions.query(), options)
                .where(and(equal(definition.foreignKey(), key), scopeCondition(definition.throughScope())))
                .attributes(definition.otherKey().toArray());
        for (Model row : through.unscoped().findAll(rows)) {
            List<Object> other = keyOf(row, definition.otherKey());
            if (rowsPerTarget.merge(comparable(other), 1, Integer::sum) == 1) {
                linked.add(other);
            }
        }
        long total = 0;
        for (List<List<Object>> chunk : chunks(linked)) {
            FindOptions read = selecting(readOptions(options).attributes(definition.targetKey().toArray()),
                    definition.targetKey());
            read.where(and(oneOf(definition.targetKey(), chunk), scopeCondition(definition.common().scope()),
                    readOptions(options).where()));
            for (T t : target.findAll(read)) {
                total += rowsPerTarget.getOrDefault(comparable(keyOf(t, definition.targetKey())), 0);
            }
        }
        return total;
    }

    /** The distinct target keys the source's join rows lead to. */
    private List<List<Object>> linkedTargets(List<Object> key, FindOptions transaction) {
        FindOptions read = inheritTransaction(FindOptions.query(), transaction)
                .where(and(equal(definition.foreignKey(), key), scopeCondition(definition.throughScope())))
                .attributes(definition.otherKey().toArray());
        Map<List<Object>, List<Object>> distinct = new LinkedHashMap<>();
        for (Model row : through.unscoped().findAll(read)) {
            List<Object> other = keyOf(row, definition.otherKey());
            distinct.putIfAbsent(comparable(other), other);
        }
        return new ArrayList<>(distinct.values());
    }

    /** Whether the source is linked to every given target (instances or key values) ({@code hasRoles}). */
    public boolean has(S source, Object... targetsOrKeys) {
        return has(source, targetsOf(targetsOrKeys), null);
    }

    /** {@link #has(Model, Object...)} with a collection and options (transaction). */
    public boolean has(S source, Collection<?> targetsOrKeys, FindOptions options) {
        List<List<Object>> keys = keysOf(targetsOrKeys, definition.targetKey(), "target");
        if (keys.isEmpty()) {
            return true;
        }
        List<Object> key = keyOf(source, definition.sourceKey());
        if (key == null) {
            return false;
        }
        Set<List<Object>> linked = new HashSet<>();
        for (List<Object> other : linkedTargets(key, options)) {
            linked.add(comparable(other));
        }
        for (List<Object> wanted : keys) {
            if (!linked.contains(comparable(wanted))) {
                return false;
            }
        }
        // A linked target must still be there (not soft-deleted) and within the association scope; the
        // target's default scope does not apply, as with Sequelize's scope: false.
        long present = 0;
        for (List<List<Object>> chunk : chunks(keys)) {
            FindOptions read = inheritTransaction(FindOptions.query(), options)
                    .where(and(oneOf(definition.targetKey(), chunk), scopeCondition(definition.common().scope())));
            present += target.unscoped().count(read);
        }
        return present == keys.size();
    }

    /**
     * Links the source to targets (instances or key values) ({@code addRoles}), with the join rows'
     * values of {@link LinkOptions#withThrough(Map)}; a pair already linked keeps its one row, updated
     * with those values. One transaction.
     */
    public void add(S source, Object... targetsOrKeys) {
        add(source, targetsOf(targetsOrKeys), LinkOptions.linkOptions());
    }

    /** {@link #add(Model, Object...)} with a collection and options (through values, transaction). */
    public void add(S source, Collection<?> targetsOrKeys, LinkOptions options) {
        List<List<Object>> keys = keysOf(targetsOrKeys, definition.targetKey(), "target");
        if (keys.isEmpty()) {
            return;
        }
        List<Object> key = requireKey(source);
        if (pairIsUnique() && keys.size() <= KEYS_PER_QUERY) {
            // One INSERT … ON CONFLICT statement, atomic by itself: no savepoint needed.
            link(key, keys, options);
            return;
        }
        atomically(options, () -> {
            link(key, keys, options);
            return null;
        });
    }

    private void link(List<Object> key, List<List<Object>> keys, LinkOptions options) {
        Map<String, Object> values = new LinkedHashMap<>(options.throughValues());
        values.putAll(definition.throughScope());
        if (pairIsUnique()) {
            upsertLinks(key, keys, values, options);
            return;
        }
        List<List<Object>> existing = new ArrayList<>();
        for (List<List<Object>> chunk : chunks(keys)) {
            FindOptions read = inheritTransaction(FindOptions.query(), options)
                    .where(and(equal(definition.foreignKey(), key), oneOf(definition.otherKey(), chunk)))
                    .attributes(definition.otherKey().toArray());
            for (Model row : through.unscoped().findAll(read)) {
                existing.add(keyOf(row, definition.otherKey()));
            }
        }
        if (!values.isEmpty()) {
            for (List<List<Object>> chunk : chunks(existing)) {
                through.unscoped().update(values, inheritTransaction(UpdateOptions.where(
                        and(equal(definition.foreignKey(), key), oneOf(definition.otherKey(), chunk))), options));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> other : without(keys, existing)) {
            Map<String, Object> row = new HashMap<>(values);
            put(row, definition.foreignKey(), key);
            put(row, definition.otherKey(), other);
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            through.unscoped().bulkCreate(rows, inheritTransaction(BulkCreateOptions.bulkCreateOptions(), options));
        }
    }

    /** Whether the join table has a key over the two foreign keys (its primary key, or the pair's unique key). */
    private boolean pairIsUnique() {
        if (definition.throughUnique()) {
            return true;
        }
        java.util.Set<String> pair = new java.util.HashSet<>(definition.foreignKey());
        pair.addAll(definition.otherKey());
        return through.definition().primaryKeys().stream().map(a -> a.name()).collect(java.util.stream.Collectors.toSet())
                .equals(pair);
    }

    /**
     * Links in one statement where the pair is unique: new pairs are inserted, existing ones kept (or
     * given the through values) by the dialect's conflict clause — no read first.
     */
    private void upsertLinks(List<Object> key, List<List<Object>> keys, Map<String, Object> values, LinkOptions options) {
        List<Map<String, Object>> rows = new ArrayList<>(keys.size());
        for (List<Object> other : keys) {
            Map<String, Object> row = new HashMap<>(values);
            put(row, definition.foreignKey(), key);
            put(row, definition.otherKey(), other);
            rows.add(row);
        }
        List<String> pair = new ArrayList<>(definition.foreignKey());
        pair.addAll(definition.otherKey());
        BulkCreateOptions insert = BulkCreateOptions.bulkCreateOptions().conflictAttributes(pair.toArray(String[]::new));
        if (values.isEmpty()) {
            insert.ignoreDuplicates(true);
        } else {
            insert.updateOnDuplicate(values.keySet().toArray(String[]::new));
        }
        through.unscoped().bulkCreate(rows, inheritTransaction(insert, options));
    }

    private static void put(Map<String, Object> row, List<String> attributes, List<Object> values) {
        for (int i = 0; i < attributes.size(); i++) {
            row.put(attributes.get(i), values.get(i));
        }
    }

    /** Unlinks the source from targets by deleting their join rows ({@code removeRoles}); the targets stay. */
    public void remove(S source, Object... targetsOrKeys) {
        remove(source, targetsOf(targetsOrKeys), LinkOptions.linkOptions());
    }

    /** {@link #remove(Model, Object...)} with a collection and options. */
    public void remove(S source, Collection<?> targetsOrKeys, LinkOptions options) {
        List<List<Object>> keys = keysOf(targetsOrKeys, definition.targetKey(), "target");
        List<Object> key = keyOf(source, definition.sourceKey());
        if (keys.isEmpty() || key == null) {
            return;
        }
        atomically(options, () -> {
            for (List<List<Object>> chunk : chunks(keys)) {
                unlink(and(equal(definition.foreignKey(), key), oneOf(definition.otherKey(), chunk)), options);
            }
            return null;
        });
    }

    private void unlink(Condition rows, LinkOptions options) {
        through.unscoped().destroy(inheritTransaction(DestroyOptions.where(and(rows, scopeCondition(definition.throughScope()))),
                options));
    }

    /**
     * Links the source to exactly these targets ({@code setRoles}): join rows to other targets are
     * deleted, new ones written, existing ones kept (and updated with the through values). One transaction.
     */
    public void set(S source, Collection<?> targetsOrKeys) {
        set(source, targetsOrKeys, LinkOptions.linkOptions());
    }

    /** {@link #set(Model, Collection)} with options. */
    public void set(S source, Collection<?> targetsOrKeys, LinkOptions options) {
        refusePartial(targetsOrKeys);
        List<List<Object>> keys = keysOf(targetsOrKeys, definition.targetKey(), "target");
        List<Object> key = requireKey(source);
        atomically(options, () -> {
            List<List<Object>> stale = without(linkedTargets(key, inheritTransaction(FindOptions.query(), options)),
                    keys);
            for (List<List<Object>> chunk : chunks(stale)) {
                unlink(and(equal(definition.foreignKey(), key), oneOf(definition.otherKey(), chunk)), options);
            }
            if (!keys.isEmpty()) {
                link(key, keys, options);
            }
            return null;
        });
    }

    /** Creates a target and links the source to it, in one transaction ({@code createRole}). */
    public T create(S source, Map<String, ?> values) {
        return create(source, values, LinkOptions.linkOptions());
    }

    /** {@link #create(Model, Map)} with options (through values, transaction). */
    public T create(S source, Map<String, ?> values, LinkOptions options) {
        List<Object> key = requireKey(source);
        return atomically(options, () -> {
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.putAll(definition.common().scope());
            T created = target.create(all, inheritTransaction(SaveOptions.saveOptions(), options));
            link(key, keysOf(List.of(created), definition.targetKey(), "target"), options);
            return created;
        });
    }

    private List<Object> requireKey(S source) {
        List<Object> key = keyOf(source, definition.sourceKey());
        if (key == null) {
            throw new QueryError("Association '" + as() + "': the source " + source + " has no value for "
                    + definition.sourceKey() + "; save it first");
        }
        return key;
    }
}
