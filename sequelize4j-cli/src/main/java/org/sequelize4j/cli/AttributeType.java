package org.sequelize4j.cli;

import java.util.Locale;
import java.util.Set;
import org.sequelize4j.DataType;
import org.sequelize4j.DataTypes;

/**
 * The types sequelize-cli's {@code --attributes} syntax knows, with what each becomes in generated
 * code: the core data type (for the in-memory model the SQL is rendered from), the Java field type of
 * the model class, and the {@code @Attribute(type = ...)} text where the field type alone would give
 * another data type.
 */
enum AttributeType {
    STRING(DataTypes.STRING, "String", null, null),
    TEXT(DataTypes.TEXT, "String", "TEXT", null),
    INTEGER(DataTypes.INTEGER, "Integer", null, null),
    BIGINT(DataTypes.BIGINT, "Long", null, null),
    FLOAT(DataTypes.FLOAT, "Float", null, null),
    DOUBLE(DataTypes.DOUBLE, "Double", null, null),
    REAL(DataTypes.REAL, "Float", "REAL", null),
    DECIMAL(DataTypes.DECIMAL, "BigDecimal", null, "java.math.BigDecimal"),
    BOOLEAN(DataTypes.BOOLEAN, "Boolean", null, null),
    DATE(DataTypes.DATE, "Instant", null, "java.time.Instant"),
    DATEONLY(DataTypes.DATEONLY, "LocalDate", null, "java.time.LocalDate"),
    TIME(DataTypes.TIME, "LocalTime", null, "java.time.LocalTime"),
    UUID(DataTypes.UUID, "UUID", null, "java.util.UUID"),
    // JSON holds objects, arrays and scalars alike, so the field is an Object with the type spelled out.
    JSON(DataTypes.JSON, "Object", "JSON", null),
    JSONB(DataTypes.JSONB, "Object", "JSONB", null),
    BLOB(DataTypes.BLOB, "byte[]", null, null),
    ENUM(null, "String", null, null),
    ARRAY(null, "List", null, "java.util.List");

    /** The data type, for the types that take no parameters (ENUM and ARRAY are built per attribute). */
    final DataType dataType;
    /** The field type in the model class (ARRAY's is completed with its element type). */
    final String javaType;
    /** The {@code @Attribute(type = ...)} text, or null when the field's Java type implies the data type. */
    final String annotation;
    /** The class the field type needs imported, or null. */
    final String javaImport;

    AttributeType(DataType dataType, String javaType, String annotation, String javaImport) {
        this.dataType = dataType;
        this.javaType = javaType;
        this.annotation = annotation;
        this.javaImport = javaImport;
    }

    /** The name used in {@code --attributes} and in messages: sequelize-cli's lower-case spelling. */
    String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Types that can be an ARRAY's element: the plain ones (no nested arrays, enums, JSON or binary). */
    boolean isArrayElement() {
        return !Set.of(ENUM, ARRAY, JSON, JSONB, BLOB).contains(this);
    }

    /** The type named by a token, ignoring case, or null. */
    static AttributeType of(String token) {
        for (AttributeType type : values()) {
            if (type.token().equalsIgnoreCase(token)) {
                return type;
            }
        }
        return null;
    }

    /** Every token, for messages. */
    static String tokens() {
        StringBuilder sb = new StringBuilder();
        for (AttributeType type : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(switch (type) {
                case ENUM -> "enum:{a,b}";
                case ARRAY -> "array:TYPE";
                default -> type.token();
            });
        }
        return sb.toString();
    }
}
