package org.sequelize4j.association;

import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.References;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ForeignKeyDefinition;
import org.sequelize4j.errors.DefinitionError;

/**
 * Puts an association's foreign key on the model that holds it: one attribute per referenced key
 * attribute, typed like it, completing an attribute the user (or the other side of the association)
 * declared already, with Sequelize's ON DELETE/ON UPDATE defaults. A key of one attribute gets its
 * constraint on that attribute; a key of several gets one composite constraint on the model.
 */
final class ForeignKeys {

    private final ModelExtender models;

    ForeignKeys(ModelExtender models) {
        this.models = models;
    }

    /**
     * The foreign key's settings apart from its columns.
     *
     * @param constraints whether a database constraint is made
     * @param onDelete the association's ON DELETE, or null for the default
     * @param onUpdate the association's ON UPDATE, or null for CASCADE
     * @param defaultOnDelete ON DELETE when neither the association nor the attribute says (null: by nullability)
     * @param notNull whether the attributes are NOT NULL unless declared otherwise (join-row keys)
     * @param primaryKey whether the attributes form the holder's primary key
     * @param uniqueName the unique key the attributes form, or null
     */
    record Rules(boolean constraints, ReferentialAction onDelete, ReferentialAction onUpdate,
                 org.sequelize4j.Deferrable deferrable, ReferentialAction defaultOnDelete, boolean notNull,
                 boolean primaryKey, String uniqueName) {

        static Rules of(AssociationOptions<?> options) {
            return new Rules(options.isConstraints(), options.onDelete(), options.onUpdate(), options.deferrable(), null,
                    false, false, null);
        }
    }

