package org.sequelize4j.association;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sequelize4j.TransactionalOptions;

/**
 * Options of the association methods that write links ({@code set}, {@code add}, {@code remove},
 * {@code create}): the transaction, the through model's values for new or updated join rows, and what
 * happens to targets that are unlinked.
 */
public final class LinkOptions extends TransactionalOptions<LinkOptions> {

    private final Map<String, Object> through = new LinkedHashMap<>();
    private boolean destroyPrevious;
    private boolean save = true;

    private LinkOptions() {
    }

    /** Fresh options: no through values, unlinked targets kept (when their key allows NULL), saved. */
    public static LinkOptions linkOptions() {
        return new LinkOptions();
    }

    /** Shorthand for {@code linkOptions().through(values)}. */
    public static LinkOptions through(Map<String, ?> values) {
        return linkOptions().withThrough(values);
    }

    /**
     * Values of the join rows that {@code add}, {@code set} and {@code create} write on a
     * belongsToMany (Sequelize's {@code {through: {role: "admin"}}}); rows that exist already are
     * updated with them.
     */
    public LinkOptions withThrough(Map<String, ?> values) {
        this.through.clear();
        this.through.putAll(values);
        return this;
    }

    /**
     * On hasOne/hasMany {@code set} and {@code remove}: destroy unlinked targets instead of setting
     * their foreign key to NULL. Targets whose foreign key does not allow NULL are always destroyed.
     */
    public LinkOptions destroyPrevious(boolean destroy) {
        this.destroyPrevious = destroy;
        return this;
    }

    /** On belongsTo {@code set}: {@code false} only assigns the foreign key, without saving the source. */
    public LinkOptions save(boolean saveSource) {
        this.save = saveSource;
        return this;
    }

    /** The through values. */
    public Map<String, Object> throughValues() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(through));
    }

    /** Whether unlinked targets are destroyed. */
    public boolean isDestroyPrevious() {
        return destroyPrevious;
    }

    /** Whether belongsTo {@code set} saves the source. */
    public boolean isSave() {
        return save;
    }
}
