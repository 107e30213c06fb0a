package org.sequelize4j.dialect.sqlite;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.dialect.ErrorTranslator;
import org.sequelize4j.dialect.UniqueErrors;
import org.sequelize4j.errors.CheckConstraintError;
import org.sequelize4j.errors.ConnectionError;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;
import org.sequelize4j.errors.UnknownConstraintError;

/**
 * Maps sqlite-jdbc's errors. The driver reports no SQLSTATE, so the extended result code decides:
 * {@code SQLITE_CONSTRAINT_UNIQUE}/{@code _PRIMARYKEY}, {@code _FOREIGNKEY}, {@code SQLITE_BUSY} …
 */
final class SqliteErrors implements ErrorTranslator {

    @Override
    public SequelizeException translate(SQLException error, String sql, List<Object> parameters, ErrorContext context) {
        String code = resultCode(error);
        String message = error.getMessage() == null ? code : error.getMessage();
        if (message.contains(SqliteDialect.OUT_OF_RANGE)) {
            // Reported with the SQLSTATE PostgreSQL and MariaDB give a sum outside the column's type.
            return new DatabaseError(cleanMessage(message) + (sql == null ? "" : " [sql: " + sql + "]"), sql, parameters,
                    new SQLException(cleanMessage(message), "22003", error));
        }
        switch (code) {
            case "SQLITE_CONSTRAINT_UNIQUE":
            case "SQLITE_CONSTRAINT_PRIMARYKEY":
                return unique(error, message, sql, parameters, context);
            case "SQLITE_CONSTRAINT_FOREIGNKEY":
                return new ForeignKeyConstraintError("Foreign key constraint failed: " + cleanMessage(message), null,
                        context.table(), sql, parameters, error);
            case "SQLITE_CONSTRAINT_TRIGGER":
                // ON DELETE/UPDATE RESTRICT is enforced by an internal trigger, so its violation arrives under
                // the trigger code with the foreign-key message.
                if (message.contains("FOREIGN KEY constraint failed")) {
                    return new ForeignKeyConstraintError("Foreign key constraint failed: " + cleanMessage(message), null,
                            context.table(), sql, parameters, error);
                }
                return new UnknownConstraintError(cleanMessage(message), checkName(cleanMessage(message)), context.table(),
                        sql, parameters, error);
            case "SQLITE_CONSTRAINT_CHECK":
                return new CheckConstraintError(cleanMessage(message), checkName(cleanMessage(message)), context.table(),
                        sql, parameters, error);
            case "SQLITE_BUSY":
            case "SQLITE_BUSY_SNAPSHOT":
            case "SQLITE_LOCKED":
            case "SQLITE_LOCKED_SHAREDCACHE":
                return new TimeoutError("The database is locked by another connection: " + cleanMessage(message), false,
                        sql, parameters, error);
            case "SQLITE_INTERRUPT":
                return new TimeoutError("The query was interrupted: " + cleanMessage(message), false, sql, parameters,
                        error);
            case "SQLITE_CANTOPEN":
            case "SQLITE_NOTADB":
                return new ConnectionError("Cannot open the SQLite database: " + cleanMessage(message), error);
            default:
                return new DatabaseError(cleanMessage(message) + (sql == null ? "" : " [sql: " + sql + "]"), sql,
                        parameters, error);
        }
    }

    @Override
    public boolean isConnectionError(SQLException error) {
        String code = resultCode(error);
        return code.equals("SQLITE_CANTOPEN") || code.equals("SQLITE_NOTADB") || code.equals("SQLITE_MISUSE")
                && String.valueOf(error.getMessage()).contains("closed");
    }

    private static String resultCode(SQLException error) {
        if (error instanceof org.sqlite.SQLiteException) {
            return ((org.sqlite.SQLiteException) error).getResultCode().name();
        }
        String message = String.valueOf(error.getMessage());
        if (message.startsWith("[") && message.indexOf(']') > 0) {
            return message.substring(1, message.indexOf(']'));
        }
        return message.contains("database connection closed") ? "SQLITE_MISUSE" : "UNKNOWN";
    }

    /** The constraint in "CHECK constraint failed: name"; an unnamed CHECK is reported by its expression. */
    private static String checkName(String detail) {
        int colon = detail.indexOf("failed: ");
        String name = colon < 0 ? null : detail.substring(colon + "failed: ".length()).trim();
        return name != null && name.matches("[A-Za-z_][A-Za-z0-9_$]*") ? name : null;
    }

    private static String cleanMessage(String message) {
        // "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: Users.email)"
        int open = message.lastIndexOf('(');
        if (message.startsWith("[") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 1, message.length() - 1);
        }
        return message;
    }

    private static SequelizeException unique(SQLException error, String message, String sql, List<Object> parameters,
                                             ErrorContext context) {
        String detail = cleanMessage(message);
        List<String> columns = new ArrayList<>();
        int colon = detail.indexOf(": ");
        if (colon > 0) {
            for (String qualified : detail.substring(colon + 2).split(",")) {
                String column = qualified.trim();
                int dot = column.lastIndexOf('.');
                columns.add(dot >= 0 ? column.substring(dot + 1) : column);
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String column : columns) {
            fields.put(context.attributeFor(column), null);
        }
        return UniqueErrors.create(fields, null, sql, error);
    }
}
