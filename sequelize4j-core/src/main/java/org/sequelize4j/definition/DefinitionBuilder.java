package org.sequelize4j.definition;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ValueGenerator;
import org.sequelize4j.definition.naming.Inflector;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.query.Expression;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.TypeMismatch;

/**
 * Resolves a {@link ModelSource} into a {@link ModelDefinition}: applies naming conventions
 * (pluralised table names, {@code underscored}), adds the automatic {@code id}, timestamps and
 * version attributes, settles unique keys and index names, binds attributes to class fields, and
 * rejects definitions that cannot work with a {@link DefinitionError} naming the model and attribute.
 */
public final class DefinitionBuilder {

    /** PostgreSQL truncates longer identifiers silently; MySQL refuses them. */
    static final int MAX_IDENTIFIER_BYTES = 63;

    private final ModelSource source;
    private final TypeCoercion coercion;
    private final String model;

    private DefinitionBuilder(ModelSource source, TypeCoercion coercion) {
        this.source = source;
        this.coercion = coercion;
        this.model = source.modelName();
    }

    /**
     * Builds the definition.
     *
     * @param coercion the dialect's type checks, used to validate constant defaults now rather than at insert
     * @throws DefinitionError if the definition cannot work
     */
    public static ModelDefinition build(ModelSource source, TypeCoercion coercion) {
        return new DefinitionBuilder(source, coercion).build();
    }

    private DefinitionError error(String attribute, String problem) {
        return new DefinitionError(model, attribute, problem);
    }

    private ModelDefinition build() {
        checkName(null, model, "model name");
        ModelOptions options = source.options();
        boolean underscored = options.isUnderscored();

        Map<String, AttributeDefinition.Builder> builders = new LinkedHashMap<>();
        for (AttributeOptions declared : source.attributes()) {
            if (builders.containsKey(declared.name())) {
                throw error(declared.name(), "is declared twice");
            }
            builders.put(declared.name(), fromOptions(declared, underscored));
        }

        addPrimaryKeyIfMissing(builders, options);
        checkKeys(builders);
        addTimestamps(builders, options, underscored);
        addVersion(builders, options, underscored);

        String tableName = tableName(options);
        checkName(null, tableName, "table name");

        ClassAccessors classAccessors = ClassAccessors.read(source.modelClass());
        for (AttributeDefinition.Builder b : builders.values()) {
            if (b.getter == null) {
                b.getter = classAccessors.getters().get(b.name);
            }
            if (b.setter == null) {
                b.setter = classAccessors.setters().get(b.name);
            }
        }
        ModelAccessors accessors = accessors(options, classAccessors, builders.keySet());
        Map<String, org.sequelize4j.validation.ModelValidation<Model>> modelValidators =
                new LinkedHashMap<>(options.validators());
        modelValidators.putAll(classAccessors.modelValidators());

        List<AttributeDefinition> attributes = new ArrayList<>();
        int index = 0;
        for (AttributeDefinition.Builder b : builders.values()) {
            b.index = index++;
            bindStorage(b);
            attributes.add(b.build());
        }
        checkColumnsUnique(attributes);

        List<UniqueKey> uniqueKeys = uniqueKeys(attributes, tableName);
        List<IndexDefinition> indexes = indexes(options, attributes, tableName);
        List<CheckDefinition> checks = CheckConstraints.resolve(model, options.checks(), attributes,
                uniqueKeys.stream().map(UniqueKey::name).collect(java.util.stream.Collectors.toSet()));
        String singular = options.singularName() != null ? options.singularName() : Inflector.singularize(model);
        String plural = options.pluralName() != null ? options.pluralName() : Inflector.pluralize(model);
        String schema = options.schema() == null || options.schema().isEmpty() ? null : options.schema();
        return new ModelDefinition(model, singular, plural, tableName, schema, options, attributes, uniqueKeys, indexes,
                checks, source.modelClass(), instanceFactory(source.modelClass()), accessors, modelValidators,
                foreignKeys(attributes));
    }

    private List<ForeignKeyDefinition> foreignKeys(List<AttributeDefinition> attributes) {
        for (ForeignKeyDefinition fk : source.foreignKeys()) {
            for (String name : fk.attributes()) {
                if (attributes.stream().noneMatch(a -> a.name().equals(name) && !a.isVirtual())) {
                    throw error(name, "is part of the foreign key " + fk.attributes() + " to model '" + fk.targetModel()
                            + "' but is not an attribute with a column");
                }
            }
        }
        return source.foreignKeys();
    }

