package org.sequelize4j.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.FindOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.ValueCodec;

/**
 * Plans SELECT statements for finders, counts and aggregates: which columns to select and how each is
 * read back, the where clause (with the soft-delete filter of paranoid models), order, grouping,
 * paging and locks. Everything a caller names is checked against the model first.
 */
public final class SelectPlanner {

    private final Dialect dialect;
    private final SqlRenderer renderer;
    private final TypeCoercion coercion;
    /** The texts of finders' SELECTs by shape: a finder called again with other values is not rendered again. */
    private final org.sequelize4j.sql.TextCache selectTexts = new org.sequelize4j.sql.TextCache();
    /** Finds' plans by the shape of their options. */
    private final ShapedPlans findPlans;

    /** A planner for one dialect. */
    public SelectPlanner(Dialect dialect, SqlRenderer renderer, TypeCoercion coercion) {
        this.dialect = dialect;
        this.renderer = renderer;
        this.coercion = coercion;
        this.findPlans = new ShapedPlans(coercion);
    }

    /**
     * The alias of the model's table in the statements planned here: none, since they read one table,
     * and the statement text stays short (SQLite compiles every statement from its text).
     */
    private static final String SINGLE_TABLE = null;

    /** The table of a model under its alias. */
    public static TableRef table(ModelDefinition model, String alias) {
        return new TableRef(model.schema(), model.tableName(), alias);
    }

    /** A resolver for a model's names, qualified by {@code alias}. */
    public ExpressionResolver resolver(ModelDefinition model, String alias, Map<String, SqlExpr> aliases) {
        return new ExpressionResolver(model, alias, dialect, coercion, aliases);
    }

    /** The where clause of a model query: the caller's condition and, for paranoid models, "not deleted". */
    public SqlExpr where(ModelDefinition model, ExpressionResolver resolver, Condition condition, boolean paranoid) {
        return whereClause(model, resolver, condition, paranoid);
    }

    /** As {@link #where}, for the other planners of this package. */
    static SqlExpr whereClause(ModelDefinition model, ExpressionResolver resolver, Condition condition,
                               boolean paranoid) {
        SqlExpr where = condition == null ? null : resolver.condition(condition, "where");
        if (paranoid && model.deletedAt() != null) {
            SqlExpr notDeleted = new SqlExpr.Is(resolver.column(model.deletedAt()), false, null);
            where = where == null ? notDeleted : new SqlExpr.And(List.of(where, notDeleted));
        }
        return where;
    }

    /**
     * Plans a find with to-one includes joined in (see {@link JoinNode}); the options must have no
     * group, having, lock or limitPer, which the finders load by batch instead.
     */
    public JoinedPlan joined(ModelDefinition model, FindOptions options, List<JoinNode> nodes) {
        return new JoinedSelectPlanner(this, renderer).plan(model, options, nodes);
    }

    /**
     * Plans {@code findAll}/{@code findOne}. A call whose options have the shape of one planned before
     * (see {@link OptionShapes}) reuses that plan with its own values.
     */
    public SelectPlan find(ModelDefinition model, FindOptions options) {
        OptionShapes.Walk shape = OptionShapes.find(model, options);
        if (shape == null) {
            return planFind(model, options);
        }
        ShapedPlans.Bound bound = findPlans.bind(shape, List.of(), model);
        if (bound != null) {
            @SuppressWarnings("unchecked")
            List<ColumnMapping> columns = (List<ColumnMapping>) bound.attachment();
            return new SelectPlan(bound.statement(), columns);
        }
        SelectPlan plan = planFind(model, options);
        if (!findPlans.isKnown(shape)) {
            findPlans.keep(shape, List.of(), plan.statement(), plan.columns(), model);
        }
        return plan;
    }

