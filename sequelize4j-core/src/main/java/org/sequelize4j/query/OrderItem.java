package org.sequelize4j.query;

import java.util.Objects;

/**
 * One entry of an {@code order} clause: an attribute (by name) or an expression, its direction, and
 * where NULLs sort. Created with {@code FindOptions.asc(...)} / {@code FindOptions.desc(...)}.
 */
public record OrderItem(Object target, boolean descending, Nulls nulls) {

    /** Where NULL values sort. */
    public enum Nulls {
        /** The database's default. */
        DEFAULT,
        /** NULLs before every value. */
        FIRST,
        /** NULLs after every value. */
        LAST
    }

    public OrderItem {
        Objects.requireNonNull(target, "order target");
        if (!(target instanceof String) && !(target instanceof Expression)) {
            throw new IllegalArgumentException("An order entry must be an attribute name or an Expression, got "
                    + target.getClass().getName());
        }
        Objects.requireNonNull(nulls, "nulls");
    }

    /** This entry with NULLs sorted first. */
    public OrderItem nullsFirst() {
        return new OrderItem(target, descending, Nulls.FIRST);
    }

    /** This entry with NULLs sorted last. */
    public OrderItem nullsLast() {
        return new OrderItem(target, descending, Nulls.LAST);
    }
}
