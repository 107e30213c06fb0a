package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.association.AssociationDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.query.Condition;
import org.sequelize4j.runtime.Finder;

/**
 * Eager loading ({@code include}) for the finders. The parents are found first, in one query whose
 * where also says which parents a required include keeps — {@code key IN (SELECT …)} over the target,
 * so limit, offset and counts apply to parents by construction, whatever the number of targets. Then
 * each included association is loaded for all parents of its level at once, by its handle's batch
 * get (one query per 1,000 parents, not one per parent), and nested includes the same way one level
 * down. Every included row is read once, so two to-many includes never multiply each other's rows.
 *
 * <p>Every include is checked (unknown or ambiguous associations, options that cannot apply) before
 * any SQL is sent.
 *
 * <p>Past 1,000 parents found without a limit, a hasMany level names its parents by a subquery over
 * the parents' own condition instead of listing their keys chunk by chunk: one statement however many
 * parents, and no key list for the database to parse.
 */
public final class Includes {

    private Includes() {
    }

    /**
     * {@code findAll} with includes; {@code finder} is the model's own, which reads a find with
     * joined to-one includes.
     */
    public static <M extends Model> List<M> findAll(ModelStatic<M> model, FindOptions options, Finder finder) {
        if (!options.isTransactionGiven()) {
            // The parent query and every batch go back to back on one connection.
            return model.sequelize().inOneConnection(() -> findAllHere(model, options, finder));
        }
        return findAllHere(model, options, finder);
    }

    private static <M extends Model> List<M> findAllHere(ModelStatic<M> model, FindOptions options, Finder finder) {
        List<ResolvedInclude> includes = resolve(model, options.includes(), new LinkedHashSet<>());
        boolean join = JoinedIncludes.allowed(options) && includes.stream().anyMatch(ResolvedInclude::joinable);
        long right = includes.stream().filter(i -> i.options().isRight()).count();
        if (right > 0 && (!join || right > 1)) {
            throw new QueryError("Model '" + model.name() + "': " + (right > 1 ? "only one include may be right(true)"
                    : "a right(true) include needs the joined form, which group, having, lock and limitPer rule out"));
        }
        FindOptions parentQuery = parentQuery(model, options, includes, join);
        List<M> parents;
        if (join) {
            @SuppressWarnings("unchecked")
            List<M> found = (List<M>) finder.findAllJoined(parentQuery, JoinedIncludes.nodes(includes),
                    rows -> JoinedIncludes.attach(rows, includes));
            parents = found;
        } else {
            parents = model.findAll(parentQuery);
        }
        load(parents, includes, options, join, sourceRows(model, options, includes, parentQuery, join));
        remember(parents, options.includes());
        return parents;
    }

    /**
     * The parents as a condition, when it names exactly the rows found: no limit, offset, grouping or
     * per-group ranking, and no before-find hook that could change the where on its way to the database.
     */
    private static SourceRows sourceRows(ModelStatic<?> model, FindOptions options, List<ResolvedInclude> includes,
                                         FindOptions parentQuery, boolean joined) {
        if (parentQuery.limit() != null || parentQuery.offset() != null || !parentQuery.limitPer().isEmpty()
                || !parentQuery.group().isEmpty() || model.hasHook(org.sequelize4j.HookType.BEFORE_FIND)) {
            return null;
        }
        // With every required include as a filter: the parents' own query has them all unless it joined some.
        FindOptions filtered = joined ? parentQuery(model, options, includes, false) : parentQuery;
        return new SourceRows(filtered.where(), parentQuery.isParanoid());
    }

    /**
     * What a streamed find with includes needs: the parents' own query, and a loader that reads the
     * includes of each chunk of parents by one batch query per level (a stream reads its parents a
     * chunk at a time, so every include is loaded by batch, to-one ones too).
     */
    public static <M extends Model> StreamParts streamParts(ModelStatic<M> model, FindOptions options) {
        List<ResolvedInclude> includes = resolve(model, options.includes(), new LinkedHashSet<>());
        if (includes.stream().anyMatch(i -> i.options().isRight())) {
            throw new QueryError("Model '" + model.name() + "': a streamed find does not take a right(true) include"
                    + " (its rows without a parent are not rows of this model)");
        }
        FindOptions parentQuery = parentQuery(model, options, includes, false);
        return new StreamParts(parentQuery, parents -> {
            load(parents, includes, options, false, null);
            remember(parents, options.includes());
        });
    }

    /**
     * The parts of a streamed find with includes.
     *
     * @param parentQuery the parents' query, filtered by the required includes
     * @param loadChunk loads the includes onto a chunk of parents
     */
    public record StreamParts(FindOptions parentQuery, java.util.function.Consumer<List<Model>> loadChunk) {
    }