    // ---- attributes ----------------------------------------------------------------------------

    private AttributeDefinition.Builder fromOptions(AttributeOptions declared, boolean underscored) {
        String name = declared.name();
        checkName(name, name, "attribute name");
        DataType type = declared.type();
        if (type == null) {
            throw error(name, declared.typeError() != null ? "has an unknown data type: " + declared.typeError()
                    : "has no data type");
        }
        AttributeDefinition.Builder b = new AttributeDefinition.Builder(name, type);
        if (type.isVirtual()) {
            if (declared.isPrimaryKey() || declared.isUnique() || declared.isAutoIncrement() || declared.field() != null
                    || declared.references() != null) {
                throw error(name, "is VIRTUAL (it has no column) and cannot be a key, unique, auto-incremented,"
                        + " a foreign key or have a column name");
            }
            b.field = null;
        } else {
            b.field = declared.field() != null ? declared.field() : underscored ? Inflector.underscore(name) : name;
            checkName(name, b.field, "column name");
        }
        b.primaryKey = declared.isPrimaryKey();
        b.autoIncrement = declared.isAutoIncrement();
        b.autoIncrementIdentity = declared.isAutoIncrementIdentity();
        if (b.autoIncrement && !type.kind().isInteger()) {
            throw error(name, "is autoIncrement but of type " + type + "; only integer types can be generated");
        }
        Boolean allowNull = declared.allowNullOrNull();
        b.allowNull = allowNull != null ? allowNull : !b.primaryKey;
        if (b.primaryKey && Boolean.TRUE.equals(allowNull)) {
            throw error(name, "is part of the primary key, which cannot allow NULL");
        }
        b.unique = declared.isUnique();
        b.uniqueKeyName = declared.uniqueName();
        b.comment = declared.comment();
        b.references = declared.references();
        b.onDelete = declared.onDelete();
        b.onUpdate = declared.onUpdate();
        if ((b.onDelete != null || b.onUpdate != null) && b.references == null) {
            throw error(name, "has onDelete/onUpdate but no references");
        }
        if (declared.hasDefaultValue()) {
            setDefault(b, declared.defaultValue());
        }
        b.validators.addAll(declared.validators());
        if (declared.getter() != null) {
            org.sequelize4j.AttributeGetter<Model> getter = declared.getter();
            b.getter = getter::get;
        }
        if (declared.setter() != null) {
            org.sequelize4j.AttributeSetter<Model> setter = declared.setter();
            b.setter = setter::set;
        }
        return b;
    }

    private ModelAccessors accessors(ModelOptions options, ClassAccessors classAccessors,
                                     java.util.Set<String> attributeNames) {
        Map<String, ModelAccessors.Getter> getters = new LinkedHashMap<>();
        Map<String, ModelAccessors.Setter> setters = new LinkedHashMap<>();
        classAccessors.getters().forEach((name, getter) -> {
            if (!attributeNames.contains(name)) {
                getters.put(name, getter);
            }
        });
        classAccessors.setters().forEach((name, setter) -> {
            if (!attributeNames.contains(name)) {
                setters.put(name, setter);
            }
        });
        List<String> listed = new ArrayList<>();
        options.getterMethods().forEach((name, getter) -> {
            if (attributeNames.contains(name)) {
                throw error(name, "is an attribute; give its getter with attribute(...).get(...) instead of getterMethod");
            }
            getters.put(name, getter::get);
            listed.add(name);
        });
        options.setterMethods().forEach((name, setter) -> {
            if (attributeNames.contains(name)) {
                throw error(name, "is an attribute; give its setter with attribute(...).set(...) instead of setterMethod");
            }
            setters.put(name, setter::set);
        });
        return new ModelAccessors(getters, setters, listed);
    }