    /** Plans {@code findAll}/{@code findOne} in full. What it reads of the options, {@link OptionShapes#find} keys on. */
    private SelectPlan planFind(ModelDefinition model, FindOptions options) {
        String alias = SINGLE_TABLE;
        Map<String, SqlExpr> aliases = new LinkedHashMap<>();
        ExpressionResolver resolver = resolver(model, alias, aliases);
        Selection selection = selection(model, alias, options, resolver, aliases);
        List<SqlExpr> select = selection.select();
        List<ColumnMapping> mappings = selection.mappings();

        SqlExpr where = where(model, resolver, options.where(), options.isParanoid());
        List<SqlExpr> group = group(options.group(), resolver);
        SqlExpr having = options.having() == null ? null : resolver.condition(options.having(), "having");
        List<SelectSpec.Order> order = order(options, resolver);
        SelectSpec.LockClause lock = options.lock() == null ? null
                : new SelectSpec.LockClause(options.lock(), options.isSkipLocked(), options.isNoWait());
        if (!options.limitPer().isEmpty() && (options.limit() != null || options.offset() != null)) {
            if (!group.isEmpty() || having != null || lock != null) {
                throw new org.sequelize4j.errors.QueryError("Model '" + model.name() + "': limitPer cannot be combined"
                        + " with group, having or lock");
            }
            List<SqlExpr> partition = new ArrayList<>();
            for (String attribute : options.limitPer()) {
                partition.add(resolver.attributePath(attribute, "limitPer", SqlExpr.JsonAs.TEXT));
            }
            SelectSpec inner = new SelectSpec(table(model, alias), select, List.of(), where, List.of(), null, List.of(),
                    null, null, null);
            return new SelectPlan(renderer.selectPerGroup(inner, partition, order, options.limit(), options.offset()),
                    mappings);
        }
        SelectSpec spec = new SelectSpec(table(model, alias), select, List.of(), where, group, having, order,
                options.limit(), options.offset(), lock);
        return new SelectPlan(select(spec), mappings);
    }

    /**
     * Plans a lookup by primary key: every stored attribute, the key condition with one parameter
     * ({@code key = ?}) and no LIMIT, since a key matches at most one row.
     */
    public SelectPlan keyLookup(ModelDefinition model, boolean paranoid) {
        AttributeDefinition key = model.primaryKey();
        String alias = SINGLE_TABLE;
        ExpressionResolver resolver = resolver(model, alias, new LinkedHashMap<>());
        Selection selection = defaultSelection(model, alias, resolver);
        SqlExpr keyCondition = new SqlExpr.Compare(resolver.column(key), org.sequelize4j.sql.Operator.EQ,
                new SqlExpr.Param(null, dialect.codec(key.type())));
        SqlExpr where = where(model, resolver, null, paranoid);
        where = where == null ? keyCondition : new SqlExpr.And(List.of(keyCondition, where));
        SelectSpec spec = new SelectSpec(table(model, alias), selection.select(), List.of(), where, List.of(), null,
                List.of(), null, null, null);
        return new SelectPlan(renderer.select(spec), selection.mappings());
    }

    /** The statement of a SELECT, its text reused when a SELECT of the same shape was rendered before. */
    private SqlStatement select(SelectSpec spec) {
        org.sequelize4j.sql.StatementShape.Builder shape = org.sequelize4j.sql.SelectShapes.of(spec);
        if (shape == null) {
            return renderer.select(spec);
        }
        SqlStatement cached = selectTexts.cached(shape);
        return cached != null ? cached : selectTexts.keep(shape, renderer.select(spec));
    }

    /** A select list and how each of its columns is read back. */
    record Selection(List<SqlExpr> select, List<ColumnMapping> mappings) {
    }

    /**
     * The columns a query selects from {@code model} under {@code alias}: the shared default list when
     * the options name no attributes (the finder recognises it and reuses its row reader), otherwise
     * the attributes, exclusions and extras the options give.
     */
    Selection selection(ModelDefinition model, String alias, FindOptions options, ExpressionResolver resolver,
                        Map<String, SqlExpr> aliases) {
        if (selectsDefault(options)) {
            return defaultSelection(model, alias, resolver);
        }
        List<SqlExpr> select = new ArrayList<>();
        List<ColumnMapping> mappings = new ArrayList<>();
        selectAttributes(model, alias, options, resolver, aliases, select, mappings);
        return new Selection(select, mappings);
    }

    /**
     * The key of a model's default selection. A class with its own equals and hashCode rather than a
     * record: a record's go through method handles, which are slow until the JIT has compiled them,
     * and every find without an attributes option looks this key up.
     */
    private static final class DefaultSelectionKey {
        private final Dialect dialect;
        private final String alias;

        DefaultSelectionKey(Dialect dialect, String alias) {
            this.dialect = dialect;
            this.alias = alias;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DefaultSelectionKey k && k.dialect == dialect && java.util.Objects.equals(k.alias, alias);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(dialect) * 31 + (alias == null ? 0 : alias.hashCode());
        }
    }

    /**
     * Whether the query selects exactly the model's stored attributes, which most queries do: their
     * select list and column mappings are then built once per model and reused.
     */
    private static boolean selectsDefault(FindOptions options) {
        return options.attributes() == null && options.excludedAttributes().isEmpty()
                && options.extraAttributes().isEmpty();
    }

