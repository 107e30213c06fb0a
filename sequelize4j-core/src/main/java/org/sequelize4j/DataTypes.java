package org.sequelize4j;

import java.util.Arrays;
import java.util.List;

/**
 * Every data type an attribute can declare, under Sequelize's names.
 *
 * <p>Each type is both a constant ({@code STRING}) and, where it takes parameters, a factory
 * ({@code STRING(100)}, {@code DECIMAL(10, 2)}). Import statically for definitions that read like
 * Sequelize's: {@code attribute("price", DECIMAL(10, 2))}.
 *
 * <p>{@link #NOW}, {@link #UUIDV1} and {@link #UUIDV4} are not column types but default-value
 * generators: {@code attribute("createdOn", DATE).defaultValue(NOW)}.
 */
public final class DataTypes {

    private DataTypes() {
    }

    /** Variable-length string, {@code VARCHAR(255)}. */
    public static final DataType STRING = DataType.of(DataType.Kind.STRING);
    /** Fixed-length string of one character; use {@link #CHAR(int)} for a length. */
    public static final DataType CHAR = DataType.of(DataType.Kind.CHAR);
    /** Unlimited text ({@code TEXT}; {@code LONGTEXT} on MySQL/MariaDB, whose {@code TEXT} holds only 64 KB). */
    public static final DataType TEXT = DataType.of(DataType.Kind.TEXT);
    /** Case-insensitive text: PostgreSQL's {@code citext} extension, {@code TEXT COLLATE NOCASE} on SQLite. */
    public static final DataType CITEXT = DataType.of(DataType.Kind.CITEXT);
    /** 8-bit integer (PostgreSQL has none and uses {@code SMALLINT}; the range is still enforced). */
    public static final DataType TINYINT = DataType.of(DataType.Kind.TINYINT);
    /** 16-bit integer. */
    public static final DataType SMALLINT = DataType.of(DataType.Kind.SMALLINT);
    /** 24-bit integer (MySQL/MariaDB; {@code INTEGER} elsewhere, with the 24-bit range enforced). */
    public static final DataType MEDIUMINT = DataType.of(DataType.Kind.MEDIUMINT);
    /** 32-bit integer. */
    public static final DataType INTEGER = DataType.of(DataType.Kind.INTEGER);
    /** 64-bit integer, read as {@link Long}. */
    public static final DataType BIGINT = DataType.of(DataType.Kind.BIGINT);
    /** Single-precision floating point, read as {@link Float}. */
    public static final DataType FLOAT = DataType.of(DataType.Kind.FLOAT);
    /** Single-precision floating point ({@code REAL}), read as {@link Float}. */
    public static final DataType REAL = DataType.of(DataType.Kind.REAL);
    /** Double-precision floating point, read as {@link Double}. */
    public static final DataType DOUBLE = DataType.of(DataType.Kind.DOUBLE);
    /** Exact decimal with the database's default precision; prefer {@link #DECIMAL(int, int)}. */
    public static final DataType DECIMAL = DataType.of(DataType.Kind.DECIMAL);
    /** True/false, read as {@link Boolean} on every dialect. */
    public static final DataType BOOLEAN = DataType.of(DataType.Kind.BOOLEAN);
    /** An instant in time with millisecond precision, read as {@link java.time.Instant}. */
    public static final DataType DATE = DataType.of(DataType.Kind.DATE);
    /** A calendar date without time, read as {@link java.time.LocalDate}. */
    public static final DataType DATEONLY = DataType.of(DataType.Kind.DATEONLY);
    /** A time of day with millisecond precision, read as {@link java.time.LocalTime}. */
    public static final DataType TIME = DataType.of(DataType.Kind.TIME);
    /** A UUID, read as {@link java.util.UUID} ({@code UUID} on PostgreSQL, {@code CHAR(36)} elsewhere). */
    public static final DataType UUID = DataType.of(DataType.Kind.UUID);
    /** A JSON document, read as {@code Map}, {@code List}, {@code String}, {@code Number} or {@code Boolean}. */
    public static final DataType JSON = DataType.of(DataType.Kind.JSON);
    /** PostgreSQL's binary JSON. */
    public static final DataType JSONB = DataType.of(DataType.Kind.JSONB);
    /** Binary data, read as {@code byte[]}. */
    public static final DataType BLOB = DataType.of(DataType.Kind.BLOB);
    /** An attribute with no column: computed by its getter, validated, shown in {@code toJSON()}. */
    public static final DataType VIRTUAL = DataType.of(DataType.Kind.VIRTUAL);

    /** Default value: the current time when the instance is built. */
    public static final ValueGenerator NOW = ValueGenerator.NOW;
    /** Default value: a new time-based (version 1) UUID. */
    public static final ValueGenerator UUIDV1 = ValueGenerator.UUIDV1;
    /** Default value: a new random (version 4) UUID. */
    public static final ValueGenerator UUIDV4 = ValueGenerator.UUIDV4;