    private void setDefault(AttributeDefinition.Builder b, Object value) {
        if (value == null) {
            b.defaultKind = AttributeDefinition.DefaultKind.CONSTANT;
            b.defaultValue = null;
        } else if (value instanceof ValueGenerator) {
            ValueGenerator generator = (ValueGenerator) value;
            DataType.Kind kind = b.type.kind();
            boolean fits = generator == ValueGenerator.NOW
                    ? kind == DataType.Kind.DATE || kind == DataType.Kind.DATEONLY || kind == DataType.Kind.TIME
                    : kind == DataType.Kind.UUID || kind == DataType.Kind.STRING || kind == DataType.Kind.CHAR
                    || kind == DataType.Kind.TEXT;
            if (!fits) {
                throw error(b.name, "has default " + generator + ", which does not produce a " + b.type);
            }
            b.defaultKind = AttributeDefinition.DefaultKind.GENERATED;
            b.defaultValue = generator;
        } else if (value instanceof Supplier) {
            b.defaultKind = AttributeDefinition.DefaultKind.GENERATED;
            b.defaultValue = value;
        } else if (value instanceof Expression.Literal || value instanceof Expression.Fn) {
            b.defaultKind = AttributeDefinition.DefaultKind.DATABASE;
            b.defaultValue = value;
        } else if (value instanceof Expression) {
            throw error(b.name, "has a default expression of an unsupported kind; use Sql.literal or Sql.fn");
        } else {
            b.defaultKind = AttributeDefinition.DefaultKind.CONSTANT;
            try {
                b.defaultValue = b.type.isVirtual() ? value : coercion.coerce(b.type, value);
            } catch (TypeMismatch e) {
                throw error(b.name, "has default value " + value + " that does not fit " + b.type + ": " + e.getMessage());
            }
        }
    }

    private void addPrimaryKeyIfMissing(Map<String, AttributeDefinition.Builder> builders, ModelOptions options) {
        boolean hasKey = builders.values().stream().anyMatch(b -> b.primaryKey);
        if (hasKey || options.isNoPrimaryKey()) {
            return;
        }
        if (builders.containsKey("id")) {
            throw error("id", "an attribute called 'id' exists but is not marked primaryKey; mark it, declare"
                    + " another primary key, or set noPrimaryKey");
        }
        AttributeDefinition.Builder id = new AttributeDefinition.Builder("id", DataTypes.INTEGER);
        id.field = "id";
        id.primaryKey = true;
        id.autoIncrement = true;
        id.allowNull = false;
        Map<String, AttributeDefinition.Builder> reordered = new LinkedHashMap<>();
        reordered.put("id", id);
        reordered.putAll(builders);
        builders.clear();
        builders.putAll(reordered);
    }

    private void checkKeys(Map<String, AttributeDefinition.Builder> builders) {
        List<AttributeDefinition.Builder> keys = new ArrayList<>();
        List<AttributeDefinition.Builder> generated = new ArrayList<>();
        for (AttributeDefinition.Builder b : builders.values()) {
            if (b.primaryKey) {
                keys.add(b);
            }
            if (b.autoIncrement) {
                generated.add(b);
            }
        }
        if (generated.size() > 1) {
            throw error(generated.get(1).name, "is autoIncrement, but so is '" + generated.get(0).name
                    + "'; a table has at most one generated column");
        }
        if (keys.size() > 1) {
            for (AttributeDefinition.Builder key : keys) {
                if (key.autoIncrement) {
                    throw error(key.name, "is an autoIncrement primary key, but '" + keys.stream()
                            .filter(k -> k != key).findFirst().map(k -> k.name).orElse("?")
                            + "' is also marked primaryKey; an auto-incremented key cannot be part of a composite"
                            + " key (remove primaryKey from the other attribute, or autoIncrement from this one)");
                }
            }
        }
    }

    private void addTimestamps(Map<String, AttributeDefinition.Builder> builders, ModelOptions options,
                               boolean underscored) {
        boolean timestamps = options.isTimestamps();
        if (options.isParanoid() && !timestamps) {
            throw error(null, "paranoid needs timestamps; enable timestamps or turn paranoid off");
        }
        if (!timestamps) {
            return;
        }
        addTimestamp(builders, options.createdAt(), "createdAt", AttributeRole.CREATED_AT, false, underscored);
        addTimestamp(builders, options.updatedAt(), "updatedAt", AttributeRole.UPDATED_AT, false, underscored);
        if (options.isParanoid()) {
            if (Boolean.FALSE.equals(options.deletedAt())) {
                throw error(null, "paranoid needs a deletedAt attribute, but deletedAt is disabled");
            }
            addTimestamp(builders, options.deletedAt(), "deletedAt", AttributeRole.DELETED_AT, true, underscored);
        }
    }

