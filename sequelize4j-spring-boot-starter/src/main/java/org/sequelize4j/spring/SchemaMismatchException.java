package org.sequelize4j.spring;

import java.util.List;

/**
 * {@code sequelize4j.sync=validate} found models whose tables do not match them; start-up fails with
 * every mismatch listed (missing tables, missing columns, NOT NULL columns that a model would leave
 * empty), so that all of them can be fixed in one go.
 */
public class SchemaMismatchException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final List<String> mismatches;

    /** An exception listing the mismatches, one sentence each. */
    public SchemaMismatchException(List<String> mismatches) {
        super("sequelize4j.sync=validate: the database does not match the models:\n  - "
                + String.join("\n  - ", mismatches)
                + "\nApply the missing migrations, or use sequelize4j.sync=create or alter in development.");
        this.mismatches = List.copyOf(mismatches);
    }

    /** The mismatches, one sentence each, naming the model, table and column. */
    public List<String> mismatches() {
        return mismatches;
    }
}
