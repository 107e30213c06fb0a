package org.sequelize4j.definition;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;
import org.sequelize4j.IndexOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelOptions;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.ValueGenerator;
import org.sequelize4j.annotations.AllowNull;
import org.sequelize4j.annotations.Attribute;
import org.sequelize4j.annotations.AutoIncrement;
import org.sequelize4j.annotations.ColumnName;
import org.sequelize4j.annotations.Comment;
import org.sequelize4j.annotations.CreatedAt;
import org.sequelize4j.annotations.Default;
import org.sequelize4j.annotations.DeletedAt;
import org.sequelize4j.annotations.Index;
import org.sequelize4j.annotations.NotAttribute;
import org.sequelize4j.annotations.NotNull;
import org.sequelize4j.annotations.PrimaryKey;
import org.sequelize4j.annotations.Table;
import org.sequelize4j.annotations.Unique;
import org.sequelize4j.annotations.UpdatedAt;
import org.sequelize4j.annotations.Version;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.query.Expression;

/**
 * Reads an annotated model class into a {@link ModelSource}. Attributes come from the instance fields of
 * the class and of its superclasses up to {@link Model} (so abstract parents, marked
 * {@link Table.Abstract}, share their attributes and options); options from {@link Table} and the
 * parents' {@link Table.Abstract}.
 */
public final class AnnotationReader {

    private AnnotationReader() {
    }

    /**
     * Whether a class is an abstract model (a Java {@code abstract} class, or annotated
     * {@code @Table.Abstract} without {@code @Table}): it is never registered and has no table, and its
     * attributes, options, hooks and associations are inherited by the models extending it.
     */
    public static boolean isAbstractModel(Class<?> modelClass) {
        return TableAnnotations.isAbstract(modelClass);
    }

