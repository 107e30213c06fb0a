package org.sequelize4j;

import java.util.Map;
import org.sequelize4j.query.Condition;

/**
 * Options of {@code increment}/{@code decrement}: the {@code where} of the static form, {@code silent}
 * (leave updatedAt alone) and {@code transaction}. The change is one atomic {@code x = x + n} statement.
 */
public final class IncrementOptions extends TransactionalOptions<IncrementOptions> {

    private Condition where;
    private boolean silent;

    /** Options for an instance's increment. */
    public static IncrementOptions incrementOptions() {
        return new IncrementOptions();
    }

    /** Options for the static increment of matching rows. */
    public static IncrementOptions where(Condition condition) {
        TransactionalOptions.requireWhere(condition, "IncrementOptions");
        IncrementOptions options = new IncrementOptions();
        options.where = condition;
        return options;
    }

    /** Options for the static increment, with the map form of where. */
    public static IncrementOptions where(Map<String, ?> conditions) {
        return where(Op.where(conditions));
    }

    /** Do not touch updatedAt. */
    public IncrementOptions silent(boolean value) {
        this.silent = value;
        return this;
    }

    /** The condition, or null. */
    public Condition where() {
        return where;
    }

    /** Whether silent. */
    public boolean isSilent() {
        return silent;
    }

    /** A copy with another condition (a scope's condition ANDed in). */
    IncrementOptions withWhere(Condition condition) {
        IncrementOptions copy = where(condition).silent(silent);
        copyTransactionTo(copy);
        return copy;
    }
}
