package org.sequelize4j.errors;

import java.util.Map;

/**
 * A save or destroy of a versioned instance found that the row had changed since the instance was read
 * (its version no longer matched). Nothing was written; reload the instance and retry.
 */
public class OptimisticLockError extends SequelizeException {

    private static final long serialVersionUID = 1L;

    private final String model;
    private final transient Map<String, Object> where;

    /** An optimistic-lock failure on {@code model}, for the row matched by {@code where}. */
    public OptimisticLockError(String model, Map<String, Object> where) {
        super("Attempting to update a stale model instance: " + model + " " + where);
        this.model = model;
        this.where = where == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(where));
    }

    /** The model name. */
    public String model() {
        return model;
    }

    /** The primary key and expected version that matched no row. */
    public Map<String, Object> where() {
        return where;
    }
}
