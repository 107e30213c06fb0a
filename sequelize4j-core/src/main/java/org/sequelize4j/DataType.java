package org.sequelize4j;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The declared type of a model attribute: what the column is called in each database, which Java
 * type its values take, and how values are checked before they are written.
 *
 * <p>Instances are immutable values. Obtain them from {@link DataTypes} ({@code DataTypes.STRING},
 * {@code DataTypes.DECIMAL(10, 2)}, {@code DataTypes.ENUM("a", "b")} …) or parse Sequelize's own
 * notation with {@link #parse(String)}, which is what annotated models use ({@code "DECIMAL(10,2)"}).
 *
 * <p>Every type has one canonical Java type ({@link #javaType()}): values read from the database
 * arrive as that type on every dialect, so that a {@code BOOLEAN} is a {@link Boolean} even where
 * MySQL stores a {@code TINYINT(1)}, a {@code DECIMAL} is an exact {@link BigDecimal} and a
 * {@code DATE} is an {@link Instant} with millisecond precision.
 */
public final class DataType {

    /** The families of data types Sequelize4j knows. */
    public enum Kind {
        STRING, CHAR, TEXT, CITEXT,
        TINYINT, SMALLINT, MEDIUMINT, INTEGER, BIGINT,
        FLOAT, REAL, DOUBLE, DECIMAL,
        BOOLEAN,
        DATE, DATEONLY, TIME,
        UUID,
        JSON, JSONB,
        BLOB,
        ENUM,
        ARRAY,
        VIRTUAL;

        /** Whether values of this kind are whole numbers. */
        public boolean isInteger() {
            return this == TINYINT || this == SMALLINT || this == MEDIUMINT || this == INTEGER || this == BIGINT;
        }

        /** The width in bits of an integer kind (64 for BIGINT and for any other kind). */
        public int integerBits() {
            switch (this) {
                case TINYINT: return 8;
                case SMALLINT: return 16;
                case MEDIUMINT: return 24;
                case INTEGER: return 32;
                default: return 64;
            }
        }

        /** Whether values of this kind are numbers of any sort. */
        public boolean isNumeric() {
            return isInteger() || this == FLOAT || this == REAL || this == DOUBLE || this == DECIMAL;
        }

        /** Whether values of this kind are character strings. */
        public boolean isText() {
            return this == STRING || this == CHAR || this == TEXT || this == CITEXT || this == ENUM;
        }

        /** Whether values of this kind are JSON documents. */
        public boolean isJson() {
            return this == JSON || this == JSONB;
        }
    }

    /** Default length of {@code STRING} ({@code VARCHAR(255)}), as in Sequelize. */
    public static final int DEFAULT_STRING_LENGTH = 255;
    /** Default fractional-second digits of {@code DATE} and {@code TIME}: milliseconds. */
    public static final int DEFAULT_TIME_PRECISION = 3;

    private final Kind kind;
    private final Integer length;
    private final Integer precision;
    private final Integer scale;
    private final String size;
    private final boolean binary;
    private final boolean unsigned;
    private final boolean zerofill;
    private final List<String> values;
    private final DataType element;
    private final List<String> dependencies;

    private DataType(Kind kind, Integer length, Integer precision, Integer scale, String size, boolean binary,
                     boolean unsigned, boolean zerofill, List<String> values, DataType element, List<String> dependencies) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.length = length;
        this.precision = precision;
        this.scale = scale;
        this.size = size;
        this.binary = binary;
        this.unsigned = unsigned;
        this.zerofill = zerofill;
        this.values = values == null ? List.of() : List.copyOf(values);
        this.element = element;
        this.dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    static DataType of(Kind kind) {
        return new DataType(kind, null, null, null, null, false, false, false, null, null, null);
    }

    DataType withLength(Integer newLength) {
        if (newLength != null && newLength <= 0) {
            throw new IllegalArgumentException(kind + " length must be positive, got " + newLength);
        }
        return new DataType(kind, newLength, precision, scale, size, binary, unsigned, zerofill, values, element, dependencies);
    }

    DataType withPrecision(Integer newPrecision, Integer newScale) {
        if (newPrecision != null && newPrecision < 0) {
            throw new IllegalArgumentException(kind + " precision must not be negative, got " + newPrecision);
        }
        if (newScale != null && (newScale < 0 || (newPrecision != null && newScale > newPrecision))) {
            throw new IllegalArgumentException(kind + " scale must be between 0 and the precision, got " + newScale);
        }
        return new DataType(kind, length, newPrecision, newScale, size, binary, unsigned, zerofill, values, element, dependencies);
    }

    DataType withSize(String newSize) {
        if (newSize != null && !List.of("tiny", "medium", "long").contains(newSize)) {
            throw new IllegalArgumentException(kind + " size must be 'tiny', 'medium' or 'long', got '" + newSize + "'");
        }
        return new DataType(kind, length, precision, scale, newSize, binary, unsigned, zerofill, values, element, dependencies);
    }

    DataType withValues(List<String> newValues) {
        return new DataType(kind, length, precision, scale, size, binary, unsigned, zerofill, newValues, element, dependencies);
    }

    DataType withElement(DataType newElement, List<String> newDependencies) {
        return new DataType(kind, length, precision, scale, size, binary, unsigned, zerofill, values, newElement, newDependencies);
    }

    /** This type stored as raw bytes ({@code VARBINARY}/{@code BINARY} on MySQL, {@code BYTEA} on PostgreSQL). */
    public DataType BINARY() {
        requireKind("BINARY", Kind.STRING, Kind.CHAR);
        return new DataType(kind, length, precision, scale, size, true, unsigned, zerofill, values, element, dependencies);
    }

    /** This numeric type without a sign (MySQL/MariaDB; other dialects enforce the range in Java). */
    public DataType UNSIGNED() {
        if (!kind.isNumeric()) {
            throw new IllegalArgumentException("UNSIGNED applies to numeric types, not " + kind);
        }
        return new DataType(kind, length, precision, scale, size, binary, true, zerofill, values, element, dependencies);
    }

    /** This numeric type zero-filled for display (MySQL/MariaDB only; implies UNSIGNED there). */
    public DataType ZEROFILL() {
        if (!kind.isNumeric()) {
            throw new IllegalArgumentException("ZEROFILL applies to numeric types, not " + kind);
        }
        return new DataType(kind, length, precision, scale, size, binary, true, true, values, element, dependencies);
    }

    private void requireKind(String what, Kind... allowed) {
        for (Kind k : allowed) {
            if (k == kind) {
                return;
            }
        }
        throw new IllegalArgumentException(what + " does not apply to " + kind);
    }

    /** The type family. */
    public Kind kind() {
        return kind;
    }

    /** Declared length of STRING/CHAR, or display width of integer types; {@code null} when not given. */
    public Integer length() {
        return length;
    }

    /** Length of a STRING/CHAR column, with Sequelize's defaults applied (255 and 1). */
    public int effectiveLength() {
        if (length != null) {
            return length;
        }
        return kind == Kind.CHAR ? 1 : DEFAULT_STRING_LENGTH;
    }

    /** Total digits of DECIMAL/FLOAT, or fractional-second digits of DATE/TIME; {@code null} when not given. */
    public Integer precision() {
        return precision;
    }

    /** Digits after the decimal point of DECIMAL; {@code null} when not given. */
    public Integer scale() {
        return scale;
    }

    /** Fractional-second digits of DATE/TIME values, defaulting to milliseconds. */
    public int timePrecision() {
        return precision == null ? DEFAULT_TIME_PRECISION : precision;
    }

    /** TEXT/BLOB size variant: {@code "tiny"}, {@code "medium"}, {@code "long"} or {@code null}. */
    public String size() {
        return size;
    }

    /** Whether a STRING/CHAR stores bytes rather than characters. */
    public boolean isBinary() {
        return binary;
    }

    /** Whether this numeric type is unsigned. */
    public boolean isUnsigned() {
        return unsigned;
    }

    /** Whether this numeric type is zero-filled. */
    public boolean isZerofill() {
        return zerofill;
    }

    /** Allowed values of an ENUM, in declaration order. */
    public List<String> values() {
        return values;
    }

    /** Element type of an ARRAY, or the declared return type of a VIRTUAL attribute ({@code null} if none). */
    public DataType element() {
        return element;
    }

    /** Attributes a VIRTUAL attribute's getter reads; they are selected whenever it is. */
    public List<String> dependencies() {
        return dependencies;
    }

    /** Whether the attribute has no column (VIRTUAL). */
    public boolean isVirtual() {
        return kind == Kind.VIRTUAL;
    }

    /**
     * The Java type values of this data type take after they are read or normalised.
     *
     * @return for example {@code String.class} for STRING, {@code Instant.class} for DATE
     */
    public Class<?> javaType() {
        switch (kind) {
            case STRING: case CHAR:
                return binary ? byte[].class : String.class;
            case TEXT: case CITEXT: case ENUM:
                return String.class;
            case TINYINT: case SMALLINT: case MEDIUMINT:
                return Integer.class;
            case INTEGER:
                return unsigned ? Long.class : Integer.class;
            case BIGINT:
                return unsigned ? BigInteger.class : Long.class;
            case FLOAT:
                return precision != null && precision > 24 ? Double.class : Float.class;
            case REAL:
                return Float.class;
            case DOUBLE:
                return Double.class;
            case DECIMAL:
                return BigDecimal.class;
            case BOOLEAN:
                return Boolean.class;
            case DATE:
                return Instant.class;
            case DATEONLY:
                return LocalDate.class;
            case TIME:
                return LocalTime.class;
            case UUID:
                return UUID.class;
            case BLOB:
                return byte[].class;
            case ARRAY:
                return List.class;
            case JSON: case JSONB: case VIRTUAL:
            default:
                return Object.class;
        }
    }

    /**
     * Parses Sequelize's notation for a type, as written in annotations: {@code STRING},
     * {@code STRING(100)}, {@code STRING(100).BINARY}, {@code CHAR(2)}, {@code TEXT('long')},
     * {@code DECIMAL(10,2)}, {@code INTEGER.UNSIGNED}, {@code DATE(6)}, {@code ENUM('a','b')},
     * {@code ARRAY(INTEGER)}, {@code VIRTUAL}. Case is ignored for the type name.
     *
     * @throws IllegalArgumentException naming the text that could not be understood
     */
    public static DataType parse(String text) {
        return DataTypeParser.parse(text);
    }

    /** Sequelize's notation for this type, e.g. {@code DECIMAL(10,2)}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name());
        switch (kind) {
            case ENUM:
                sb.append('(');
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append('\'').append(values.get(i).replace("'", "''")).append('\'');
                }
                sb.append(')');
                break;
            case ARRAY:
                sb.append('(').append(element).append(')');
                break;
            case TEXT: case BLOB:
                if (size != null) {
                    sb.append("('").append(size).append("')");
                }
                break;
            case DECIMAL: case FLOAT: case REAL: case DOUBLE:
                if (precision != null) {
                    sb.append('(').append(precision);
                    if (scale != null) {
                        sb.append(',').append(scale);
                    }
                    sb.append(')');
                }
                break;
            case DATE: case TIME:
                if (precision != null) {
                    sb.append('(').append(precision).append(')');
                }
                break;
            default:
                if (length != null) {
                    sb.append('(').append(length).append(')');
                }
        }
        if (binary) {
            sb.append(".BINARY");
        }
        if (zerofill) {
            sb.append(".ZEROFILL");
        } else if (unsigned) {
            sb.append(".UNSIGNED");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataType)) {
            return false;
        }
        DataType that = (DataType) o;
        return kind == that.kind && binary == that.binary && unsigned == that.unsigned && zerofill == that.zerofill
                && Objects.equals(length, that.length) && Objects.equals(precision, that.precision)
                && Objects.equals(scale, that.scale) && Objects.equals(size, that.size)
                && values.equals(that.values) && Objects.equals(element, that.element)
                && dependencies.equals(that.dependencies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, length, precision, scale, size, binary, unsigned, zerofill, values, element);
    }
}
