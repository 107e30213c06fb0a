package org.sequelize4j.association;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sequelize4j.ModelStatic;

/**
 * Options of a polymorphic belongsTo ({@code Comments.belongsToAny(…)}): the source holds a type
 * column and an id column, and the type says which model the id refers to (seed 002, form C).
 *
 * <pre>{@code
 * PolymorphicAssociation<Model> target = Comments.belongsToAny(polymorphic().as("target")
 *     .typeAttribute("targetModel").idAttribute("targetId")
 *     .type("article", Articles).type("video", Videos)
 *     .inverse("comments"));
 * }</pre>
 */
public final class PolymorphicOptions {

    private String as;
    private String typeAttribute;
    private String idAttribute;
    private final Map<String, ModelStatic<?>> types = new LinkedHashMap<>();
    private String inverseAs;

    private PolymorphicOptions() {
    }

    /** Fresh options. */
    public static PolymorphicOptions polymorphic() {
        return new PolymorphicOptions();
    }

    /** The alias of the association (required). */
    public PolymorphicOptions as(String alias) {
        this.as = Objects.requireNonNull(alias, "as");
        return this;
    }

    /** The source attribute holding the type name (required). */
    public PolymorphicOptions typeAttribute(String attribute) {
        this.typeAttribute = Objects.requireNonNull(attribute, "typeAttribute");
        return this;
    }

    /** The source attribute holding the target's primary-key value (required). */
    public PolymorphicOptions idAttribute(String attribute) {
        this.idAttribute = Objects.requireNonNull(attribute, "idAttribute");
        return this;
    }

    /** A type name stored in the type column and the model it stands for. */
    public PolymorphicOptions type(String typeName, ModelStatic<?> model) {
        this.types.put(Objects.requireNonNull(typeName, "typeName"), Objects.requireNonNull(model, "model"));
        return this;
    }

    /**
     * Declares on every target model a hasMany of the sources under this alias, scoped to its type
     * name and without a database constraint ({@code article.getComments()} sees only article comments).
     */
    public PolymorphicOptions inverse(String alias) {
        this.inverseAs = Objects.requireNonNull(alias, "inverse");
        return this;
    }

    /** The alias. */
    public String as() {
        return as;
    }

    /** The type attribute. */
    public String typeAttribute() {
        return typeAttribute;
    }

    /** The id attribute. */
    public String idAttribute() {
        return idAttribute;
    }

    /** The type names and their models, in order. */
    public Map<String, ModelStatic<?>> types() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** The inverse alias, or null. */
    public String inverseAs() {
        return inverseAs;
    }
}
