package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Options of {@code upsert}: {@code fields} to write on update, {@code conflictFields} (the unique
 * attributes that identify the row; the primary key, or the first unique key given in the values,
 * by default), {@code validate}, {@code hooks} and {@code transaction}.
 */
public final class UpsertOptions extends TransactionalOptions<UpsertOptions> {

    private List<String> fields;
    private List<String> conflictFields;
    private boolean validate = true;
    private boolean hooks = true;

    /** Fresh options. */
    public static UpsertOptions upsertOptions() {
        return new UpsertOptions();
    }

    /** The attributes overwritten when the row exists (all given values by default). */
    public UpsertOptions fields(String... attributes) {
        this.fields = new ArrayList<>();
        Collections.addAll(this.fields, attributes);
        return this;
    }

    /** The unique attributes whose values identify an existing row. */
    public UpsertOptions conflictFields(String... attributes) {
        this.conflictFields = new ArrayList<>();
        Collections.addAll(this.conflictFields, attributes);
        return this;
    }

    /** {@code false} to skip validators. */
    public UpsertOptions validate(boolean value) {
        this.validate = value;
        return this;
    }

    /** {@code false} to skip hooks. */
    public UpsertOptions hooks(boolean value) {
        this.hooks = value;
        return this;
    }


    /** The update fields, or null. */
    public List<String> fields() {
        return fields;
    }

    /** The conflict fields, or null. */
    public List<String> conflictFields() {
        return conflictFields;
    }

    /** Whether validators run. */
    public boolean isValidate() {
        return validate;
    }

    /** Whether hooks run. */
    public boolean isHooks() {
        return hooks;
    }


}
