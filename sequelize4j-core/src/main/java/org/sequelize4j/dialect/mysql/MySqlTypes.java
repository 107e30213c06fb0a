package org.sequelize4j.dialect.mysql;

import org.sequelize4j.DataType;
import org.sequelize4j.dialect.Dialect;

/** Column types on MySQL and MariaDB. */
final class MySqlTypes {

    private MySqlTypes() {
    }

    static String typeSql(Dialect dialect, DataType type) {
        switch (type.kind()) {
            case STRING:
                return (type.isBinary() ? "VARBINARY(" : "VARCHAR(") + type.effectiveLength() + ")";
            case CHAR:
                return (type.isBinary() ? "BINARY(" : "CHAR(") + type.effectiveLength() + ")";
            case TEXT:
                // Plain TEXT holds only 64 KB on MySQL; Sequelize4j's TEXT means "unlimited" everywhere.
                return "tiny".equals(type.size()) ? "TINYTEXT" : "medium".equals(type.size()) ? "MEDIUMTEXT" : "LONGTEXT";
            case TINYINT: case SMALLINT: case MEDIUMINT: case INTEGER: case BIGINT:
                return integer(type);
            case FLOAT:
                // Single-precision values are kept in DOUBLE columns: the text protocol returns a FLOAT
                // column with 6 significant digits (123456.7 reads as 123457), while the exact double a
                // float widens to reads back as the same float.
                if (type.precision() != null && type.scale() != null) {
                    return "FLOAT(" + type.precision() + "," + type.scale() + ")" + numericSuffix(type);
                }
                return "DOUBLE" + numericSuffix(type);
            case REAL:
                return "DOUBLE" + numericSuffix(type);
            case DOUBLE:
                if (type.precision() != null && type.scale() != null) {
                    return "DOUBLE(" + type.precision() + "," + type.scale() + ")" + numericSuffix(type);
                }
                return "DOUBLE PRECISION" + numericSuffix(type);
            case DECIMAL:
                return (type.precision() == null ? "DECIMAL"
                        : "DECIMAL(" + type.precision() + "," + (type.scale() == null ? 0 : type.scale()) + ")")
                        + numericSuffix(type);
            case BOOLEAN:
                return "TINYINT(1)";
            case DATE:
                return "DATETIME(" + type.timePrecision() + ")";
            case DATEONLY:
                return "DATE";
            case TIME:
                return "TIME(" + type.timePrecision() + ")";
            case UUID:
                return "CHAR(36) BINARY";
            case JSON:
                return "JSON";
            case BLOB:
                return "tiny".equals(type.size()) ? "TINYBLOB" : "medium".equals(type.size()) ? "MEDIUMBLOB" : "LONGBLOB";
            case ENUM: {
                StringBuilder sb = new StringBuilder("ENUM(");
                for (int i = 0; i < type.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(dialect.stringLiteral(type.values().get(i)));
                }
                return sb.append(')').toString();
            }
            default:
                throw new IllegalArgumentException("MySQL has no column type for " + type);
        }
    }

    private static String integer(DataType type) {
        String name = type.kind() == DataType.Kind.INTEGER ? "INTEGER" : type.kind().name();
        if (type.length() != null) {
            name += "(" + type.length() + ")";
        }
        return name + numericSuffix(type);
    }

    private static String numericSuffix(DataType type) {
        if (type.isZerofill()) {
            return " UNSIGNED ZEROFILL";
        }
        return type.isUnsigned() ? " UNSIGNED" : "";
    }
}
