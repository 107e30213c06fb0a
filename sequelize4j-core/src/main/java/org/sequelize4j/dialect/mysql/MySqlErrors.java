package org.sequelize4j.dialect.mysql;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sequelize4j.dialect.ConnectionErrors;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.dialect.ErrorTranslator;
import org.sequelize4j.dialect.UniqueErrors;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;

/**
 * Maps MySQL/MariaDB errors by server error number (the SQLSTATEs are too coarse: every truncation is
 * 22001). Duplicate-key errors name a key; its columns come from the model's unique keys.
 */
final class MySqlErrors implements ErrorTranslator {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate entry '(.*)' for key '([^']+)'", Pattern.DOTALL);
    private static final Pattern FK_CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)`");
    private static final Pattern CHECK_NAME = Pattern.compile("[Cc]heck constraint '([^']+)'");
    private static final Pattern CHECK_TABLE = Pattern.compile("failed for `[^`]*`\\.`([^`]+)`");
    private static final Pattern FK_TABLE = Pattern.compile("fails \\(`[^`]*`\\.`([^`]+)`");

    @Override
    public SequelizeException translate(SQLException error, String sql, List<Object> parameters, ErrorContext context) {
        String message = String.valueOf(error.getMessage());
        switch (error.getErrorCode()) {
            case 1062:
            case 1586:
                return unique(error, message, sql, context);
            case 1451:
            case 1452:
            case 1216:
            case 1217:
                return new ForeignKeyConstraintError(message, group(FK_CONSTRAINT, message), group(FK_TABLE, message), sql,
                        parameters, error);
            case 3819:
            case 4025:
                // "CONSTRAINT `positive_qty` failed for `db`.`stock`" (MariaDB); "Check constraint 'x' is violated." (MySQL)
                String check = group(FK_CONSTRAINT, message);
                String table = group(CHECK_TABLE, message);
                return new CheckConstraintError(message, check != null ? check : group(CHECK_NAME, message),
                        table != null ? table : context.table(), sql, parameters, error);
            case 1213:
                return new TimeoutError(message, true, sql, parameters, error);
            case 1205:
            case 3572: // MySQL 8's NOWAIT refusal (MariaDB reports 1205), a TimeoutError like PostgreSQL's 55P03
            case 1317:
            case 1969:
            case 3024:
                return new TimeoutError(message, false, sql, parameters, error);
            case 1290: // "running with the --X option": --read-only on a replica, but also --secure-file-priv, …
            case 1792: // a READ ONLY transaction
                if (error.getErrorCode() == 1290 && !message.contains("read-only") && !message.contains("read_only")) {
                    return new DatabaseError(message + (sql == null ? "" : " [sql: " + sql + "]"), sql, parameters, error);
                }
                return new org.sequelize4j.errors.ReadOnlyError(message + (sql == null ? "" : " [sql: " + sql + "]"), sql,
                        parameters, error);
            case 1045:
            case 1044:
            case 1698:
                return ConnectionErrors.accessDenied(error, "mysql");
            case 1049:
                return new ConnectionError("Unknown database: " + message, error);
            default:
                if (ConnectionErrors.isConnectionFailure(error)) {
                    return ConnectionErrors.translate(error, "mysql");
                }
                return new DatabaseError(message + (sql == null ? "" : " [sql: " + sql + "]"), sql, parameters, error);
        }
    }

    @Override
    public boolean isConnectionError(SQLException error) {
        return ConnectionErrors.isConnectionFailure(error);
    }

    private static SequelizeException unique(SQLException error, String message, String sql, ErrorContext context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Matcher m = DUPLICATE.matcher(message);
        String key = null;
        if (m.find()) {
            key = m.group(2);
            // MySQL 8 reports "table.key"; MariaDB just "key".
            int dot = key.lastIndexOf('.');
            String shortKey = dot >= 0 ? key.substring(dot + 1) : key;
            List<String> columns = context.uniqueKeys().get(shortKey);
            if (columns == null && context.uniqueKeys().containsKey(key)) {
                columns = context.uniqueKeys().get(key);
            }
            String value = m.group(1);
            if (columns != null) {
                for (String column : columns) {
                    fields.put(context.attributeFor(column), columns.size() == 1 ? value : null);
                }
            } else {
                // Without a model (raw queries) the key's columns are unknown: name the key, as Sequelize does.
                fields.put(shortKey, value);
            }
            key = shortKey;
        }
        return UniqueErrors.create(fields, key, sql, error);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
