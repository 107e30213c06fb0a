package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;
import org.sequelize4j.query.OrderItem;

/**
 * Options of a finder call (Sequelize's options object for {@code findAll}, {@code findOne},
 * {@code count}, {@code max}, …): {@code where}, {@code attributes}, {@code order}, {@code group},
 * {@code having}, {@code limit}, {@code offset}, {@code paranoid}, {@code distinct}, {@code col},
 * {@code rejectOnEmpty}.
 *
 * <pre>{@code
 * Users.findAll(query()
 *     .where(and(gt("id", 10), endsWith("email", "@example.com")))
 *     .attributes("id", "email")
 *     .order(asc("id"))
 *     .limit(50));
 * }</pre>
 *
 * <p>A builder; each call returns this object. Operations copy what they need, so an options object
 * can be reused for several calls, though it is not meant to be changed by several threads at once.
 */
public final class FindOptions extends TransactionalOptions<FindOptions> {

    private Condition where;
    private List<Object> attributes;
    // Made on first use: most finds set none of them (findByPk makes options for every call), and four
    // empty lists per options object, copied again when scopes apply, are four allocations for nothing.
    private List<String> excluded = List.of();
    private List<Object> extraAttributes = List.of();
    private List<OrderItem> order = List.of();
    private List<Object> group = List.of();
    private Condition having;
    private Integer limit;
    private Integer offset;
    private List<String> limitPer = List.of();
    private List<org.sequelize4j.association.IncludeOptions> include = List.of();
    private Boolean paranoid;
    private boolean distinct;
    private String col;
    private boolean rejectOnEmpty;
    private Lock lock;
    private boolean skipLocked;
    private boolean noWait;

    /** A fresh set of options. */
    public static FindOptions query() {
        return new FindOptions();
    }

    /** Ascending order on an attribute. */
    public static OrderItem asc(String attribute) {
        return new OrderItem(attribute, false, OrderItem.Nulls.DEFAULT);
    }

    /** Ascending order on an expression. */
    public static OrderItem asc(Expression expression) {
        return new OrderItem(expression, false, OrderItem.Nulls.DEFAULT);
    }

    /** Descending order on an attribute. */
    public static OrderItem desc(String attribute) {
        return new OrderItem(attribute, true, OrderItem.Nulls.DEFAULT);
    }

    /** Descending order on an expression. */
    public static OrderItem desc(Expression expression) {
        return new OrderItem(expression, true, OrderItem.Nulls.DEFAULT);
    }

    /** The rows to return. Calling it again replaces the condition. */
    public FindOptions where(Condition condition) {
        TransactionalOptions.requireWhere(condition, "FindOptions");
        this.where = condition;
        return this;
    }

    /** The map form of where (see {@link Op#where(Map)}). */
    public FindOptions where(Map<String, ?> conditions) {
        this.where = Op.where(conditions);
        return this;
    }

    /**
     * The attributes to select: attribute names, and expressions with an alias
     * ({@code fn("COUNT", col("id")).as("n")}). Without this, every attribute is selected.
     */
    public FindOptions attributes(Object... items) {
        this.attributes = new ArrayList<>(List.of(items));
        return this;
    }

    /** Every attribute except these (Sequelize's {@code attributes: {exclude: [...]}}). */
    public FindOptions attributesExclude(String... names) {
        excluded = grown(excluded, names.length);
        Collections.addAll(excluded, names);
        return this;
    }

    /** Every attribute plus these expressions (Sequelize's {@code attributes: {include: [...]}}). */
    public FindOptions attributesInclude(Object... items) {
        extraAttributes = grown(extraAttributes, items.length);
        Collections.addAll(extraAttributes, items);
        return this;
    }

    /** Sort order: {@code asc("name")}, {@code desc("createdAt").nullsLast()}, {@code asc(fn(...))}, or an attribute name. */
    public FindOptions order(Object... items) {
        order = grown(order, items.length);
        for (Object item : items) {
            if (item instanceof OrderItem) {
                order.add((OrderItem) item);
            } else if (item instanceof String || item instanceof Expression) {
                order.add(new OrderItem(item, false, OrderItem.Nulls.DEFAULT));
            } else {
                throw new IllegalArgumentException("order() takes attribute names, expressions or asc()/desc(), got "
                        + (item == null ? "null" : item.getClass().getName()));
            }
        }
        return this;
    }

