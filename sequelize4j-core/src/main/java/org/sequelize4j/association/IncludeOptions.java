package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.FindOptions;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Op;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.OrderItem;

/**
 * One entry of a find's {@code include}: which association to load with the found rows, and how
 * (Sequelize's {@code include: [{association, where, required, attributes, limit, order, include}]}).
 *
 * <pre>{@code
 * Users.findAll(query().include(
 *     include("posts").where(eq("published", true)).required(false).limit(5).order(desc("createdAt"))
 *         .with(include("comments").with("commenter")),
 *     include("profile")));
 * }</pre>
 */
public final class IncludeOptions {

    private final Object association;
    private final boolean all;
    private boolean nested;
    private Condition where;
    private Boolean required;
    private List<Object> attributes;
    private final List<OrderItem> order = new ArrayList<>();
    private Integer limit;
    private Integer offset;
    private Boolean paranoid;
    private List<String> throughAttributes;
    private Condition throughWhere;
    private final List<IncludeOptions> includes = new ArrayList<>();
    private Boolean separate;
    private boolean right;

    private IncludeOptions(Object association, boolean all) {
        this.association = association;
        this.all = all;
    }

    /** The association with this alias. */
    public static IncludeOptions include(String alias) {
        return new IncludeOptions(Objects.requireNonNull(alias, "alias"), false);
    }

    /** The association of this handle. */
    public static IncludeOptions include(Association<?, ?> association) {
        return new IncludeOptions(Objects.requireNonNull(association, "association"), false);
    }

    /** The one association to this target model (a {@code QueryError} when there are several: name it instead). */
    public static IncludeOptions include(ModelStatic<?> target) {
        return new IncludeOptions(Objects.requireNonNull(target, "target"), false);
    }

    /** Every association of the model ({@code include: {all: true}}); with {@link #nested()}, theirs too. */
    public static IncludeOptions all() {
        return new IncludeOptions(null, true);
    }

    /** With {@link #all()}: the targets' associations as well, to any depth (each association once per path). */
    public IncludeOptions nested() {
        requireAll(true, "nested");
        this.nested = true;
        return this;
    }

    /**
     * Only targets matching this condition. Makes the include {@link #required(boolean) required}
     * (parents without a matching target are left out) unless {@code required(false)} says otherwise.
     */
    public IncludeOptions where(Condition condition) {
        requireAll(false, "where");
        this.where = condition;
        return this;
    }

    /** The map form of {@link #where(Condition)}. */
    public IncludeOptions where(Map<String, ?> conditions) {
        return where(Op.where(conditions));
    }

    /**
     * {@code true}: only parents with at least one (matching) target are found (Sequelize's INNER JOIN);
     * {@code false}: every parent, with an empty list or null where none matches (LEFT JOIN).
     */
    public IncludeOptions required(boolean value) {
        this.required = value;
        return this;
    }

    /** The target's attributes to read (its key and the foreign key are read as well). */
    public IncludeOptions attributes(Object... items) {
        requireAll(false, "attributes");
        this.attributes = List.of(items);
        return this;
    }

    /** The order of each parent's targets. */
    public IncludeOptions order(Object... items) {
        requireAll(false, "order");
        for (Object item : items) {
            order.add(item instanceof OrderItem ? (OrderItem) item : FindOptions.asc(item.toString()));
        }
        return this;
    }

    /**
     * Reads no attributes of the target, so no targets are loaded: the include only filters the
     * parents (when required), as Sequelize's {@code attributes: []} does for aggregates.
     */
    public IncludeOptions noAttributes() {
        requireAll(false, "noAttributes");
        this.attributes = List.of();
        return this;
    }

