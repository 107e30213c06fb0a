package org.sequelize4j;

import java.util.Objects;

/**
 * A foreign-key reference from an attribute to a column of another table (Sequelize's
 * {@code references: {model, key, deferrable}}).
 *
 * <p>The target is named by model name, by model class or by a {@link ModelStatic} handle; or, for
 * tables without a model, by table name with {@link #table(String)}.
 */
public final class References {

    private final Object model;
    private final String table;
    private final String key;
    private final Deferrable deferrable;

    private References(Object model, String table, String key, Deferrable deferrable) {
        this.model = model;
        this.table = table;
        this.key = key;
        this.deferrable = deferrable;
    }

    /** References the primary key of the model with this name. */
    public static References model(String modelName) {
        return new References(Objects.requireNonNull(modelName, "modelName"), null, null, null);
    }

    /** References the primary key of the model defined by this class. */
    public static References model(Class<? extends Model> modelClass) {
        return new References(Objects.requireNonNull(modelClass, "modelClass"), null, null, null);
    }

    /** References the primary key of this model. */
    public static References model(ModelStatic<?> model) {
        return new References(Objects.requireNonNull(model, "model"), null, null, null);
    }

    /** References a table by name (no model needed); give the column with {@link #key(String)}. */
    public static References table(String tableName) {
        return new References(null, Objects.requireNonNull(tableName, "tableName"), null, null);
    }

    /** The referenced attribute of the target model (or column of the target table); the primary key by default. */
    public References key(String attributeOrColumn) {
        return new References(model, table, Objects.requireNonNull(attributeOrColumn, "key"), deferrable);
    }

    /** When PostgreSQL checks the constraint; ignored by dialects without deferrable constraints. */
    public References deferrable(Deferrable when) {
        return new References(model, table, key, when);
    }

    /** The target model: a {@code String} name, a model {@code Class} or a {@link ModelStatic}; null for a table. */
    public Object targetModel() {
        return model;
    }

    /** The target table name when referenced by table. */
    public String targetTable() {
        return table;
    }

    /** The referenced attribute or column, or null for the primary key. */
    public String key() {
        return key;
    }

    /** The deferrable mode, or null. */
    public Deferrable deferrable() {
        return deferrable;
    }
}
