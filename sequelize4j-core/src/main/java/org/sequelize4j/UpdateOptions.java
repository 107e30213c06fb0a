package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.sequelize4j.query.Condition;

/**
 * Options of the static {@code update(values, options)}: the required {@code where}, {@code fields},
 * {@code silent}, {@code validate}, {@code limit}, {@code paranoid}, {@code returning} (the updated rows
 * in the result, on every dialect), {@code individualHooks}, {@code hooks} and {@code transaction}.
 */
public final class UpdateOptions extends TransactionalOptions<UpdateOptions> {

    private Condition where;
    private List<String> fields;
    private boolean silent;
    private boolean validate = true;
    private Integer limit;
    private boolean paranoid = true;
    private boolean returning;
    private boolean hooks = true;
    private boolean individualHooks;

    /** Options with a where condition (required; {@code Op.and()} matches every row). */
    public static UpdateOptions where(Condition condition) {
        TransactionalOptions.requireWhere(condition, "UpdateOptions");
        UpdateOptions options = new UpdateOptions();
        options.where = condition;
        return options;
    }

    /** Options with a where condition in map form. */
    public static UpdateOptions where(Map<String, ?> conditions) {
        return where(Op.where(conditions));
    }

    /** Write only these of the given values. */
    public UpdateOptions fields(String... attributes) {
        this.fields = new ArrayList<>();
        Collections.addAll(this.fields, attributes);
        return this;
    }

    /** Do not touch updatedAt. */
    public UpdateOptions silent(boolean value) {
        this.silent = value;
        return this;
    }

    /** {@code false} to skip validators. */
    public UpdateOptions validate(boolean value) {
        this.validate = value;
        return this;
    }

    /** Update at most this many rows. */
    public UpdateOptions limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative, got " + count);
        }
        this.limit = count;
        return this;
    }

    /** {@code false} to update soft-deleted rows too. */
    public UpdateOptions paranoid(boolean value) {
        this.paranoid = value;
        return this;
    }

    /**
     * Return the updated rows in the result: with {@code UPDATE … RETURNING} where the database has it,
     * else (MySQL, MariaDB) read again by primary key in the same transaction.
     */
    public UpdateOptions returning(boolean value) {
        this.returning = value;
        return this;
    }

    /** {@code false} to skip hooks. */
    public UpdateOptions hooks(boolean value) {
        this.hooks = value;
        return this;
    }

    /** Load the matching rows and run per-instance update hooks on each. */
    public UpdateOptions individualHooks(boolean value) {
        this.individualHooks = value;
        return this;
    }


    /** The condition. */
    public Condition where() {
        return where;
    }

    /** The fields, or null. */
    public List<String> fields() {
        return fields;
    }

    /** Whether silent. */
    public boolean isSilent() {
        return silent;
    }

    /** Whether validators run. */
    public boolean isValidate() {
        return validate;
    }

    /** The limit, or null. */
    public Integer limit() {
        return limit;
    }

    /** Whether soft-deleted rows are left alone. */
    public boolean isParanoid() {
        return paranoid;
    }

    /** Whether updated rows are returned. */
    public boolean isReturning() {
        return returning;
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
    UpdateOptions copy() {
        UpdateOptions c = new UpdateOptions();
        c.where = where;
        c.fields = fields == null ? null : new ArrayList<>(fields);
        c.silent = silent;
        c.validate = validate;
        c.limit = limit;
        c.paranoid = paranoid;
        c.returning = returning;
        c.hooks = hooks;
        c.individualHooks = individualHooks;
        copyTransactionTo(c);
        return c;
    }

    /** A copy with another condition (a scope's condition ANDed in). */
    UpdateOptions withWhere(Condition condition) {
        UpdateOptions copy = copy();
        copy.where = condition;
        return copy;
    }
}
