package org.sequelize4j;

import java.util.Map;
import org.sequelize4j.query.Condition;

/**
 * Options of {@code destroy} (static and instance) and {@code restore}: {@code where} (required for the
 * static form), {@code force} (really delete rows of paranoid models), {@code limit},
 * {@code individualHooks}, {@code hooks} and {@code transaction}.
 */
public final class DestroyOptions extends TransactionalOptions<DestroyOptions> {

    private Condition where;
    private boolean force;
    private Integer limit;
    private boolean hooks = true;
    private boolean individualHooks;

    /** Options without a condition (for instance destroy). */
    public static DestroyOptions destroyOptions() {
        return new DestroyOptions();
    }

    /** Options with a where condition ({@code Op.and()} matches every row). */
    public static DestroyOptions where(Condition condition) {
        TransactionalOptions.requireWhere(condition, "DestroyOptions");
        DestroyOptions options = new DestroyOptions();
        options.where = condition;
        return options;
    }

    /** Options with a where condition in map form. */
    public static DestroyOptions where(Map<String, ?> conditions) {
        return where(Op.where(conditions));
    }

    /** Delete rows of a paranoid model for real instead of setting deletedAt. */
    public DestroyOptions force(boolean value) {
        this.force = value;
        return this;
    }

    /** Affect at most this many rows. */
    public DestroyOptions limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + count);
        }
        this.limit = count;
        return this;
    }

    /** {@code false} to skip hooks. */
    public DestroyOptions hooks(boolean value) {
        this.hooks = value;
        return this;
    }

    /** Load the matching rows and run per-instance hooks on each. */
    public DestroyOptions individualHooks(boolean value) {
        this.individualHooks = value;
        return this;
    }


    /** The condition, or null. */
    public Condition where() {
        return where;
    }

    /** Whether forced. */
    public boolean isForce() {
        return force;
    }

    /** The limit, or null. */
    public Integer limit() {
        return limit;
    }

    /** Whether hooks run. */
    public boolean isHooks() {
        return hooks;
    }

    /** Whether per-instance hooks run. */
    public boolean isIndividualHooks() {
        return individualHooks;
    }



    /** A copy of these options. */
    DestroyOptions copy() {
        DestroyOptions c = new DestroyOptions();
        c.where = where;
        c.force = force;
        c.limit = limit;
        c.hooks = hooks;
        c.individualHooks = individualHooks;
        copyTransactionTo(c);
        return c;
    }

    /** A copy with another condition (a scope's condition ANDed in). */
    DestroyOptions withWhere(Condition condition) {
        DestroyOptions copy = copy();
        copy.where = condition;
        return copy;
    }
}