    private void addTimestamp(Map<String, AttributeDefinition.Builder> builders, Object setting, String defaultName,
                              AttributeRole role, boolean allowNull, boolean underscored) {
        if (Boolean.FALSE.equals(setting)) {
            return;
        }
        String name = setting instanceof String ? (String) setting : defaultName;
        AttributeDefinition.Builder existing = builders.get(name);
        if (existing != null) {
            DataType.Kind kind = existing.type.kind();
            if (kind != DataType.Kind.DATE && kind != DataType.Kind.DATEONLY) {
                throw error(name, "holds the " + role + " timestamp but is of type " + existing.type
                        + "; declare it as DATE");
            }
            existing.role = role;
            existing.allowNull = allowNull;
            return;
        }
        AttributeDefinition.Builder b = new AttributeDefinition.Builder(name, DataTypes.DATE);
        b.field = underscored ? Inflector.underscore(name) : name;
        b.allowNull = allowNull;
        b.role = role;
        builders.put(name, b);
    }

    private void addVersion(Map<String, AttributeDefinition.Builder> builders, ModelOptions options,
                            boolean underscored) {
        Object setting = options.version();
        AttributeDefinition.Builder annotated = builders.values().stream().filter(b -> b.role == AttributeRole.VERSION)
                .findFirst().orElse(null);
        if (annotated != null) {
            checkVersionAttribute(annotated);
            return;
        }
        if (setting == null || Boolean.FALSE.equals(setting)) {
            return;
        }
        String name = setting instanceof String ? (String) setting : "version";
        AttributeDefinition.Builder existing = builders.get(name);
        if (existing != null) {
            existing.role = AttributeRole.VERSION;
            checkVersionAttribute(existing);
            return;
        }
        AttributeDefinition.Builder b = new AttributeDefinition.Builder(name, DataTypes.INTEGER);
        b.field = underscored ? Inflector.underscore(name) : name;
        b.allowNull = false;
        b.defaultKind = AttributeDefinition.DefaultKind.CONSTANT;
        b.defaultValue = 0;
        b.role = AttributeRole.VERSION;
        builders.put(name, b);
    }

    private void checkVersionAttribute(AttributeDefinition.Builder b) {
        if (!b.type.kind().isInteger()) {
            throw error(b.name, "is the version attribute but of type " + b.type + "; it must be an integer type");
        }
        b.allowNull = false;
        if (b.defaultKind == AttributeDefinition.DefaultKind.NONE) {
            b.defaultKind = AttributeDefinition.DefaultKind.CONSTANT;
            b.defaultValue = coercion.coerce(b.type, 0);
        }
    }