    /** The select list of a query with an {@code attributes} option (the default list is {@link #defaultSelection}). */
    private void selectAttributes(ModelDefinition model, String alias, FindOptions options, ExpressionResolver resolver,
                                  Map<String, SqlExpr> aliases, List<SqlExpr> select, List<ColumnMapping> mappings) {
        Set<AttributeDefinition> attributes = new LinkedHashSet<>();
        List<Expression> computed = new ArrayList<>();
        if (options.attributes() == null) {
            for (AttributeDefinition a : model.attributes()) {
                if (!a.isVirtual()) {
                    attributes.add(a);
                }
            }
        } else {
            for (Object item : options.attributes()) {
                addItem(model, resolver, item, attributes, computed);
            }
        }
        for (String excluded : options.excludedAttributes()) {
            AttributeDefinition a = resolver.attribute(excluded, "attributes.exclude");
            attributes.remove(a);
        }
        for (Object item : options.extraAttributes()) {
            addItem(model, resolver, item, attributes, computed);
        }
        for (AttributeDefinition a : attributes) {
            select.add(resolver.column(a));
            mappings.add(new ColumnMapping(a, a.name(), dialect.codec(a.type())));
        }
        for (Expression e : computed) {
            Expression.Aliased aliased = (Expression.Aliased) e;
            SqlExpr inner = resolver.expression(aliased.expression(), "attributes");
            select.add(new SqlExpr.Aliased(inner, aliased.alias()));
            aliases.put(aliased.alias(), inner);
            mappings.add(new ColumnMapping(null, aliased.alias(), codecOf(model, aliased.expression())));
        }
        if (select.isEmpty()) {
            throw new QueryError("No attributes of model '" + model.name() + "' are selected");
        }
    }

    private Selection defaultSelection(ModelDefinition model, String alias, ExpressionResolver resolver) {
        return model.derived(new DefaultSelectionKey(dialect, alias), new DefaultSelectionOf(dialect, resolver));
    }

    /**
     * Computes a model's default select list, once per dialect and alias. A class rather than a lambda:
     * the first capturing lambda of a call site spins a class at run time, which a program's first find
     * would wait for.
     */
    private static final class DefaultSelectionOf implements java.util.function.Function<ModelDefinition, Selection> {
        private final Dialect dialect;
        private final ExpressionResolver resolver;

        DefaultSelectionOf(Dialect dialect, ExpressionResolver resolver) {
            this.dialect = dialect;
            this.resolver = resolver;
        }

        @Override
        public Selection apply(ModelDefinition def) {
            List<SqlExpr> select = new ArrayList<>();
            List<ColumnMapping> mappings = new ArrayList<>();
            for (AttributeDefinition a : def.attributes()) {
                if (!a.isVirtual()) {
                    select.add(resolver.column(a));
                    mappings.add(new ColumnMapping(a, a.name(), dialect.codec(a.type())));
                }
            }
            if (select.isEmpty()) {
                throw new QueryError("No attributes of model '" + def.name() + "' are selected");
            }
            return new Selection(List.copyOf(select), List.copyOf(mappings));
        }
    }

    private void addItem(ModelDefinition model, ExpressionResolver resolver, Object item,
                         Set<AttributeDefinition> attributes, List<Expression> computed) {
        if (item instanceof String) {
            AttributeDefinition a = resolver.attribute((String) item, "attributes");
            if (a.isVirtual()) {
                // A virtual attribute needs the attributes its getter reads.
                for (String dependency : a.type().dependencies()) {
                    AttributeDefinition d = resolver.attribute(dependency, "dependencies of VIRTUAL '" + a.name() + "'");
                    if (!d.isVirtual()) {
                        attributes.add(d);
                    }
                }
            } else {
                attributes.add(a);
            }
        } else if (item instanceof Expression.Aliased) {
            Expression.Aliased aliased = (Expression.Aliased) item;
            if (aliased.expression() instanceof Expression.Col) {
                AttributeDefinition a = model.attribute(((Expression.Col) aliased.expression()).name());
                if (a != null && a.name().equals(aliased.alias())) {
                    attributes.add(a);
                    return;
                }
            }
            computed.add(aliased);
        } else if (item instanceof Expression) {
            throw new QueryError("A computed attribute of model '" + model.name() + "' needs an alias: use "
                    + "fn(...).as(\"name\")");
        } else {
            throw new QueryError("attributes() takes attribute names and aliased expressions, got "
                    + (item == null ? "null" : item.getClass().getName()));
        }
    }

    private ValueCodec codecOf(ModelDefinition model, Expression expression) {
        if (expression instanceof Expression.Col) {
            AttributeDefinition a = model.attribute(((Expression.Col) expression).name());
            if (a != null && !a.isVirtual()) {
                return dialect.codec(a.type());
            }
        }
        return StandardCodecs.OBJECT;
    }