    /** {@code VARCHAR(length)}. */
    public static DataType STRING(int length) {
        return STRING.withLength(length);
    }

    /** {@code VARCHAR(length)}, or {@code VARBINARY(length)} when {@code binary}. */
    public static DataType STRING(int length, boolean binary) {
        DataType type = STRING.withLength(length);
        return binary ? type.BINARY() : type;
    }

    /** {@code CHAR(length)}. */
    public static DataType CHAR(int length) {
        return CHAR.withLength(length);
    }

    /** TEXT of a given size: {@code "tiny"}, {@code "medium"} or {@code "long"} (MySQL/MariaDB distinguish them). */
    public static DataType TEXT(String size) {
        return TEXT.withSize(size);
    }

    /** TINYINT with a display width (MySQL/MariaDB). */
    public static DataType TINYINT(int length) {
        return TINYINT.withLength(length);
    }

    /** SMALLINT with a display width (MySQL/MariaDB). */
    public static DataType SMALLINT(int length) {
        return SMALLINT.withLength(length);
    }

    /** MEDIUMINT with a display width (MySQL/MariaDB). */
    public static DataType MEDIUMINT(int length) {
        return MEDIUMINT.withLength(length);
    }

    /** INTEGER with a display width (MySQL/MariaDB). */
    public static DataType INTEGER(int length) {
        return INTEGER.withLength(length);
    }

    /** BIGINT with a display width (MySQL/MariaDB). */
    public static DataType BIGINT(int length) {
        return BIGINT.withLength(length);
    }

    /** FLOAT with a precision in binary digits; more than 24 digits makes it double precision. */
    public static DataType FLOAT(int precision) {
        return FLOAT.withPrecision(precision, null);
    }

    /** FLOAT(precision, scale) (MySQL/MariaDB's display form). */
    public static DataType FLOAT(int precision, int scale) {
        return FLOAT.withPrecision(precision, scale);
    }

    /** DOUBLE(precision, scale) (MySQL/MariaDB's display form). */
    public static DataType DOUBLE(int precision, int scale) {
        return DOUBLE.withPrecision(precision, scale);
    }

    /** {@code DECIMAL(precision, 0)}. */
    public static DataType DECIMAL(int precision) {
        return DECIMAL.withPrecision(precision, 0);
    }

    /** {@code DECIMAL(precision, scale)}: values are checked to fit exactly, never rounded. */
    public static DataType DECIMAL(int precision, int scale) {
        return DECIMAL.withPrecision(precision, scale);
    }

    /** DATE with a number of fractional-second digits (0 to 6; the default is 3). */
    public static DataType DATE(int precision) {
        return DATE.withPrecision(checkFraction(precision), null);
    }

    /** TIME with a number of fractional-second digits (0 to 6; the default is 3). */
    public static DataType TIME(int precision) {
        return TIME.withPrecision(checkFraction(precision), null);
    }

    private static int checkFraction(int precision) {
        if (precision < 0 || precision > 6) {
            throw new IllegalArgumentException("Fractional-second precision must be between 0 and 6, got " + precision);
        }
        return precision;
    }

    /** BLOB of a given size: {@code "tiny"}, {@code "medium"} or {@code "long"} (MySQL/MariaDB). */
    public static DataType BLOB(String size) {
        return BLOB.withSize(size);
    }

    /** An enumeration of allowed string values. */
    public static DataType ENUM(String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("ENUM needs at least one value");
        }
        List<String> list = Arrays.asList(values);
        if (list.stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException("ENUM values must not be null");
        }
        if (list.stream().distinct().count() != list.size()) {
            throw new IllegalArgumentException("ENUM values must be distinct: " + list);
        }
        return DataType.of(DataType.Kind.ENUM).withValues(list);
    }

    /** An enumeration of the constant names of a Java enum. */
    public static DataType ENUM(Class<? extends Enum<?>> enumClass) {
        Enum<?>[] constants = enumClass.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        return ENUM(names);
    }

    /** A PostgreSQL array of the given element type, read as {@link List}. */
    public static DataType ARRAY(DataType element) {
        if (element == null || element.isVirtual() || element.kind() == DataType.Kind.ARRAY) {
            throw new IllegalArgumentException("ARRAY needs a non-virtual, non-array element type, got " + element);
        }
        return DataType.of(DataType.Kind.ARRAY).withElement(element, null);
    }

    /**
     * A VIRTUAL attribute whose getter returns {@code returnType} and reads {@code dependencies}; the
     * dependencies are selected from the database whenever the virtual attribute is asked for.
     */
    public static DataType VIRTUAL(DataType returnType, String... dependencies) {
        return VIRTUAL.withElement(returnType, Arrays.asList(dependencies));
    }
}