    /**
     * Reads a model class.
     *
     * @return the declared model, with options not yet completed by the {@code define} defaults
     * @throws DefinitionError when a field or annotation cannot be understood
     */
    public static ModelSource read(Class<? extends Model> modelClass) {
        if (TableAnnotations.isAbstract(modelClass)) {
            throw new DefinitionError(modelClass.getSimpleName(), null, "is an abstract model ("
                    + (Modifier.isAbstract(modelClass.getModifiers()) ? "an abstract class" : "@Table.Abstract")
                    + ") and cannot be defined on its own; define the classes that extend it");
        }
        Table table = modelClass.getAnnotation(Table.class);
        String modelName = table != null && !table.modelName().isEmpty() ? table.modelName() : modelClass.getSimpleName();

        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = modelClass; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        ModelOptions options = TableAnnotations.options(hierarchy, modelName);
        Comment tableComment = modelClass.getAnnotation(Comment.class);
        if (tableComment != null) {
            options.comment(tableComment.value());
        }
        options.modelName(modelName);

        List<AttributeOptions> attributes = new ArrayList<>();
        Map<String, List<org.sequelize4j.validation.ValidatorSpec>> customValidators =
                ValidateAnnotations.customMethods(modelClass);
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, List<IndexOptions.Field>> fieldIndexes = new LinkedHashMap<>();
        Map<String, Index> fieldIndexOptions = new LinkedHashMap<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!isAttributeField(field)) {
                    continue;
                }
                AttributeOptions attribute = readField(modelName, field, options);
                Field earlier = fields.get(attribute.name());
                if (earlier != null && earlier.getDeclaringClass() == c) {
                    throw new DefinitionError(modelName, attribute.name(), "is declared by two fields of "
                            + c.getSimpleName());
                }
                attribute.validate(ValidateAnnotations.read(modelName, field)
                        .toArray(new org.sequelize4j.validation.ValidatorSpec[0]));
                if (field.isAnnotationPresent(org.sequelize4j.annotations.Validate.NotNull.class)) {
                    attribute.allowNull(false);
                }
                List<org.sequelize4j.validation.ValidatorSpec> custom = customValidators.remove(attribute.name());
                if (custom != null) {
                    attribute.validate(custom.toArray(new org.sequelize4j.validation.ValidatorSpec[0]));
                }
                if (earlier != null) {
                    // A subclass re-declaring an inherited attribute overrides it, in the parent's position.
                    attributes.removeIf(a -> a.name().equals(attribute.name()));
                    int at = new ArrayList<>(fields.keySet()).indexOf(attribute.name());
                    attributes.add(at, attribute);
                } else {
                    attributes.add(attribute);
                }
                fields.put(attribute.name(), field);
                for (Index index : field.getAnnotationsByType(Index.class)) {
                    String key = index.name().isEmpty() ? "\0" + attribute.name() : index.name();
                    IndexOptions.Field f = IndexOptions.field(attribute.name());
                    if ("DESC".equalsIgnoreCase(index.order())) {
                        f.desc();
                    }
                    if (!index.collate().isEmpty()) {
                        f.collate(index.collate());
                    }
                    if (index.length() > 0) {
                        f.length(index.length());
                    }
                    if (!index.operator().isEmpty()) {
                        f.operator(index.operator());
                    }
                    fieldIndexes.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                    fieldIndexOptions.putIfAbsent(key, index);
                }
            }
        }
        if (!customValidators.isEmpty()) {
            String attribute = customValidators.keySet().iterator().next();
            throw new DefinitionError(modelName, attribute, "has a @Validate.Custom method but is not an attribute field");
        }
        fieldIndexes.forEach((key, list) -> {
            Index first = fieldIndexOptions.get(key);
            IndexOptions index = IndexOptions.index(list.toArray(new IndexOptions.Field[0]));
            if (!key.startsWith("\0")) {
                index.name(key);
            }
            applyIndexOptions(index, first);
            options.indexes(index);
        });
        return new ModelSource(modelName, attributes, options, modelClass, fields);
    }

    /**
     * The instance fields of a model class (and its parents up to {@link Model}) named like the given
     * attributes, so that a class defined with attributes listed in code still keeps their values in
     * its fields.
     */
    public static Map<String, Field> fieldsNamed(Class<? extends Model> modelClass, java.util.Collection<String> names) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Class<?> c = modelClass; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (names.contains(field.getName()) && isAttributeField(field)) {
                    fields.putIfAbsent(field.getName(), field);
                }
            }
        }
        return fields;
    }

    private static boolean isAttributeField(Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                || field.isAnnotationPresent(NotAttribute.class)) {
            return false;
        }
        // Fields holding associated instances are filled by eager loading, not stored in columns.
        Class<?> type = field.getType();
        if (Model.class.isAssignableFrom(type)) {
            return false;
        }
        if (Collection.class.isAssignableFrom(type) && field.getGenericType() instanceof ParameterizedType) {
            Type[] args = ((ParameterizedType) field.getGenericType()).getActualTypeArguments();
            if (args.length == 1 && args[0] instanceof Class && Model.class.isAssignableFrom((Class<?>) args[0])) {
                return false;
            }
        }
        return true;
    }

    static IndexOptions tableIndex(Index index, String modelName) {
        if (index.fields().length == 0) {
            throw new DefinitionError(modelName, null, "an @Index inside @Table needs fields");
        }
        IndexOptions options = IndexOptions.index(index.fields());
        if (!index.name().isEmpty()) {
            options.name(index.name());
        }
        applyIndexOptions(options, index);
        return options;
    }

    private static void applyIndexOptions(IndexOptions options, Index index) {
        if (index.unique()) {
            options.unique(true);
        }
        if (!index.using().isEmpty()) {
            options.using(index.using());
        }
        if (!index.type().isEmpty()) {
            options.type(index.type());
        }
        if (!index.operator().isEmpty()) {
            options.operator(index.operator());
        }
        if (!index.where().isEmpty()) {
            options.where(org.sequelize4j.Op.raw(new Expression.Literal(index.where())));
        }
    }

    private static AttributeOptions readField(String modelName, Field field, ModelOptions options) {
        String name = field.getName();
        Attribute attribute = field.getAnnotation(Attribute.class);
        DataType type;
        try {
            type = attribute != null && !attribute.type().isEmpty() ? DataType.parse(attribute.type())
                    : inferType(field.getType());
        } catch (IllegalArgumentException e) {
            throw new DefinitionError(modelName, name, e.getMessage(), e);
        }
        if (type == null) {
            throw new DefinitionError(modelName, name, "cannot infer a data type for Java type "
                    + field.getType().getName() + "; give one with @Attribute(type = \"...\"), or exclude the field"
                    + " with @NotAttribute or transient");
        }
        AttributeOptions a = AttributeOptions.attribute(name, type);
        if (field.isAnnotationPresent(PrimaryKey.class)) {
            a.primaryKey(true);
        }
        if (field.isAnnotationPresent(AutoIncrement.class)) {
            a.autoIncrement(true);
        }
        AllowNull allowNull = field.getAnnotation(AllowNull.class);
        if (field.isAnnotationPresent(NotNull.class)) {
            a.allowNull(false);
        } else if (allowNull != null) {
            a.allowNull(allowNull.value());
        } else if (field.getType().isPrimitive() && !field.isAnnotationPresent(AutoIncrement.class)) {
            a.allowNull(false);
        }
        Default defaultValue = field.getAnnotation(Default.class);
        if (defaultValue != null) {
            a.defaultValue(parseDefault(modelName, name, type, defaultValue));
        }
        Unique unique = field.getAnnotation(Unique.class);
        if (unique != null) {
            if (unique.value().isEmpty()) {
                a.unique(true);
            } else {
                a.unique(unique.value());
            }
        }
        ColumnName column = field.getAnnotation(ColumnName.class);
        if (column != null) {
            a.field(column.value());
        }
        Comment comment = field.getAnnotation(Comment.class);
        if (comment != null) {
            a.comment(comment.value());
        }
        if (field.isAnnotationPresent(CreatedAt.class)) {
            options.createdAt(name);
        }
        if (field.isAnnotationPresent(UpdatedAt.class)) {
            options.updatedAt(name);
        }
        if (field.isAnnotationPresent(DeletedAt.class)) {
            options.deletedAt(name);
            options.paranoid(true);
        }
        if (field.isAnnotationPresent(Version.class)) {
            options.version(name);
        }
        org.sequelize4j.annotations.References references = field.getAnnotation(org.sequelize4j.annotations.References.class);
        if (references != null) {
            applyReferences(modelName, name, a, references);
        }
        return a;
    }

    private static void applyReferences(String modelName, String name, AttributeOptions a,
                                        org.sequelize4j.annotations.References r) {
        org.sequelize4j.References target;
        if (r.model() != Model.class) {
            target = org.sequelize4j.References.model(r.model());
        } else if (!r.modelName().isEmpty()) {
            target = org.sequelize4j.References.model(r.modelName());
        } else if (!r.table().isEmpty()) {
            target = org.sequelize4j.References.table(r.table());
        } else {
            throw new DefinitionError(modelName, name, "@References needs model, modelName or table");
        }
        if (!r.key().isEmpty()) {
            target = target.key(r.key());
        }
        if (r.deferrable().length > 0) {
            target = target.deferrable(r.deferrable()[0]);
        }
        a.references(target);
        try {
            if (!r.onDelete().isEmpty()) {
                a.onDelete(ReferentialAction.parse(r.onDelete()));
            }
            if (!r.onUpdate().isEmpty()) {
                a.onUpdate(ReferentialAction.parse(r.onUpdate()));
            }
        } catch (IllegalArgumentException e) {
            throw new DefinitionError(modelName, name, e.getMessage(), e);
        }
    }

    private static Object parseDefault(String modelName, String name, DataType type, Default annotation) {
        if (!annotation.sql().isEmpty()) {
            return new Expression.Literal(annotation.sql());
        }
        String text = annotation.value();
        switch (text) {
            case "NOW": return ValueGenerator.NOW;
            case "UUIDV4": return ValueGenerator.UUIDV4;
            case "UUIDV1": return ValueGenerator.UUIDV1;
            default: break;
        }
        if (type.kind() == DataType.Kind.JSON || type.kind() == DataType.Kind.JSONB) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readValue(text, Object.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new DefinitionError(modelName, name, "@Default is not valid JSON: " + text, e);
            }
        }
        // The declared type's own checks convert the text (numbers, booleans, dates) when the model is built.
        return text;
    }

    /** The data type Sequelize4j gives a field of this Java type, or null if there is no natural one. */
    static DataType inferType(Class<?> type) {
        Class<?> t = FieldConversions.box(type);
        if (t == String.class) {
            return DataTypes.STRING;
        }
        if (t == Integer.class) {
            return DataTypes.INTEGER;
        }
        if (t == Long.class) {
            return DataTypes.BIGINT;
        }
        if (t == Short.class) {
            return DataTypes.SMALLINT;
        }
        if (t == Byte.class) {
            return DataTypes.TINYINT;
        }
        if (t == Double.class) {
            return DataTypes.DOUBLE;
        }
        if (t == Float.class) {
            return DataTypes.FLOAT;
        }
        if (t == BigDecimal.class || t == BigInteger.class) {
            return DataTypes.DECIMAL;
        }
        if (t == Boolean.class) {
            return DataTypes.BOOLEAN;
        }
        if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class || t == LocalDateTime.class
                || Date.class.isAssignableFrom(t) && t != java.sql.Date.class && t != java.sql.Time.class) {
            return DataTypes.DATE;
        }
        if (t == LocalDate.class || t == java.sql.Date.class) {
            return DataTypes.DATEONLY;
        }
        if (t == LocalTime.class || t == java.sql.Time.class) {
            return DataTypes.TIME;
        }
        if (t == UUID.class) {
            return DataTypes.UUID;
        }
        if (t == byte[].class) {
            return DataTypes.BLOB;
        }
        if (t.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) t;
            return DataTypes.ENUM(enumType);
        }
        if (Map.class.isAssignableFrom(t) || List.class.isAssignableFrom(t)) {
            return DataTypes.JSON;
        }
        return null;
    }
}