    static List<SqlExpr> group(List<Object> items, ExpressionResolver resolver) {
        List<SqlExpr> group = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof String) {
                group.add(resolver.attributePath((String) item, "group", SqlExpr.JsonAs.TEXT));
            } else if (item instanceof Expression) {
                group.add(resolver.expression((Expression) item, "group"));
            } else {
                throw new QueryError("group() takes attribute names and expressions, got " + item);
            }
        }
        return group;
    }

    static List<SelectSpec.Order> order(FindOptions options, ExpressionResolver resolver) {
        List<SelectSpec.Order> order = new ArrayList<>(options.order().size());
        for (OrderItem item : options.order()) {
            SqlExpr expr = item.target() instanceof String
                    ? resolver.attributePath((String) item.target(), "order", SqlExpr.JsonAs.TEXT)
                    : resolver.expression((Expression) item.target(), "order");
            SelectSpec.Nulls nulls = item.nulls() == OrderItem.Nulls.FIRST ? SelectSpec.Nulls.FIRST
                    : item.nulls() == OrderItem.Nulls.LAST ? SelectSpec.Nulls.LAST : SelectSpec.Nulls.DEFAULT;
            order.add(new SelectSpec.Order(expr, item.descending(), nulls));
        }
        return order;
    }

    /**
     * Plans {@code count}: {@code COUNT(*)}, {@code COUNT(col)} or {@code COUNT(DISTINCT col)}; with
     * {@code group}, one row per group with the group columns and {@code count}.
     */
    public SelectPlan count(ModelDefinition model, FindOptions options) {
        String alias = SINGLE_TABLE;
        ExpressionResolver resolver = resolver(model, alias, Map.of());
        SqlExpr counted;
        if (options.col() != null) {
            counted = resolver.attributePath(options.col(), "col", SqlExpr.JsonAs.TEXT);
        } else if (options.isDistinct()) {
            if (model.primaryKeys().size() != 1) {
                throw new QueryError("count with distinct on model '" + model.name()
                        + "' needs col(...): it has no single primary key");
            }
            counted = resolver.column(model.primaryKeys().get(0));
        } else {
            counted = new SqlExpr.Raw("*");
        }
        if (options.isDistinct()) {
            counted = new SqlExpr.Distinct(counted);
        }
        List<SqlExpr> select = new ArrayList<>();
        List<ColumnMapping> mappings = new ArrayList<>();
        List<SqlExpr> group = group(options.group(), resolver);
        for (int i = 0; i < group.size(); i++) {
            Object item = options.group().get(i);
            select.add(group.get(i));
            AttributeDefinition a = item instanceof String ? resolver.model().attribute((String) item) : null;
            mappings.add(new ColumnMapping(null, item instanceof String ? (String) item : "group" + i,
                    a != null ? dialect.codec(a.type()) : StandardCodecs.OBJECT));
        }
        select.add(new SqlExpr.Aliased(new SqlExpr.Func("COUNT", List.of(counted)), "count"));
        mappings.add(new ColumnMapping(null, "count", StandardCodecs.LONG));
        SqlExpr where = where(model, resolver, options.where(), options.isParanoid());
        SqlExpr having = options.having() == null ? null : resolver.condition(options.having(), "having");
        SelectSpec spec = new SelectSpec(table(model, alias), select, List.of(), where, group, having, List.of(), null,
                null, null);
        return new SelectPlan(renderer.select(spec), mappings);
    }

    /** Plans an aggregate such as {@code MAX(attribute)}; the result is read with {@code codec}. */
    public SelectPlan aggregate(ModelDefinition model, String function, String attribute, FindOptions options,
                                ValueCodec codec) {
        String alias = SINGLE_TABLE;
        ExpressionResolver resolver = resolver(model, alias, Map.of());
        SqlExpr column = resolver.attributePath(attribute, function.toLowerCase(java.util.Locale.ROOT),
                SqlExpr.JsonAs.NUMBER);
        if (options.isDistinct()) {
            column = new SqlExpr.Distinct(column);
        }
        List<SqlExpr> select = List.of(new SqlExpr.Aliased(new SqlExpr.Func(function, List.of(column)), function.toLowerCase(java.util.Locale.ROOT)));
        SqlExpr where = where(model, resolver, options.where(), options.isParanoid());
        SelectSpec spec = new SelectSpec(table(model, alias), select, List.of(), where, group(options.group(), resolver),
                null, List.of(), null, null, null);
        return new SelectPlan(renderer.select(spec), List.of(new ColumnMapping(null, function, codec)));
    }

    /** Renders a planned statement (used by callers that build their own specs). */
    public SqlStatement render(SelectSpec spec) {
        return renderer.select(spec);
    }
}
