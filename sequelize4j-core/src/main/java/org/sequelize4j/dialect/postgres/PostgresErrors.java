package org.sequelize4j.dialect.postgres;

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
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.ExclusionConstraintError;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.errors.TimeoutError;

/** Maps pgjdbc errors by SQLSTATE; unique violations are named from the server's "Key (…)=(…)" detail. */
final class PostgresErrors implements ErrorTranslator {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern TABLE = Pattern.compile("(?:on|in) table \"([^\"]+)\"");
    /** Check violations name the table as "new row for relation \"t\" violates check constraint …". */
    private static final Pattern RELATION = Pattern.compile("relation \"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("Key \\((.*)\\)=\\((.*)\\) already exists");

    @Override
    public SequelizeException translate(SQLException error, String sql, List<Object> parameters, ErrorContext context) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        String message = String.valueOf(error.getMessage());
        switch (state) {
            case "23505":
                return unique(error, message, sql, context);
            case "23503":
                return new ForeignKeyConstraintError(firstLine(message), group(CONSTRAINT, message), group(TABLE, message),
                        sql, parameters, error);
            case "23P01":
                return new ExclusionConstraintError(firstLine(message), group(CONSTRAINT, message), group(TABLE, message),
                        sql, parameters, error);
            case "23514":
                return new CheckConstraintError(firstLine(message), group(CONSTRAINT, message), group(RELATION, message),
                        sql, parameters, error);
            case "40P01":
            case "40001":
                return new TimeoutError(firstLine(message), true, sql, parameters, error);
            case "55P03":
            case "57014":
                return new TimeoutError(firstLine(message), false, sql, parameters, error);
            case "25006":
                return new org.sequelize4j.errors.ReadOnlyError(firstLine(message) + (sql == null ? "" : " [sql: " + sql + "]"),
                        sql, parameters, error);
            case "28P01":
            case "28000":
                return ConnectionErrors.accessDenied(error, "postgres");
            default:
                if (ConnectionErrors.isConnectionFailure(error) || state.equals("3D000")) {
                    return ConnectionErrors.translate(error, "postgres");
                }
                return new DatabaseError(firstLine(message) + (sql == null ? "" : " [sql: " + sql + "]"), sql,
                        parameters, error);
        }
    }

    @Override
    public boolean isConnectionError(SQLException error) {
        return ConnectionErrors.isConnectionFailure(error);
    }

    private static SequelizeException unique(SQLException error, String message, String sql, ErrorContext context) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Matcher key = KEY.matcher(message);
        if (key.find()) {
            String[] columns = key.group(1).split(", ");
            String[] values = splitValues(key.group(2), columns.length);
            for (int i = 0; i < columns.length; i++) {
                String column = unquote(columns[i]);
                fields.put(context.attributeFor(column), values == null ? null : values[i]);
            }
        } else {
            String constraint = group(CONSTRAINT, message);
            List<String> columns = constraint == null ? null : context.uniqueKeys().get(constraint);
            if (columns != null) {
                columns.forEach(c -> fields.put(context.attributeFor(c), null));
            }
        }
        return UniqueErrors.create(fields, group(CONSTRAINT, message), sql, error);
    }

    private static String[] splitValues(String values, int count) {
        // Values are reported as text; split on ", " only when the count matches, else leave them unknown.
        String[] parts = values.split(", ", -1);
        return parts.length == count ? parts : null;
    }

    private static String unquote(String column) {
        String c = column.trim();
        return c.startsWith("\"") && c.endsWith("\"") && c.length() > 1 ? c.substring(1, c.length() - 1).replace("\"\"", "\"") : c;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
