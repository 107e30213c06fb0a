package org.sequelize4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Options of {@code create}, {@code save}, instance {@code update} and {@code reload}-free writes:
 * {@code fields} (only these attributes are written), {@code silent} (leave updatedAt alone),
 * {@code validate} ({@code false} skips validators; type and null checks always run), {@code hooks}
 * and {@code transaction}.
 */
public final class SaveOptions extends TransactionalOptions<SaveOptions> {

    private List<String> fields;
    private boolean silent;
    private boolean validate = true;
    private boolean hooks = true;
    private List<String> include = List.of();

    /** Fresh options. */
    public static SaveOptions saveOptions() {
        return new SaveOptions();
    }

    /** Write only these attributes (others keep their unsaved changes). */
    public SaveOptions fields(String... attributes) {
        this.fields = new ArrayList<>();
        Collections.addAll(this.fields, attributes);
        return this;
    }

    /** Do not touch updatedAt. */
    public SaveOptions silent(boolean value) {
        this.silent = value;
        return this;
    }

    /** {@code false} to skip validators (values are still checked against their types). */
    public SaveOptions validate(boolean value) {
        this.validate = value;
        return this;
    }

    /** {@code false} to skip hooks. */
    public SaveOptions hooks(boolean value) {
        this.hooks = value;
        return this;
    }

    /**
     * For {@code create}: associations whose nested values are created too, by alias, with dots for
     * deeper levels ({@code include("posts", "posts.comments", "profile")}), all in one transaction.
     * The value under an alias is a {@code Map} of attributes (a list of maps for to-many associations).
     */
    public SaveOptions include(String... associationPaths) {
        this.include = List.of(associationPaths);
        return this;
    }

    /** A copy with the same settings (and transaction) but no include, for the nested rows' own saves. */
    public SaveOptions withoutInclude() {
        SaveOptions copy = new SaveOptions();
        copy.fields = fields == null ? null : new ArrayList<>(fields);
        copy.silent = silent;
        copy.validate = validate;
        copy.hooks = hooks;
        copyTransactionTo(copy);
        return copy;
    }


    /** The field list, or null for all. */
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

    /** Whether hooks run. */
    public boolean isHooks() {
        return hooks;
    }

    /** The association paths {@code create} writes nested values for; empty for none. */
    public List<String> include() {
        return include;
    }


}