    /** At most this many targets per parent (hasMany), ranked in the database. */
    public IncludeOptions limit(int count) {
        requireAll(false, "limit");
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + count);
        }
        this.limit = count;
        return this;
    }

    /** Skip this many targets of each parent (hasMany). */
    public IncludeOptions offset(int count) {
        requireAll(false, "offset");
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + count);
        }
        this.offset = count;
        return this;
    }

    /**
     * Sequelize's {@code separate}. Left unset, a to-one include (belongsTo, or a hasOne whose foreign
     * key is unique) is joined into the query that reads its parents and a to-many include is read by
     * one batch query per level. {@code true} reads a to-one include by a batch query too;
     * {@code false} on a to-many include (Sequelize's joined form, which repeats parent rows) is a
     * {@code QueryError}: the batch form gives the same result without the repetition.
     */
    public IncludeOptions separate(boolean value) {
        this.separate = value;
        return this;
    }

    /**
     * Sequelize's {@code duplicating}: accepted and without effect, since includes never repeat parent
     * rows here (paging counts parents whatever it says).
     */
    public IncludeOptions duplicating(boolean value) {
        return this;
    }

    /**
     * Sequelize's {@code right}: a RIGHT OUTER JOIN, so every target row is returned — those no parent
     * refers to under a parent instance whose attributes are all null, as Sequelize does. It applies to
     * one top-level to-one include that is joined (a belongsTo, or a hasOne with a unique foreign key);
     * anywhere else, and with count or findAndCountAll, it is a {@code QueryError} when the find runs.
     */
    public IncludeOptions right(boolean value) {
        this.right = value;
        return this;
    }

    /** {@code false} to load soft-deleted targets too. */
    public IncludeOptions paranoid(boolean value) {
        this.paranoid = value;
        return this;
    }

    /**
     * belongsToMany: the join rows' attributes to read (attached under the through model's name; an
     * empty list attaches none) and a condition on the join rows.
     */
    public IncludeOptions through(List<String> attributes, Condition where) {
        requireAll(false, "through");
        this.throughAttributes = attributes == null ? null : List.copyOf(attributes);
        this.throughWhere = where;
        return this;
    }

    /**
     * Includes of the target's own associations (Sequelize's nested {@code include}), by alias, handle,
     * target model or options: {@code include("posts").with(include("comments").with("commenter"))}.
     * (Named {@code with} because a Java call {@code x.include("a")} would pick the static factory.)
     */
    public IncludeOptions with(Object... nestedIncludes) {
        requireAll(false, "with");
        for (Object item : nestedIncludes) {
            includes.add(of(item));
        }
        return this;
    }

    /**
     * Two includes of one association merged (a scope's and the caller's): conditions ANDed, the
     * second's other settings winning where it has them, nested includes of both.
     */
    static IncludeOptions merge(IncludeOptions first, IncludeOptions second) {
        IncludeOptions merged = new IncludeOptions(second.association, false);
        merged.where = first.where == null ? second.where : second.where == null ? first.where
                : Op.and(first.where, second.where);
        merged.required = second.required != null ? second.required : first.required;
        merged.attributes = second.attributes != null ? second.attributes : first.attributes;
        merged.order.addAll(second.order.isEmpty() ? first.order : second.order);
        merged.limit = second.limit != null ? second.limit : first.limit;
        merged.offset = second.offset != null ? second.offset : first.offset;
        merged.paranoid = second.paranoid != null ? second.paranoid : first.paranoid;
        merged.throughAttributes = second.throughAttributes != null ? second.throughAttributes : first.throughAttributes;
        merged.throughWhere = second.throughWhere != null ? second.throughWhere : first.throughWhere;
        merged.separate = second.separate != null ? second.separate : first.separate;
        merged.right = first.right || second.right;
        merged.includes.addAll(first.includes);
        merged.includes.addAll(second.includes);
        return merged;
    }

    /** An include given as an alias, a handle, a target model or options. */
    public static IncludeOptions of(Object item) {
        Objects.requireNonNull(item, "include");
        if (item instanceof IncludeOptions) {
            return (IncludeOptions) item;
        }
        if (item instanceof String) {
            return include((String) item);
        }
        if (item instanceof Association) {
            return include((Association<?, ?>) item);
        }
        if (item instanceof ModelStatic) {
            return include((ModelStatic<?>) item);
        }
        throw new IllegalArgumentException("An include is an alias, an association, a model or IncludeOptions, not "
                + item.getClass().getName());
    }

    private void requireAll(boolean wanted, String option) {
        if (all != wanted) {
            throw new org.sequelize4j.errors.QueryError(wanted ? "include option " + option + " goes with all() only"
                    : "include(all()) takes no " + option + "; name the associations to filter or shape them");
        }
    }

    // ---- read access -----------------------------------------------------------------------------

    /** The association: an alias, a handle or a target model; null for {@link #all()}. */
    public Object association() {
        return association;
    }

    /** Whether this is {@link #all()}. */
    public boolean isAll() {
        return all;
    }

    /** Whether {@link #nested()}. */
    public boolean isNested() {
        return nested;
    }

    /** The condition on the targets, or null. */
    public Condition where() {
        return where;
    }

    /** Whether parents need a (matching) target: as given, else whether there is a where. */
    public boolean isRequired() {
        return required != null ? required : where != null;
    }

    /** The attributes to read, or null for all. */
    public List<Object> attributes() {
        return attributes;
    }

    /** The order of each parent's targets. */
    public List<OrderItem> order() {
        return List.copyOf(order);
    }

    /** The per-parent limit, or null. */
    public Integer limit() {
        return limit;
    }

    /** The per-parent offset, or null. */
    public Integer offset() {
        return offset;
    }

    /** Whether soft-deleted targets are left out (null: the default, true). */
    public Boolean paranoid() {
        return paranoid;
    }

    /** The join-row attributes to read, or null for all. */
    public List<String> throughAttributes() {
        return throughAttributes;
    }

    /** The condition on the join rows, or null. */
    public Condition throughWhere() {
        return throughWhere;
    }

    /** What {@link #separate(boolean)} was given, or null when it was left unset. */
    public Boolean separate() {
        return separate;
    }

    /** Whether {@link #right(boolean)} was asked. */
    public boolean isRight() {
        return right;
    }

    /** The nested includes. */
    public List<IncludeOptions> includes() {
        return List.copyOf(includes);
    }
}
