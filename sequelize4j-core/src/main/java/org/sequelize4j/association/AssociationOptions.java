package org.sequelize4j.association;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.Deferrable;
import org.sequelize4j.ReferentialAction;

/**
 * The options every association kind takes, under Sequelize's names: {@code as}, {@code foreignKey},
 * {@code onDelete}, {@code onUpdate}, {@code constraints}, {@code scope}, {@code hooks} and
 * {@code inverse}. A builder: each setter returns it.
 *
 * @param <S> the concrete options class
 */
public abstract class AssociationOptions<S extends AssociationOptions<S>> {

    private String as;
    private String singular;
    private String plural;
    private java.util.List<AttributeOptions> foreignKeys = java.util.List.of();
    private ReferentialAction onDelete;
    private ReferentialAction onUpdate;
    private Deferrable deferrable;
    private boolean constraints = true;
    private final Map<String, Object> scope = new LinkedHashMap<>();
    private boolean hooks;
    private String inverseAs;

    AssociationOptions() {
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /**
     * The alias: the name the association is known by (in {@code include}, on results and in
     * {@code association(…)}). Plural for to-many associations ({@code "posts"}), singular for to-one
     * ones ({@code "author"}); the other form comes from the inflector.
     */
    public S as(String alias) {
        this.as = Objects.requireNonNull(alias, "as");
        this.singular = null;
        this.plural = null;
        return self();
    }

    /** The alias with both forms given, for words the inflector does not know ({@code as: {singular, plural}}). */
    public S as(String singularForm, String pluralForm) {
        this.singular = Objects.requireNonNull(singularForm, "singular");
        this.plural = Objects.requireNonNull(pluralForm, "plural");
        this.as = null;
        return self();
    }

    /** The foreign-key attribute's name; its type comes from the key it refers to. */
    public S foreignKey(String attributeName) {
        return foreignKey(AttributeOptions.attribute(Objects.requireNonNull(attributeName, "foreignKey")));
    }

    /**
     * The foreign key as full attribute options: name, column name ({@code field}), {@code allowNull},
     * default, validations, comment, onDelete/onUpdate. The type may be left out
     * ({@link AttributeOptions#attribute(String)}) to take the referenced key's.
     */
    public S foreignKey(AttributeOptions attribute) {
        this.foreignKeys = java.util.List.of(Objects.requireNonNull(attribute, "foreignKey"));
        return self();
    }

    /**
     * A foreign key over several attributes, for a key of several attributes (a composite primary or
     * unique key): one name per key attribute, in the key's order. Sequelize cannot do this.
     */
    public S foreignKeys(String... attributeNames) {
        java.util.List<AttributeOptions> keys = new java.util.ArrayList<>();
        for (String name : attributeNames) {
            keys.add(AttributeOptions.attribute(Objects.requireNonNull(name, "foreignKeys")));
        }
        this.foreignKeys = java.util.List.copyOf(keys);
        return self();
    }

    /** {@link #foreignKeys(String...)} with full attribute options for each part. */
    public S foreignKeys(AttributeOptions... attributes) {
        this.foreignKeys = java.util.List.of(attributes);
        return self();
    }

    /** ON DELETE of the foreign key: RESTRICT, CASCADE, NO ACTION, SET DEFAULT or SET NULL. */
    public S onDelete(ReferentialAction action) {
        this.onDelete = Objects.requireNonNull(action, "onDelete");
        return self();
    }

    /** {@link #onDelete(ReferentialAction)} in Sequelize's spelling ({@code "SET NULL"}, {@code "cascade"}). */
    public S onDelete(String action) {
        return onDelete(ReferentialAction.parse(action));
    }

    /** ON UPDATE of the foreign key (CASCADE by default). */
    public S onUpdate(ReferentialAction action) {
        this.onUpdate = Objects.requireNonNull(action, "onUpdate");
        return self();
    }

    /** {@link #onUpdate(ReferentialAction)} in Sequelize's spelling. */
    public S onUpdate(String action) {
        return onUpdate(ReferentialAction.parse(action));
    }

    /** When PostgreSQL checks the foreign-key constraint; other dialects ignore it. */
    public S deferrable(Deferrable when) {
        this.deferrable = Objects.requireNonNull(when, "deferrable");
        return self();
    }

    /**
     * {@code false} keeps the foreign-key column but creates no database constraint (for polymorphic
     * keys that refer to several tables, or references across databases).
     */
    public S constraints(boolean enabled) {
        this.constraints = enabled;
        return self();
    }

    /**
     * An association scope: attribute values of the target that belong to this association. Reads
     * filter on them; {@code create} and {@code add} write them.
     */
    public S scope(Map<String, ?> values) {
        this.scope.clear();
        this.scope.putAll(values);
        return self();
    }

    /**
     * With {@code onDelete(CASCADE)}: destroying a source instance destroys its targets one by one
     * first, so that their destroy hooks run (the database's cascade would skip them).
     */
    public S hooks(boolean individually) {
        this.hooks = individually;
        return self();
    }

    /** Declares the association of the other direction under this alias as well. */
    public S inverse(String alias) {
        this.inverseAs = Objects.requireNonNull(alias, "inverse");
        return self();
    }

    // ---- read access -------------------------------------------------------------------------

    /** The alias, or null for the default (or when both forms were given). */
    public String as() {
        return as;
    }

    /** The singular form given with {@link #as(String, String)}, or null. */
    public String singular() {
        return singular;
    }

    /** The plural form given with {@link #as(String, String)}, or null. */
    public String plural() {
        return plural;
    }

    /** The (first) foreign-key declaration, or null for the default name. */
    public AttributeOptions foreignKey() {
        return foreignKeys.isEmpty() ? null : foreignKeys.get(0);
    }

    /** Every foreign-key declaration (one per key attribute); empty for the default names. */
    public java.util.List<AttributeOptions> foreignKeys() {
        return foreignKeys;
    }

    /** The ON DELETE action, or null for the default. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** The ON UPDATE action, or null for the default. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /** The deferrable mode, or null. */
    public Deferrable deferrable() {
        return deferrable;
    }

    /** Whether a constraint is created. */
    public boolean isConstraints() {
        return constraints;
    }

    /** The association scope. */
    public Map<String, Object> scope() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scope));
    }

    /** Whether cascading deletes run the targets' hooks. */
    public boolean isHooks() {
        return hooks;
    }

    /** The inverse association's alias, or null. */
    public String inverseAs() {
        return inverseAs;
    }
}