    /** Reads the includes of an instance again (those it was found with, or those the options give). */
    public static void reload(Model instance, FindOptions options) {
        List<?> given = options.includes().isEmpty() ? InstanceState.loadedIncludes(instance) : options.includes();
        if (given == null || given.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<IncludeOptions> includes = (List<IncludeOptions>) given;
        load(List.of(instance), resolve(instance.model(), includes, new LinkedHashSet<>()), options, false, null);
        remember(List.of(instance), includes);
    }

    private static void remember(List<? extends Model> parents, List<IncludeOptions> includes) {
        for (Model parent : parents) {
            InstanceState.loadedIncludes(parent, includes);
        }
    }

    /** {@code findOne} with includes. */
    public static <M extends Model> M findOne(ModelStatic<M> model, FindOptions options, Finder finder) {
        FindOptions first = options.copy();
        if (first.limit() == null || first.limit() > 1) {
            first.limit(1);
        }
        List<M> found = findAll(model, first, finder);
        return found.isEmpty() ? null : found.get(0);
    }

    /** {@code findByPk} with includes: the row with this primary key (a map of values for a composite key). */
    public static <M extends Model> M findByPk(ModelStatic<M> model, Object key, FindOptions options, Finder finder) {
        Condition byKey;
        if (key instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> parts = (Map<String, ?>) key;
            byKey = org.sequelize4j.Op.where(parts);
        } else {
            String attribute = model.primaryKeyAttribute();
            if (attribute == null) {
                throw new QueryError("Model '" + model.name() + "' has a composite or no primary key; give findByPk a"
                        + " map of its key attributes");
            }
            byKey = org.sequelize4j.Op.eq(attribute, key);
        }
        return findOne(model, options.copy().where(Association.and(options.where(), byKey)), finder);
    }

    /**
     * The options without includes, filtered to the parents the required includes keep: for
     * {@code count} and {@code findAndCountAll}, which count parents, never joined rows.
     */
    public static FindOptions parentQuery(ModelStatic<?> model, FindOptions options) {
        List<ResolvedInclude> includes = resolve(model, options.includes(), new LinkedHashSet<>());
        if (includes.stream().anyMatch(i -> i.options().isRight())) {
            throw new QueryError("Model '" + model.name() + "': count and findAndCountAll do not take a right(true)"
                    + " include (its rows without a parent are not rows of this model); count the included model");
        }
        return parentQuery(model, options, includes, false);
    }

    /**
     * The parents' own find: the options without includes, with a filter for each required include
     * that is not joined in (a joined required include is an inner join, which filters by itself).
     */
    private static FindOptions parentQuery(ModelStatic<?> model, FindOptions options, List<ResolvedInclude> includes,
                                           boolean join) {
        FindOptions parents = IncludedColumns.rewrite(model, options).copy().include();
        Condition filter = Association.and(requiredFilters(includes, join).toArray(Condition[]::new));
        return filter == null ? parents : parents.where(Association.and(parents.where(), filter));
    }

    // ---- resolution ----------------------------------------------------------------------------

    private static List<ResolvedInclude> resolve(ModelStatic<?> model, List<IncludeOptions> includes, Set<Association<?, ?>> path) {
        List<ResolvedInclude> resolved = new ArrayList<>();
        for (IncludeOptions include : includes) {
            if (include.isAll()) {
                if (includes.size() > 1) {
                    throw new QueryError("Model '" + model.name() + "': include(all()) cannot be mixed with other"
                            + " includes at the same level");
                }
                for (Association<?, ?> association : model.associations().all().values()) {
                    if (path.contains(association)) {
                        continue;
                    }
                    List<ResolvedInclude> children = List.of();
                    if (include.isNested()) {
                        Set<Association<?, ?>> deeper = new LinkedHashSet<>(path);
                        deeper.add(association);
                        children = resolve(association.target(), List.of(include), deeper);
                    }
                    resolved.add(new ResolvedInclude(association, IncludeOptions.include(association), children));
                }
                continue;
            }
            PolymorphicAssociation<?> polymorphic = include.association() instanceof String
                    ? model.associations().findPolymorphic((String) include.association()) : null;
            if (polymorphic != null) {
                if (include.where() != null || include.isRequired() || !include.includes().isEmpty()
                        || include.attributes() != null || include.limit() != null || !include.order().isEmpty()) {
                    throw new QueryError("Include '" + polymorphic.as() + "' of model '" + model.name() + "' is"
                            + " polymorphic: it takes no where, required, attributes, order, limit or nested"
                            + " includes (its targets are of several models)");
                }
                resolved.add(new ResolvedInclude(null, polymorphic, include, List.of(), false));
                continue;
            }
            Association<?, ?> association = association(model, include);
            int earlier = indexOf(resolved, association);
            if (earlier >= 0) {
                // The same association twice (a scope's include and the caller's): one include of both.
                include = IncludeOptions.merge(resolved.get(earlier).options(), include);
            }
            check(association, include);
            if (include.isRight() && !path.isEmpty()) {
                throw new QueryError("Include '" + association.as() + "' of model '" + model.name() + "': right(true)"
                        + " applies to a top-level include only");
            }
            Set<Association<?, ?>> deeper = new LinkedHashSet<>(path);
            deeper.add(association);
            ResolvedInclude entry = new ResolvedInclude(association, include, resolve(association.target(), include.includes(), deeper));
            if (earlier >= 0) {
                resolved.set(earlier, entry);
            } else {
                resolved.add(entry);
            }
        }
        return resolved;
    }

    private static int indexOf(List<ResolvedInclude> resolved, Association<?, ?> association) {
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i).association() != null && resolved.get(i).association() == association) {
                return i;
            }
        }
        return -1;
    }

    private static Association<?, ?> association(ModelStatic<?> model, IncludeOptions include) {
        Object named = include.association();
        if (named instanceof String) {
            return model.associations().get(model, (String) named);
        }
        if (named instanceof Association) {
            Association<?, ?> association = (Association<?, ?>) named;
            if (!association.source().name().equals(model.name())) {
                throw new QueryError("Model '" + model.name() + "': cannot include " + association
                        + ", which is an association of model '" + association.source().name() + "'");
            }
            return association;
        }
        ModelStatic<?> target = (ModelStatic<?>) named;
        List<Association<?, ?>> candidates = new ArrayList<>();
        for (Association<?, ?> a : model.associations().all().values()) {
            if (a.target().name().equals(target.name())) {
                candidates.add(a);
            }
        }
        if (candidates.size() != 1) {
            throw new QueryError("Model '" + model.name() + "': include of model '" + target.name() + "' is "
                    + (candidates.isEmpty() ? "not possible: no association leads to it"
                    : "ambiguous: associations " + candidates.stream().map(Association::as).toList()
                    + " lead to it; include one of them by alias"));
        }
        return candidates.get(0);
    }

    private static void check(Association<?, ?> association, IncludeOptions include) {
        if (include.isRight() && (association.isMultiple() || !JoinedIncludes.joinable(association, include))) {
            throw new QueryError("Include '" + association.as() + "' of model '" + association.source().name() + "':"
                    + " right(true), a RIGHT OUTER JOIN, applies to a to-one include joined into the query (a belongsTo,"
                    + " or a hasOne with a unique foreign key, without separate(true))");
        }
        if (Boolean.FALSE.equals(include.separate()) && association.isMultiple()) {
            throw new QueryError("Include '" + association.as() + "' of model '" + association.source().name() + "':"
                    + " separate(false), the joined form of a to-many include, is not available; to-many includes"
                    + " load by one batch query per level, which gives the same result without repeating parents");
        }
        boolean paged = include.limit() != null || include.offset() != null;
        if (paged && !association.isMultiple()) {
            throw new QueryError("Include '" + association.as() + "' of model '" + association.source().name()
                    + "': a per-parent limit or offset applies to hasMany and belongsToMany includes");
        }
        if ((include.throughAttributes() != null || include.throughWhere() != null)
                && !(association instanceof BelongsToManyAssociation)) {
            throw new QueryError("Include '" + association.as() + "' of model '" + association.source().name()
                    + "': through options apply to belongsToMany includes only");
        }
    }

    // ---- filters for required includes -----------------------------------------------------------

    private static List<Condition> requiredFilters(List<ResolvedInclude> includes, boolean joined) {
        List<Condition> filters = new ArrayList<>();
        for (ResolvedInclude include : includes) {
            if (include.options().isRequired() && !(joined && include.joinable())) {
                filters.add(filter(include));
            }
        }
        return filters;
    }

    /** The parents that have at least one target matching the include (and its required includes). */
    static Condition filter(ResolvedInclude include) {
        Association<?, ?> association = include.association();
        IncludeOptions options = include.options();
        List<Condition> onTarget = new ArrayList<>();
        onTarget.add(options.where());
        onTarget.addAll(requiredFilters(include.children(), false));
        return filter(association, Association.and(onTarget.toArray(Condition[]::new)), options.throughWhere(),
                !Boolean.FALSE.equals(options.paranoid()));
    }

    /**
     * The rows of the association's source that have at least one target matching {@code onTarget}
     * (with the association's scope and the target's default scope): {@code key IN (SELECT …)}.
     */
    static Condition filter(Association<?, ?> association, Condition onTarget, Condition throughWhere,
                            boolean paranoid) {
        AssociationDefinition definition = association.definition();
        Condition targets = Association.and(onTarget, Association.scopeCondition(definition.common().scope()),
                association.target().scopeWhere());
        var target = association.target().definition();
        if (definition instanceof AssociationDefinition.TargetKeyed) {
            var d = (AssociationDefinition.TargetKeyed) definition;
            return new Condition.InSelect(d.sourceKey(), target, d.foreignKey(), targets, paranoid);
        }
        if (definition instanceof AssociationDefinition.BelongsTo) {
            var d = (AssociationDefinition.BelongsTo) definition;
            return new Condition.InSelect(d.foreignKey(), target, d.targetKey(), targets, paranoid);
        }
        var d = (AssociationDefinition.BelongsToMany) definition;
        ModelStatic<?> through = ((BelongsToManyAssociation<?, ?>) association).through();
        Condition rows = Association.and(Association.scopeCondition(d.throughScope()), throughWhere,
                new Condition.InSelect(d.otherKey(), target, d.targetKey(), targets, paranoid));
        return new Condition.InSelect(d.sourceKey(), through.definition(), d.foreignKey(), rows, true);
    }

    // ---- loading ----------------------------------------------------------------------------------

    /**
     * Loads the includes on the parents. Those joined into the parents' query ({@code joined}) are
     * there already, and so are their joined descendants; the rest load by one batch query each, with
     * their own joinable includes joined into that batch query.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void load(List<? extends Model> parents, List<ResolvedInclude> includes, FindOptions outer,
                             boolean joined, SourceRows sourceRows) {
        if (parents.isEmpty()) {
            return;
        }
        for (ResolvedInclude include : includes) {
            IncludeOptions options = include.options();
            if (joined && include.joinable()) {
                if (!include.children().isEmpty()) {
                    load(loaded(parents, include.as()), include.children(), outer, true, null);
                }
                continue;
            }
            FindOptions read = Association.inheritTransaction(FindOptions.query(), outer);
            if (include.polymorphic() != null) {
                ((PolymorphicAssociation) include.polymorphic()).load(parents, read);
                continue;
            }
            if (options.attributes() != null && options.attributes().isEmpty()) {
                // noAttributes(): the include only filters (Sequelize's attributes: [] for aggregates).
                continue;
            }
            // Joinable includes below go into the batch query itself, which joins them (or, if it
            // cannot, loads them by batch in turn); the others are loaded here, one level down.
            List<ResolvedInclude> below = new ArrayList<>();
            for (ResolvedInclude child : include.children()) {
                if (child.joinable()) {
                    read.include(child.options());
                } else {
                    below.add(child);
                }
            }
            List<Condition> where = new ArrayList<>();
            where.add(options.where());
            where.addAll(requiredFilters(below, false));
            Condition condition = Association.and(where.toArray(Condition[]::new));
            if (condition != null) {
                read.where(condition);
            }
            if (options.attributes() != null) {
                read.attributes(withKeys(include.association(), options.attributes()).toArray());
            }
            if (!options.order().isEmpty()) {
                read.order(options.order().toArray());
            }
            if (options.limit() != null) {
                read.limit(options.limit());
            }
            if (options.offset() != null) {
                read.offset(options.offset());
            }
            if (options.paranoid() != null) {
                read.paranoid(options.paranoid());
            }
            Association association = include.association();
            if (association instanceof BelongsToManyAssociation) {
                ((BelongsToManyAssociation) association).load(parents, read, options.throughAttributes(),
                        options.throughWhere());
            } else if (association instanceof HasManyAssociation && sourceRows != null) {
                ((HasManyAssociation) association).load(parents, read, sourceRows);
            } else {
                association.load(parents, read);
            }
            if (!below.isEmpty()) {
                load(loaded(parents, association.as()), below, outer, false, null);
            }
        }
    }

    /** The target attributes asked for, plus the target's primary key (so that rows can be told apart). */
    private static List<Object> withKeys(Association<?, ?> association, List<Object> attributes) {
        List<Object> all = new ArrayList<>(attributes);
        for (var key : association.target().definition().primaryKeys()) {
            if (!all.contains(key.name())) {
                all.add(key.name());
            }
        }
        return all;
    }

    /** The distinct targets loaded under {@code alias} on the parents, for the next level. */
    private static List<Model> loaded(List<? extends Model> parents, String alias) {
        Map<Model, Boolean> seen = new IdentityHashMap<>();
        List<Model> targets = new ArrayList<>();
        for (Model parent : parents) {
            Object value = parent.get(alias);
            Collection<?> items = value instanceof Collection ? (Collection<?>) value
                    : value == null ? List.of() : List.of(value);
            for (Object item : items) {
                if (item instanceof Model && seen.put((Model) item, Boolean.TRUE) == null) {
                    targets.add((Model) item);
                }
            }
        }
        return targets;
    }
}
