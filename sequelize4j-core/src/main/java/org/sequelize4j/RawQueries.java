package org.sequelize4j;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.dialect.StandardCodecs;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.hydration.InstanceHydrator;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.SqlExecutor;
import org.sequelize4j.query.ExpressionResolver;
import org.sequelize4j.runtime.Engine;
import org.sequelize4j.sql.RawSql;
import org.sequelize4j.sql.SqlStatement;

/** Runs raw SQL for {@code sequelize.query}: placeholders bound, rows or counts returned. */
final class RawQueries {

    private final Engine engine;

    RawQueries(Engine engine) {
        this.engine = engine;
    }

    private SqlStatement prepare(String sql, QueryOptions options) {
        ExpressionResolver values = new ExpressionResolver(null, null, engine.dialect(), engine.coercion(), Map.of());
        return RawSql.prepare(sql, options.namedReplacements(), options.positionalReplacements(), options.namedBind(),
                options.positionalBind(), value -> (org.sequelize4j.sql.SqlExpr.Param) values.param(value),
                engine.dialect().rawSyntax());
    }

    QueryResult run(String sql, QueryOptions options) {
        SqlStatement statement = prepare(sql, options);
        // Declared a SELECT, it may go to a read replica.
        ConnectionScope scope = options.type() == QueryType.SELECT ? engine.readScope(options) : engine.scope(options);
        // Declared a SELECT, the statement is the caller's promise that running it twice changes nothing,
        // so it is retried on a broken connection like a find; other raw SQL may write and never is.
        SqlExecutor.StatementWork<QueryResult> work = ps -> {
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    return new QueryResult(InstanceHydrator.readLabelled(rs), -1);
                }
            }
            return new QueryResult(List.of(), ps.getUpdateCount());
        };
        QueryResult result = options.type() == QueryType.SELECT
                ? engine.executor().runReadStatement(scope, statement, ErrorContext.NONE, work)
                : engine.executor().runStatement(scope, statement, ErrorContext.NONE, work);
        if (options.isNest()) {
            List<Map<String, Object>> nested = new ArrayList<>(result.rows().size());
            for (Map<String, Object> row : result.rows()) {
                nested.add(nest(row));
            }
            result = new QueryResult(nested, result.affectedRows());
        }
        if (options.isPlain() && result.rows().size() > 1) {
            return new QueryResult(result.rows().subList(0, 1), result.affectedRows());
        }
        return result;
    }

    /**
     * A row with its dotted labels as nested maps ({@code user.address.city} three levels deep), in
     * column order; a plain value and a nested map of the same name keep the map, as Sequelize's does.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> nest(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            String[] path = column.getKey().split("\\.", -1);
            Map<String, Object> level = out;
            for (int i = 0; i < path.length - 1; i++) {
                Object child = level.get(path[i]);
                if (!(child instanceof Map)) {
                    child = new LinkedHashMap<String, Object>();
                    level.put(path[i], child);
                }
                level = (Map<String, Object>) child;
            }
            String last = path[path.length - 1];
            if (!(level.get(last) instanceof Map)) {
                level.put(last, column.getValue());
            }
        }
        return out;
    }

    <M extends Model> List<M> runForModel(String sql, ModelStatic<M> model, QueryOptions options) {
        SqlStatement statement = prepare(sql, options);
        ModelDefinition definition = model.definition();
        ConnectionScope scope = engine.readScope(options);
        List<Model> rows = engine.executor().query(scope, statement, ErrorContext.NONE, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<ColumnMapping> mappings = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String label = meta.getColumnLabel(i);
                AttributeDefinition a = definition.attributeByField(label);
                if (a == null) {
                    a = definition.attribute(label);
                }
                mappings.add(a != null && !a.isVirtual()
                        ? new ColumnMapping(a, a.name(), engine.dialect().codec(a.type()))
                        : new ColumnMapping(null, label, StandardCodecs.OBJECT));
            }
            return new InstanceHydrator(definition, mappings).readAll(rs);
        });
        @SuppressWarnings("unchecked")
        List<M> typed = (List<M>) (List<?>) rows;
        return typed;
    }
}
