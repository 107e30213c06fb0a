package org.sequelize4j.queryinterface;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.CallScope;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;
import org.sequelize4j.query.ExpressionResolver;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeMismatch;

/**
 * bulkInsert, bulkUpdate and bulkDelete on a table without a model: the table's columns, read from
 * the database, stand in for attributes, so values are checked against and bound with the column's
 * type and conditions name columns.
 */
final class BulkWrites {

    private final ChangeRunner runner;
    private final TableModels models;

    BulkWrites(ChangeRunner runner, TableModels models) {
        this.runner = runner;
        this.models = models;
    }

    private Engine engine() {
        return runner.engine();
    }

    private ModelDefinition model(String operation, TableRef table, BulkOptions options) {
        List<ColumnDescription> columns = runner.read(options, connection -> runner.editor().columns(connection, table));
        return models.live(operation, table, columns, options.types());
    }

    private static AttributeDefinition attribute(ModelDefinition model, String operation, String column) {
        AttributeDefinition a = model.attributeByField(column);
        if (a == null) {
            throw new SchemaChangeError(operation, model.tableName(), column, "the table has no such column; its"
                    + " columns are " + model.columns().stream().map(AttributeDefinition::field).toList());
        }
        return a;
    }

    private Object value(AttributeDefinition a, Object value, List<ValidationErrorItem> errors) {
        try {
            return engine().coercion().coerce(a.type(), value);
        } catch (TypeMismatch e) {
            errors.add(new ValidationErrorItem(a.field() + " " + e.getMessage(), "Validation error", a.field(), value,
                    e.validatorKey(), List.of(), "CORE"));
            return null;
        }
    }

    int bulkInsert(String name, List<? extends Map<String, ?>> rows, BulkOptions options) {
        if (rows.isEmpty()) {
            return 0;
        }
        TableRef table = new TableRef(options.schema(), name, null);
        ModelDefinition model = model("bulkInsert", table, options);
        InsertSpec.Conflict conflict = options.isIgnoreDuplicates()
                ? new InsertSpec.Conflict(List.of(), true, List.of(), null) : null;
        // Rows naming the same columns go together, in order, so that the columns a row leaves out get
        // their defaults rather than NULL.
        List<SqlStatement> statements = new ArrayList<>();
        List<ValidationErrorItem> errors = new ArrayList<>();
        int start = 0;
        while (start < rows.size()) {
            Set<String> keys = new LinkedHashSet<>(rows.get(start).keySet());
            int end = start + 1;
            while (end < rows.size() && rows.get(end).keySet().equals(keys)) {
                end++;
            }
            List<AttributeDefinition> columns = new ArrayList<>();
            for (String key : keys) {
                columns.add(attribute(model, "bulkInsert", key));
            }
            int perStatement = columns.isEmpty() ? 1
                    : Math.max(1, Math.min(1000, engine().dialect().maxBoundParameters() / columns.size()));
            for (int from = start; from < end; from += perStatement) {
                List<Object[]> values = new ArrayList<>();
                for (Map<String, ?> row : rows.subList(from, Math.min(end, from + perStatement))) {
                    Object[] line = new Object[columns.size()];
                    int i = 0;
                    for (String key : keys) {
                        line[i] = value(columns.get(i), row.get(key), errors);
                        i++;
                    }
                    values.add(line);
                }
                statements.add(engine().writes().insert(model, columns, values, List.of(), conflict));
            }
            start = end;
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
        return write(options, statements);
    }

    int bulkUpdate(String name, Map<String, ?> values, Condition where, BulkOptions options) {
        requireWhere("bulkUpdate", name, where);
        if (values.isEmpty()) {
            throw new SchemaChangeError("bulkUpdate", name, null, "no values to set");
        }
        TableRef table = new TableRef(options.schema(), name, null);
        ModelDefinition model = model("bulkUpdate", table, options);
        ExpressionResolver resolver = engine().writes().resolver(model);
        List<UpdateSpec.Assignment> assignments = new ArrayList<>();
        List<ValidationErrorItem> errors = new ArrayList<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            AttributeDefinition a = attribute(model, "bulkUpdate", e.getKey());
            SqlExpr value = e.getValue() instanceof Expression expression ? resolver.expression(expression, "bulkUpdate")
                    : engine().writes().param(a, value(a, e.getValue(), errors));
            assignments.add(new UpdateSpec.Assignment(a.field(), value));
        }
        if (!errors.isEmpty()) {
            throw new ValidationError(errors);
        }
        SqlExpr condition = condition(resolver, "bulkUpdate", name, where);
        return write(options, List.of(engine().writes().update(model, assignments, condition, null, List.of())));
    }

    int bulkDelete(String name, Condition where, BulkOptions options) {
        requireWhere("bulkDelete", name, where);
        TableRef table = new TableRef(options.schema(), name, null);
        ModelDefinition model = model("bulkDelete", table, options);
        SqlExpr condition = condition(engine().writes().resolver(model), "bulkDelete", name, where);
        return write(options, List.of(engine().writes().delete(model, condition, null)));
    }

    private static void requireWhere(String operation, String table, Condition where) {
        if (where == null) {
            throw new SchemaChangeError(operation, table, "where", "a null where would match every row; pass Op.and()"
                    + " to match every row on purpose");
        }
    }

    private static SqlExpr condition(ExpressionResolver resolver, String operation, String table, Condition where) {
        try {
            return resolver.condition(where, operation + " where");
        } catch (QueryError e) {
            throw new SchemaChangeError(operation, table, "where", e.getMessage());
        }
    }

    /** Runs the statements, several of them in one transaction so that a failure writes none. */
    private int write(BulkOptions options, List<SqlStatement> statements) {
        ConnectionScope scope = engine().scope(options);
        if (statements.size() == 1 || CallScope.unwrap(scope) != null) {
            return run(scope, statements);
        }
        return engine().transactions().inNewTransaction(CallScope.keepingCallSettings(scope, s -> run(s, statements)));
    }

    private int run(ConnectionScope scope, List<SqlStatement> statements) {
        int count = 0;
        for (SqlStatement statement : statements) {
            count += engine().executor().update(scope, Objects.requireNonNull(statement), ErrorContext.NONE);
        }
        return count;
    }
}