    /** Replaces the order given so far ({@link #order} adds to it). */
    public FindOptions replaceOrder(Object... items) {
        order = List.of();
        return order(items);
    }

    /** GROUP BY attributes (names) or expressions. */
    public FindOptions group(Object... items) {
        group = grown(group, items.length);
        Collections.addAll(group, items);
        return this;
    }

    /** HAVING condition; may name aliases of computed attributes. */
    public FindOptions having(Condition condition) {
        this.having = condition;
        return this;
    }

    /** At most this many rows. */
    public FindOptions limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + count);
        }
        this.limit = count;
        return this;
    }

    /**
     * Makes {@code limit} and {@code offset} count per group of rows with equal values of these
     * attributes instead of over all rows: the top rows of each group, in {@code order}
     * ({@code limitPer("authorId").limit(3)} — each author's three newest posts, say). Rows come ordered
     * by their rank in their group. Rendered with {@code ROW_NUMBER()}, so it is exact on every dialect.
     */
    public FindOptions limitPer(String... attributes) {
        this.limitPer = List.of(attributes);
        return this;
    }

    /**
     * Associations to load with the found rows (eager loading): aliases ({@code "posts"}), association
     * handles, target models, or {@link org.sequelize4j.association.IncludeOptions} for where, required,
     * attributes, order, per-parent limit and nested includes. Calling it again replaces the list.
     */
    public FindOptions include(Object... includes) {
        List<org.sequelize4j.association.IncludeOptions> list = new ArrayList<>();
        for (Object item : includes) {
            list.add(org.sequelize4j.association.IncludeOptions.of(item));
        }
        this.include = List.copyOf(list);
        return this;
    }

    /** The includes; empty for none. */
    public List<org.sequelize4j.association.IncludeOptions> includes() {
        return include;
    }

    /** The attributes limits apply per group of ({@link #limitPer}); empty for none. */
    public List<String> limitPer() {
        return limitPer;
    }

    /** Skip this many rows. */
    public FindOptions offset(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + count);
        }
        this.offset = count;
        return this;
    }

    /** {@code false} to include soft-deleted rows of paranoid models. */
    public FindOptions paranoid(boolean value) {
        this.paranoid = value;
        return this;
    }

    /** Count distinct values (of {@link #col(String)}, or of the primary key). */
    public FindOptions distinct(boolean value) {
        this.distinct = value;
        return this;
    }

    /** The attribute {@code count} counts (non-null values of it). */
    public FindOptions col(String attribute) {
        this.col = attribute;
        return this;
    }

    /** Throw {@link org.sequelize4j.errors.EmptyResultError} instead of returning nothing. */
    public FindOptions rejectOnEmpty(boolean value) {
        this.rejectOnEmpty = value;
        return this;
    }


    /** Lock the selected rows until the transaction ends ({@code FOR UPDATE}, {@code FOR SHARE}, …). */
    public FindOptions lock(Lock level) {
        this.lock = level;
        return this;
    }

    /** Skip rows other transactions have locked instead of waiting (PostgreSQL, MySQL 8, MariaDB 10.6+). */
    public FindOptions skipLocked(boolean value) {
        this.skipLocked = value;
        return this;
    }

    /** Fail at once instead of waiting for rows other transactions have locked. */
    public FindOptions noWait(boolean value) {
        this.noWait = value;
        return this;
    }

    /** {@code list} ready to take {@code more} entries: the shared empty list becomes a list of its own. */
    private static <T> List<T> grown(List<T> list, int more) {
        return list instanceof ArrayList ? list : new ArrayList<>(Math.max(more, 4));
    }

    /** A copy that can grow, or the shared empty list for an empty one. */
    private static <T> List<T> copied(List<T> list) {
        return list.isEmpty() ? List.of() : new ArrayList<>(list);
    }

    /** A copy of these options. */
    public FindOptions copy() {
        FindOptions c = new FindOptions();
        c.where = where;
        c.attributes = attributes == null ? null : new ArrayList<>(attributes);
        c.excluded = copied(excluded);
        c.extraAttributes = copied(extraAttributes);
        c.order = copied(order);
        c.group = copied(group);
        c.having = having;
        c.limit = limit;
        c.offset = offset;
        c.limitPer = limitPer;
        c.include = include;
        c.paranoid = paranoid;
        c.distinct = distinct;
        c.col = col;
        c.rejectOnEmpty = rejectOnEmpty;
        copyTransactionTo(c);
        c.lock = lock;
        c.skipLocked = skipLocked;
        c.noWait = noWait;
        return c;
    }

    /**
     * These options applied on top of a scope: conditions are ANDed, excluded and extra attributes are
     * combined, and everything else set here wins over the scope.
     */
    FindOptions onTopOf(FindOptions scope) {
        if (scope == null) {
            return this;
        }
        FindOptions merged = scope.copy();
        if (where != null) {
            merged.where = merged.where == null ? where : Op.and(merged.where, where);
        }
        if (attributes != null) {
            merged.attributes = new ArrayList<>(attributes);
        }
        if (!excluded.isEmpty()) {
            merged.excluded = grown(merged.excluded, excluded.size());
            merged.excluded.addAll(excluded);
        }
        if (!extraAttributes.isEmpty()) {
            merged.extraAttributes = grown(merged.extraAttributes, extraAttributes.size());
            merged.extraAttributes.addAll(extraAttributes);
        }
        if (!order.isEmpty()) {
            merged.order = copied(order);
        }
        if (!group.isEmpty()) {
            merged.group = copied(group);
        }
        if (having != null) {
            merged.having = having;
        }
        if (limit != null) {
            merged.limit = limit;
        }
        if (offset != null) {
            merged.offset = offset;
        }
        if (!limitPer.isEmpty()) {
            merged.limitPer = limitPer;
        }
        if (!include.isEmpty()) {
            List<org.sequelize4j.association.IncludeOptions> both = new ArrayList<>(merged.include);
            both.addAll(include);
            merged.include = List.copyOf(both);
        }
        if (paranoid != null) {
            merged.paranoid = paranoid;
        }
        merged.distinct |= distinct;
        if (col != null) {
            merged.col = col;
        }
        merged.rejectOnEmpty |= rejectOnEmpty;
        if (isTransactionGiven()) {
            copyTransactionTo(merged);
        }
        if (lock != null) {
            merged.lock = lock;
            merged.skipLocked = skipLocked;
            merged.noWait = noWait;
        }
        return merged;
    }

    // ---- read access --------------------------------------------------------------------------

    /** The where condition, or null. */
    public Condition where() {
        return where;
    }

    /** The explicit attribute list, or null for all attributes. */
    public List<Object> attributes() {
        return attributes;
    }

    /** Excluded attribute names. */
    public List<String> excludedAttributes() {
        return excluded;
    }

    /** Extra selected expressions. */
    public List<Object> extraAttributes() {
        return extraAttributes;
    }

    /** The order entries. */
    public List<OrderItem> order() {
        return order;
    }

    /** The group entries. */
    public List<Object> group() {
        return group;
    }

    /** The having condition, or null. */
    public Condition having() {
        return having;
    }

    /** The limit, or null. */
    public Integer limit() {
        return limit;
    }

    /** The offset, or null. */
    public Integer offset() {
        return offset;
    }

    /** Whether soft-deleted rows are hidden (the default). */
    public boolean isParanoid() {
        return !Boolean.FALSE.equals(paranoid);
    }

    /** Whether count is distinct. */
    public boolean isDistinct() {
        return distinct;
    }

    /** The counted attribute, or null. */
    public String col() {
        return col;
    }

    /** Whether an empty result throws. */
    public boolean isRejectOnEmpty() {
        return rejectOnEmpty;
    }



    /** The row lock, or null. */
    public Lock lock() {
        return lock;
    }

    /** Whether locked rows are skipped. */
    public boolean isSkipLocked() {
        return skipLocked;
    }

    /** Whether to fail instead of waiting for locks. */
    public boolean isNoWait() {
        return noWait;
    }

    /**
     * With read replicas: run this find or count on the primary rather than a replica (Sequelize's {@code useMaster}).
     * Inside a transaction every statement runs on the transaction's connection anyway.
     */
    public FindOptions useMaster(boolean value) {
        setUseMaster(value);
        return this;
    }

    /**
     * With read replicas: whether this find or count must see the calling thread's latest writes (true), or may
     * miss them (false), whatever the instance's {@code replication.readYourWrites} says.
     */
    public FindOptions readYourWrites(boolean value) {
        setReadYourWrites(value);
        return this;
    }
}
