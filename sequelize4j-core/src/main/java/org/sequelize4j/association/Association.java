package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.TransactionalOptions;
import org.sequelize4j.definition.association.AccessorNames;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;

/**
 * A declared association, as a handle: the methods Sequelize generates on instances ({@code getPosts},
 * {@code addPost}, …) are methods of the handle taking the source instance first. Get one from the
 * declaration ({@code Users.hasMany(Posts, …)}) or by alias ({@code Users.association("posts")}).
 *
 * <p>Every method takes the transaction of its options, or joins the calling thread's managed
 * transaction; methods that write several statements run them in one transaction (a savepoint inside
 * an outer one). Thread-safe, like the models it joins.
 *
 * @param <S> the source model's instance type
 * @param <T> the target model's instance type
 */
public abstract sealed class Association<S extends Model, T extends Model>
        permits BelongsToAssociation, HasOneAssociation, HasManyAssociation, BelongsToManyAssociation {

    /** Keys per IN list, well under every dialect's bind-parameter limit. */
    static final int KEYS_PER_QUERY = 1000;

    final ModelStatic<S> source;
    final ModelStatic<T> target;
    private NPlusOneDetector detector = NPlusOneDetector.OFF;

    Association(ModelStatic<S> source, ModelStatic<T> target) {
        this.source = source;
        this.target = target;
    }

    final void watchedBy(NPlusOneDetector watching) {
        this.detector = watching;
    }

    /** Notes a read for one parent, so that a loop of them can be reported (see {@link NPlusOneDetector}). */
    final void singleRead() {
        detector.read(this);
    }

    /** The resolved definition: kind, keys, scope. */
    public abstract AssociationDefinition definition();

    /** The alias. */
    public final String as() {
        return definition().as();
    }

    /** The alias and the singular and plural words of Sequelize's accessor names. */
    public final AccessorNames names() {
        return definition().common().names();
    }

    /** The model the association is declared on. */
    public final ModelStatic<S> source() {
        return source;
    }

    /** The model it leads to. */
    public final ModelStatic<T> target() {
        return target;
    }

    /** Whether it leads to many targets (hasMany, belongsToMany). */
    public final boolean isMultiple() {
        return definition().isMultiple();
    }

    /**
     * Loads the association of many sources at once, as the batch {@code get} does, and puts each
     * result on its source: in the source class's field named like the alias (a {@code List} for
     * to-many associations) when there is one, and as {@code source.get(alias)} (so {@code toJSON()}
     * nests it) in every case.
     */
    public abstract void load(Collection<S> sources, FindOptions options);

    /** The lists of a to-many load, marked as parts when the options selected only some targets. */
    static <S, T> Map<S, List<T>> marked(Map<S, List<T>> loaded, FindOptions options) {
        if (options == null || options.where() == null && options.limit() == null && options.offset() == null) {
            return loaded;
        }
        Map<S, List<T>> parts = new LinkedHashMap<>();
        loaded.forEach((s, list) -> parts.put(s, new PartialList<>(list)));
        return parts;
    }

    /** Refuses {@code set} with a list that holds only part of the targets (see {@link PartialList}). */
    final void refusePartial(Collection<?> targets) {
        if (PartialList.isPartial(targets)) {
            throw new QueryError("Association '" + source.name() + "." + as() + "': set() was given a list loaded with"
                    + " a where, limit or offset, which holds only part of the targets; set() would unlink all the"
                    + " others. Pass the complete list, or use add() and remove()");
        }
    }

    /** Puts a loaded value on the source (see {@link #load}). */
    final void attach(S source, Object value) {
        java.lang.reflect.Field field = slot();
        if (field != null && field.getDeclaringClass().isInstance(source)) {
            try {
                field.set(source, value);
            } catch (IllegalAccessException e) {
                throw new QueryError("Association '" + as() + "': cannot set field " + field + ": " + e.getMessage());
            }
        }
        source.set(as(), value);
    }

    private volatile java.util.Optional<java.lang.reflect.Field> slot;

    private java.lang.reflect.Field slot() {
        java.util.Optional<java.lang.reflect.Field> found = slot;
        if (found == null) {
            found = java.util.Optional.empty();
            for (Class<?> c = source.modelClass(); c != null && c != Model.class; c = c.getSuperclass()) {
                try {
                    java.lang.reflect.Field f = c.getDeclaredField(as());
                    boolean fits = isMultiple() ? Collection.class.isAssignableFrom(f.getType())
                            : f.getType().isAssignableFrom(target.modelClass());
                    if (fits && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        found = java.util.Optional.of(f);
                    }
                    break;
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            slot = found;
        }
        return found.orElse(null);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + source.name() + "." + as() + " → " + target.name() + ")";
    }

    // ---- shared helpers ----------------------------------------------------------------------------

    /** The values of {@code attributes} on an instance, or null when one of them is null. */
    static List<Object> keyOf(Model instance, List<String> attributes) {
        List<Object> values = new ArrayList<>(attributes.size());
        for (String attribute : attributes) {
            Object value = instance.getDataValue(attribute);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** {@code attribute = value} for each pair. */
    static Condition equal(List<String> attributes, List<Object> values) {
        if (attributes.size() == 1) {
            return Op.eq(attributes.get(0), values.get(0));
        }
        List<Condition> parts = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            parts.add(Op.eq(attributes.get(i), values.get(i)));
        }
        return Op.and(parts);
    }

    /** The rows whose {@code attributes} equal one of the key tuples. */
    static Condition oneOf(List<String> attributes, Collection<List<Object>> keys) {
        if (attributes.size() == 1) {
            List<Object> singles = new ArrayList<>(keys.size());
            keys.forEach(k -> singles.add(k.get(0)));
            return Op.in(attributes.get(0), singles);
        }
        List<Condition> alternatives = new ArrayList<>();
        for (List<Object> key : keys) {
            alternatives.add(equal(attributes, key));
        }
        return Op.or(alternatives);
    }

    /** The conjunction of the non-null parts, or null. */
    static Condition and(Condition... parts) {
        List<Condition> present = new ArrayList<>();
        for (Condition part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        if (present.isEmpty()) {
            return null;
        }
        return present.size() == 1 ? present.get(0) : Op.and(present);
    }

    /** The association scope as a condition, or null. */
    static Condition scopeCondition(Map<String, Object> scope) {
        return scope.isEmpty() ? null : Op.where(scope);
    }

    /** Options of a read: the caller's, or fresh ones; copied so that the caller's object stays as it was. */
    static FindOptions readOptions(FindOptions options) {
        return options == null ? FindOptions.query() : options.copy();
    }

    /** The read with {@code needed} added to its attribute list, when it has one (batches map rows by them). */
    static FindOptions selecting(FindOptions read, List<String> needed) {
        if (read.attributes() == null) {
            return read;
        }
        List<Object> attributes = new ArrayList<>(read.attributes());
        for (String attribute : needed) {
            if (!attributes.contains(attribute)) {
                attributes.add(attribute);
            }
        }
        return read.attributes(attributes.toArray());
    }

    /**
     * The key tuples of targets given as instances or as key values (a single value, or a {@code List}
     * of values for a key of several attributes), without repetitions. Given values are converted to
     * their key attribute's type first, so {@code "7"}, {@code 7} and {@code 7L} are one integer key and
     * a UUID's text is its UUID — the same key in memory as in the database.
     */
    final List<List<Object>> keysOf(Collection<?> instancesOrKeys, List<String> keyAttributes, String what) {
        LinkedHashSet<List<Object>> keys = new LinkedHashSet<>();
        List<List<Object>> ordered = new ArrayList<>();
        for (Object item : instancesOrKeys) {
            Objects.requireNonNull(item, what);
            List<Object> key;
            if (item instanceof Model) {
                key = keyOf((Model) item, keyAttributes);
                if (key == null) {
                    throw new QueryError("The " + what + " " + item + " has no value for " + keyAttributes
                            + "; save it first");
                }
            } else if (keyAttributes.size() > 1) {
                if (!(item instanceof List) || ((List<?>) item).size() != keyAttributes.size()) {
                    throw new QueryError("The " + what + " key " + item + " must be a list of values for "
                            + keyAttributes);
                }
                key = new ArrayList<>((List<?>) item);
            } else {
                key = new ArrayList<>(List.of(item));
            }
            for (int i = 0; i < key.size(); i++) {
                key.set(i, KeyValues.convert(key.get(i), target.definition().attribute(keyAttributes.get(i)), as()));
            }
            if (keys.add(comparable(key))) {
                ordered.add(key);
            }
        }
        return ordered;
    }

    /**
     * The varargs of {@code add}/{@code remove}/{@code has} as a list: a single collection passed there
     * stands for its elements (Java picks the varargs form for {@code add(user, List.of(a, b))}),
     * unless the target key has several attributes and the list is one such key's values.
     */
    final List<?> targetsOf(Object[] targetsOrKeys) {
        if (targetsOrKeys.length == 1 && targetsOrKeys[0] instanceof Collection) {
            Collection<?> only = (Collection<?>) targetsOrKeys[0];
            boolean oneCompositeKey = target.definition().primaryKeys().size() > 1
                    && only.size() == target.definition().primaryKeys().size()
                    && only.stream().noneMatch(x -> x instanceof Model || x instanceof Collection);
            return oneCompositeKey ? List.of(only) : new ArrayList<>(only);
        }
        return java.util.Arrays.asList(targetsOrKeys);
    }

    /**
     * The keys of {@code keys} that are not in {@code removed}, comparing integers by value whatever
     * their Java type (a key given as {@code 1} is the row read back as {@code 1L}).
     */
    static List<List<Object>> without(List<List<Object>> keys, List<List<Object>> removed) {
        java.util.Set<List<Object>> gone = new java.util.HashSet<>();
        removed.forEach(k -> gone.add(comparable(k)));
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> key : keys) {
            if (!gone.contains(comparable(key))) {
                kept.add(key);
            }
        }
        return kept;
    }

    /** A key whose integer parts are in one canonical box (see {@link KeyValues#comparable}), for comparisons. */
    static List<Object> comparable(List<Object> key) {
        List<Object> out = new ArrayList<>(key.size());
        for (Object part : key) {
            out.add(KeyValues.comparable(part));
        }
        return out;
    }

    /** {@code values} split into lists of at most {@link #KEYS_PER_QUERY}. */
    static <X> List<List<X>> chunks(List<X> values) {
        List<List<X>> chunks = new ArrayList<>();
        for (int i = 0; i < values.size(); i += KEYS_PER_QUERY) {
            chunks.add(values.subList(i, Math.min(values.size(), i + KEYS_PER_QUERY)));
        }
        return chunks;
    }

    /**
     * Gives {@code target}, the options of a statement an association method sends for a call, that
     * call's settings: its transaction when one was given, its own logging callback and its statement
     * timeout.
     */
    static <O extends TransactionalOptions<O>> O inheritTransaction(O target, TransactionalOptions<?> from) {
        if (from != null && from.isTransactionGiven()) {
            target.transaction(from.transaction());
        }
        if (from != null && from.isLoggingGiven()) {
            target.loggingWithTime(from.logging());
        }
        if (from != null && from.timeout() > 0) {
            target.timeout(from.timeout());
        }
        return target;
    }

    /**
     * Runs several statements as one unit: in the transaction the options give, else in a transaction
     * of its own (a savepoint inside the calling thread's managed transaction).
     */
    <R> R atomically(TransactionalOptions<?> options, Supplier<R> work) {
        if (options != null && options.isTransactionGiven() && options.transaction() != null) {
            return options.transaction().inSavepoint(work);
        }
        // A savepoint inside a running transaction, asked for by name: the default nest mode would join
        // it, and a failure caught by the caller would then keep this work's first statements.
        return source.sequelize().transactionResult(org.sequelize4j.TransactionOptions.transactionOptions()
                .nestMode(org.sequelize4j.TransactionOptions.NestMode.SAVEPOINT), t -> work.get());
    }

    /** Reads to-many results into a map by source, with an empty list for sources without targets. */
    static <S, T> Map<S, List<T>> emptyLists(Collection<S> sources) {
        Map<S, List<T>> result = new LinkedHashMap<>();
        for (S s : sources) {
            result.put(s, new ArrayList<>());
        }
        return result;
    }

    /**
     * Refuses a limit or offset in a batch get where it cannot apply per source: to-one associations
     * have one target per source, and a belongsToMany's per-source limit needs the join that eager
     * loading brings.
     */
    static void refusePaging(FindOptions options, String association) {
        if (options != null && (options.limit() != null || options.offset() != null)) {
            throw new QueryError("Association '" + association + "': limit and offset apply to one parent; for"
                    + " many parents at once, load each parent's page with get(parent, options)");
        }
    }
}
