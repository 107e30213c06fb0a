package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Options of {@code bulkCreate}: {@code fields}, {@code validate} (off by default, as in Sequelize;
 * type and null checks always run), {@code ignoreDuplicates}, {@code updateOnDuplicate},
 * {@code conflictAttributes}, {@code returning}, {@code individualHooks}, {@code hooks},
 * {@code batchSize} and {@code transaction}.
 *
 * <p>Rows are inserted with multi-row INSERT statements of up to 1,000 rows (or {@code batchSize}, and
 * never more than the dialect's parameter limit allows). Without a transaction the statements run in
 * one transaction of their own, so either every row is inserted or none is.
 */
public final class BulkCreateOptions extends TransactionalOptions<BulkCreateOptions> {

    private List<String> fields;
    private boolean validate;
    private boolean ignoreDuplicates;
    private List<String> updateOnDuplicate;
    private List<String> conflictAttributes;
    private boolean returning;
    private boolean hooks = true;
    private boolean individualHooks;
    private Integer batchSize;

    /** Fresh options. */
    public static BulkCreateOptions bulkCreateOptions() {
        return new BulkCreateOptions();
    }

    /** Insert only these attributes. */
    public BulkCreateOptions fields(String... attributes) {
        this.fields = new ArrayList<>();
        Collections.addAll(this.fields, attributes);
        return this;
    }

    /**
     * Run validators on every row before inserting any. Failing rows make the call throw an
     * {@link org.sequelize4j.errors.AggregateError} with one entry per failing row (its index, the
     * record and its own {@link org.sequelize4j.errors.ValidationError}); nothing is inserted.
     */
    public BulkCreateOptions validate(boolean value) {
        this.validate = value;
        return this;
    }

    /** Skip rows that would violate a unique key. */
    public BulkCreateOptions ignoreDuplicates(boolean value) {
        this.ignoreDuplicates = value;
        return this;
    }

    /** On a unique-key conflict, overwrite these attributes of the existing row. */
    public BulkCreateOptions updateOnDuplicate(String... attributes) {
        this.updateOnDuplicate = new ArrayList<>();
        Collections.addAll(this.updateOnDuplicate, attributes);
        return this;
    }

    /**
     * The unique attributes whose conflict triggers ignore/update on PostgreSQL and SQLite. Without
     * it, {@code updateOnDuplicate} targets the primary key when the rows write it, else the first
     * declared unique key (attribute {@code unique} keys, then unique indexes without a WHERE) whose
     * attributes the rows all write, else the primary key; {@code ignoreDuplicates} has no target and
     * skips a row any unique key rejects, as in Sequelize.
     */
    public BulkCreateOptions conflictAttributes(String... attributes) {
        this.conflictAttributes = new ArrayList<>();
        Collections.addAll(this.conflictAttributes, attributes);
        return this;
    }

    /** Read every column of the inserted rows back (by default only keys and database-generated values). */
    public BulkCreateOptions returning(boolean value) {
        this.returning = value;
        return this;
    }

    /** {@code false} to skip hooks. */
    public BulkCreateOptions hooks(boolean value) {
        this.hooks = value;
        return this;
    }

    /** Also run per-instance create hooks for each row. */
    public BulkCreateOptions individualHooks(boolean value) {
        this.individualHooks = value;
        return this;
    }

    /** At most this many rows per INSERT statement. */
    public BulkCreateOptions batchSize(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + rows);
        }
        this.batchSize = rows;
        return this;
    }


    /** The fields, or null. */
    public List<String> fields() {
        return fields;
    }

    /** Whether validators run. */
    public boolean isValidate() {
        return validate;
    }

    /** Whether duplicates are skipped. */
    public boolean isIgnoreDuplicates() {
        return ignoreDuplicates;
    }

    /** Attributes updated on conflict, or null. */
    public List<String> updateOnDuplicate() {
        return updateOnDuplicate;
    }

    /** Conflict attributes, or null. */
    public List<String> conflictAttributes() {
        return conflictAttributes;
    }

    /** Whether all columns are returned. */
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

    /** The batch size, or null. */
    public Integer batchSize() {
        return batchSize;
    }


}