    /**
     * Puts the foreign key {@code names} on {@code holder}, referring to {@code keys} of {@code referenced};
     * returns whether it allows NULL.
     *
     * @param declared what the association's option said for each attribute (may be shorter, or empty)
     */
    boolean put(ModelStatic<?> holder, List<String> names, List<AttributeOptions> declared, Rules rules,
                ModelStatic<?> referenced, List<String> keys, String label) {
        boolean single = names.size() == 1;
        boolean nullable = true;
        List<AttributeOptions> attributes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            AttributeOptions attribute = completed(holder, names.get(i), i < declared.size() ? declared.get(i) : null,
                    referenced, keys.get(i), label);
            if (rules.notNull() && attribute.allowNullOrNull() == null) {
                attribute.allowNull(false);
            }
            if (rules.primaryKey()) {
                attribute.primaryKey(true);
            } else if (rules.uniqueName() != null && !attribute.isUnique()) {
                attribute.unique(rules.uniqueName());
            }
            nullable &= !Boolean.FALSE.equals(attribute.allowNullOrNull()) && !attribute.isPrimaryKey();
            attributes.add(attribute);
        }
        ReferentialAction fallback = rules.defaultOnDelete() != null ? rules.defaultOnDelete()
                : nullable ? ReferentialAction.SET_NULL : ReferentialAction.CASCADE;
        if (!nullable && rules.onDelete() == ReferentialAction.SET_NULL) {
            throw new DefinitionError(holder.name(), names.get(0), "association " + label + " asks for ON DELETE SET NULL,"
                    + " but its foreign key " + names + " does not allow NULL");
        }
        if (single) {
            AttributeOptions attribute = attributes.get(0);
            if (rules.constraints() && attribute.references() == null) {
                References references = References.model(referenced).key(keys.get(0));
                attribute.references(rules.deferrable() != null ? references.deferrable(rules.deferrable()) : references);
            }
            if (attribute.references() != null) {
                // SET NULL kept from the other side's default cannot apply once the key is NOT NULL.
                boolean stale = !nullable && attribute.onDelete() == ReferentialAction.SET_NULL;
                attribute.onDelete(rules.onDelete() != null ? rules.onDelete()
                        : attribute.onDelete() != null && !stale ? attribute.onDelete() : fallback);
                attribute.onUpdate(rules.onUpdate() != null ? rules.onUpdate()
                        : attribute.onUpdate() != null ? attribute.onUpdate() : ReferentialAction.CASCADE);
            }
            models.putAttribute(holder, attribute, label);
            return nullable;
        }
        for (AttributeOptions attribute : attributes) {
            models.putAttribute(holder, attribute, label);
        }
        if (rules.constraints()) {
            models.putForeignKey(holder, new ForeignKeyDefinition(names, referenced.name(), keys,
                    rules.onDelete() != null ? rules.onDelete() : fallback,
                    rules.onUpdate() != null ? rules.onUpdate() : ReferentialAction.CASCADE, rules.deferrable()), label);
        }
        return nullable;
    }

    /**
     * One foreign-key attribute: the attribute already declared on the holder under that name,
     * completed by what the association's option says, with the referenced key's type when none was
     * declared.
     */
    private AttributeOptions completed(ModelStatic<?> holder, String name, AttributeOptions fromOption,
                                       ModelStatic<?> referenced, String key, String label) {
        AttributeDefinition keyAttribute = referenced.definition().attribute(key);
        AttributeOptions declared = null;
        for (AttributeOptions a : models.declaredAttributes(holder)) {
            if (a.name().equals(name)) {
                declared = a;
            }
        }
        if (declared != null && declared.references() != null && !refersTo(declared.references(), referenced)) {
            throw new DefinitionError(holder.name(), name, "association " + label + " needs '" + name + "' to refer to"
                    + " model '" + referenced.name() + "', but it already refers to " + describe(declared.references())
                    + " (one column can reference one table; give this association another foreignKey, or use"
                    + " constraints(false) for a polymorphic key)");
        }
        AttributeOptions base = declared != null ? declared : fromOption != null ? fromOption : AttributeOptions.attribute(name);
        if (base.type() == null && base.typeError() != null) {
            throw new DefinitionError(holder.name(), name, "foreign key of association " + label
                    + " has an unknown data type: " + base.typeError());
        }
        DataType type = base.type() != null ? base.type() : fromOption != null && fromOption.type() != null
                ? fromOption.type() : keyAttribute.type();
        checkHolds(holder, name, type, referenced, keyAttribute, label);
        AttributeOptions attribute = base.copyAs(name, type);
        if (declared != null && fromOption != null && fromOption != declared) {
            if (fromOption.allowNullOrNull() != null) {
                attribute.allowNull(fromOption.allowNullOrNull());
            }
            if (fromOption.field() != null) {
                attribute.field(fromOption.field());
            }
            if (fromOption.onDelete() != null) {
                attribute.onDelete(fromOption.onDelete());
            }
            if (fromOption.onUpdate() != null) {
                attribute.onUpdate(fromOption.onUpdate());
            }
        }
        return attribute;
    }

    private static boolean refersTo(References references, ModelStatic<?> model) {
        Object target = references.targetModel();
        if (target instanceof ModelStatic) {
            return ((ModelStatic<?>) target).name().equals(model.name());
        }
        if (target instanceof Class) {
            return target == model.modelClass();
        }
        return target == null ? references.targetTable().equals(model.tableName()) : target.equals(model.name());
    }

    private static String describe(References references) {
        Object target = references.targetModel();
        if (target instanceof ModelStatic) {
            return "model '" + ((ModelStatic<?>) target).name() + "'";
        }
        if (target instanceof Class) {
            return "model class " + ((Class<?>) target).getSimpleName();
        }
        return target == null ? "table '" + references.targetTable() + "'" : "model '" + target + "'";
    }

    /** Refuses a foreign-key type that cannot hold every value of the key it refers to. */
    private static void checkHolds(ModelStatic<?> holder, String name, DataType type, ModelStatic<?> referenced,
                                   AttributeDefinition key, String label) {
        DataType.Kind fk = type.kind();
        DataType.Kind k = key.type().kind();
        boolean holds;
        if (k.isInteger()) {
            holds = fk.isInteger() && fk.integerBits() >= k.integerBits();
        } else if (isText(k)) {
            holds = isText(fk) && (type.length() == null || key.type().length() != null && type.length() >= key.type().length());
        } else {
            holds = fk == k;
        }
        if (!holds) {
            throw new DefinitionError(holder.name(), name, "foreign key of association " + label + " is " + type
                    + ", which cannot hold every value of " + referenced.name() + "." + key.name() + " (" + key.type() + ")");
        }
    }

    private static boolean isText(DataType.Kind kind) {
        return kind == DataType.Kind.STRING || kind == DataType.Kind.CHAR || kind == DataType.Kind.TEXT
                || kind == DataType.Kind.CITEXT;
    }
}