    private void checkColumnsUnique(List<AttributeDefinition> attributes) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (AttributeDefinition a : attributes) {
            if (a.isVirtual()) {
                continue;
            }
            String previous = seen.putIfAbsent(a.field(), a.name());
            if (previous != null) {
                throw error(a.name(), "uses column '" + a.field() + "', which attribute '" + previous + "' already uses");
            }
        }
    }

    private void bindStorage(AttributeDefinition.Builder b) {
        Field field = source.fields().get(b.name);
        if (field == null) {
            b.accessor = new SlotAccessor(b.index);
            b.storageType = b.type.javaType();
            return;
        }
        Function<Object, Object> converter = FieldConversions.toField(field.getType(), field.getGenericType(), b.type,
                coercion.zone());
        if (converter == null) {
            throw error(b.name, "is stored in field " + field.getDeclaringClass().getSimpleName() + "." + field.getName()
                    + " of type " + field.getType().getName() + ", which cannot hold " + b.type + " values");
        }
        try {
            b.accessor = new FieldAccessor(field, converter);
        } catch (IllegalAccessException e) {
            throw error(b.name, "cannot be stored in field " + field.getName() + ": " + e.getMessage()
                    + (Modifier.isFinal(field.getModifiers()) ? "" : " (open the package to Sequelize4j)"));
        }
        b.storageType = FieldConversions.box(field.getType());
    }

    // ---- names, keys, indexes --------------------------------------------------------------

    private String tableName(ModelOptions options) {
        if (options.tableName() != null) {
            return options.tableName();
        }
        if (options.isFreezeTableName()) {
            return model;
        }
        String plural = Inflector.pluralize(model);
        return options.isUnderscored() ? Inflector.underscore(plural) : plural;
    }

    private void checkName(String attribute, String name, String what) {
        if (name == null || name.isBlank()) {
            throw error(attribute, "the " + what + " is empty");
        }
        if (!name.equals(name.strip())) {
            throw error(attribute, "the " + what + " '" + name + "' has leading or trailing spaces");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\0' || Character.isISOControl(c)) {
                throw error(attribute, "the " + what + " contains a control character");
            }
        }
        if (what.equals("attribute name") && (name.contains(".") || name.contains("$") || name.contains(":"))) {
            throw error(attribute, "attribute names may not contain '.', '$' or ':', which Sequelize uses for JSON"
                    + " paths, included attributes and casts; give the column name with field() instead");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_IDENTIFIER_BYTES) {
            throw error(attribute, "the " + what + " '" + name + "' is longer than " + MAX_IDENTIFIER_BYTES
                    + " bytes, which PostgreSQL would truncate and MySQL rejects");
        }
    }

    private static List<UniqueKey> uniqueKeys(List<AttributeDefinition> attributes, String tableName) {
        Map<String, List<AttributeDefinition>> keys = new LinkedHashMap<>();
        Map<String, Boolean> named = new LinkedHashMap<>();
        for (AttributeDefinition a : attributes) {
            if (a.uniqueKeyName() != null) {
                keys.computeIfAbsent(a.uniqueKeyName(), k -> new ArrayList<>()).add(a);
                named.put(a.uniqueKeyName(), true);
            } else if (a.isUnique()) {
                String name = org.sequelize4j.definition.naming.Identifiers.shorten(tableName + "_" + a.field() + "_unique");
                keys.computeIfAbsent(name, k -> new ArrayList<>()).add(a);
                named.put(name, false);
            }
        }
        List<UniqueKey> result = new ArrayList<>();
        keys.forEach((name, list) -> result.add(new UniqueKey(name, list, named.get(name))));
        return result;
    }

    private List<IndexDefinition> indexes(ModelOptions options, List<AttributeDefinition> attributes, String tableName) {
        Map<String, AttributeDefinition> byName = new LinkedHashMap<>();
        Map<String, AttributeDefinition> byField = new LinkedHashMap<>();
        for (AttributeDefinition a : attributes) {
            byName.put(a.name(), a);
            if (!a.isVirtual()) {
                byField.put(a.field(), a);
            }
        }
        List<IndexDefinition> result = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (IndexOptions index : options.indexes()) {
            List<IndexDefinition.Field> fields = new ArrayList<>();
            List<String> givenNames = new ArrayList<>();
            for (IndexOptions.Field f : index.fields()) {
                AttributeDefinition a = byName.get(f.attribute());
                if (a == null) {
                    a = byField.get(f.attribute());
                }
                if (a == null || a.isVirtual()) {
                    throw error(f.attribute(), "is used by index " + (index.name() == null ? "" : "'" + index.name() + "' ")
                            + "but is not an attribute with a column; known attributes: " + byName.keySet());
                }
                givenNames.add(f.attribute());
                String operator = f.operator() != null ? f.operator() : index.operator();
                fields.add(new IndexDefinition.Field(a.name(), a.field(), f.isDescending(), f.isAscendingExplicit(),
                        f.collate(), f.length(), operator));
            }
            String name = index.name() != null ? index.name()
                    : org.sequelize4j.definition.naming.Identifiers.shorten(
                            Inflector.underscore(tableName + "_" + String.join("_", givenNames)));
            if (!names.add(name)) {
                throw error(null, "declares two indexes named '" + name + "'");
            }
            result.add(new IndexDefinition(name, fields, index.isUnique(), index.using(), index.type(), index.where(),
                    index.isConcurrently()));
        }
        return result;
    }

    private Supplier<? extends Model> instanceFactory(Class<? extends Model> modelClass) {
        if (modelClass != Model.class && Modifier.isAbstract(modelClass.getModifiers())) {
            throw error(null, "class " + modelClass.getName() + " is abstract and cannot have instances");
        }
        if (modelClass.getEnclosingClass() != null && !Modifier.isStatic(modelClass.getModifiers())) {
            throw error(null, "class " + modelClass.getName() + " is an inner class; declare it static");
        }
        MethodHandle constructor;
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(modelClass, MethodHandles.lookup());
            constructor = lookup.findConstructor(modelClass, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Model.class));
        } catch (NoSuchMethodException e) {
            throw error(null, "class " + modelClass.getName() + " needs a constructor without parameters");
        } catch (IllegalAccessException e) {
            throw error(null, "the constructor of " + modelClass.getName() + " is not accessible: " + e.getMessage());
        }
        return () -> {
            try {
                return (Model) constructor.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("Constructor of " + modelClass.getName() + " failed", t);
            }
        };
    }
}
