package org.sequelize4j.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.sql.DeleteSpec;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.SelectSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlRenderer;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.TableRef;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeCoercion;
import org.sequelize4j.types.ValueCodec;

/**
 * Plans INSERT, UPDATE and DELETE statements for a model from values that have already been checked
 * and converted to their canonical types. Where the dialect cannot LIMIT an UPDATE or DELETE, the
 * limit is applied to a subquery on the primary key instead.
 */
public final class WritePlanner {

    private final Dialect dialect;
    private final SqlRenderer renderer;
    private final TypeCoercion coercion;
    private final org.sequelize4j.sql.TextsByKey<InsertShape> insertTexts = new org.sequelize4j.sql.TextsByKey<>();
    private final org.sequelize4j.sql.TextCache updateTexts = new org.sequelize4j.sql.TextCache();
    /** Static updates' plans by the shape of their options. */
    private final ShapedPlans updatePlans;
    /** A shape's first marker: the statement kind. */
    private static final Object UPDATE = new org.sequelize4j.sql.StatementShape.Marker(102);

    /** A planner for one dialect. */
    public WritePlanner(Dialect dialect, SqlRenderer renderer, TypeCoercion coercion) {
        this.dialect = dialect;
        this.renderer = renderer;
        this.coercion = coercion;
        this.updatePlans = new ShapedPlans(coercion);
    }

    /** The table of a model, unaliased (as UPDATE and DELETE need it). */
    public static TableRef table(ModelDefinition model) {
        return new TableRef(model.schema(), model.tableName(), null);
    }

    /** A resolver of unqualified column names for a model. */
    public ExpressionResolver resolver(ModelDefinition model) {
        return new ExpressionResolver(model, null, dialect, coercion, Map.of());
    }

    /** A bound value of an attribute. */
    public SqlExpr.Param param(AttributeDefinition attribute, Object canonicalValue) {
        return new SqlExpr.Param(canonicalValue, dialect.codec(attribute.type()));
    }

    /** {@code column = column + amount}, computed by the database so concurrent changes add up. */
    public UpdateSpec.Assignment addTo(AttributeDefinition attribute, Object canonicalAmount) {
        return new UpdateSpec.Assignment(attribute.field(), dialect.checkedSum(
                new SqlExpr.Add(new SqlExpr.Column(null, attribute.field()), param(attribute, canonicalAmount)),
                attribute.type()));
    }

    /** {@code version = version + 1} for an optimistic-locking version attribute. */
    public UpdateSpec.Assignment versionBump(AttributeDefinition version) {
        return addTo(version, coercion.coerce(version.type(), 1));
    }

    /**
     * An INSERT of rows, each holding values for {@code columns} in order. The statement text depends only
     * on the table, columns, row count, returned columns and conflict clause, so it is rendered once per
     * such shape and reused (bulk inserts send many statements of the same shape).
     *
     * @param returning columns to return where the dialect has RETURNING
     * @param conflict conflict handling or null
     */
    public SqlStatement insert(ModelDefinition model, List<AttributeDefinition> columns, List<Object[]> rows,
                               List<AttributeDefinition> returning, InsertSpec.Conflict conflict) {
        return insert(model, columns, InsertRows.of(rows, columns.size()), returning, conflict);
    }

    /** {@link #insert(ModelDefinition, List, List, List, InsertSpec.Conflict)} of rows kept in one array. */
    public SqlStatement insert(ModelDefinition model, List<AttributeDefinition> columns, InsertRows rows,
                               List<AttributeDefinition> returning, InsertSpec.Conflict conflict) {
        if (rows.width() != columns.size()) {
            throw new IllegalArgumentException("Rows of " + rows.width() + " values for " + columns.size() + " columns");
        }
        List<String> names = new ArrayList<>(columns.size());
        ValueCodec[] codecs = new ValueCodec[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            names.add(columns.get(i).field());
            codecs[i] = dialect.codec(columns.get(i).type());
        }
        List<String> returned = new ArrayList<>(returning.size());
        for (AttributeDefinition a : returning) {
            returned.add(a.field());
        }
        if (conflict != null && conflict.where() != null) {
            // A conditional upsert carries parameters of its own; render it in full.
            List<List<SqlExpr>> values = new ArrayList<>(rows.count());
            for (int r = 0; r < rows.count(); r++) {
                List<SqlExpr> exprs = new ArrayList<>(rows.width());
                for (int i = 0; i < rows.width(); i++) {
                    exprs.add(new SqlExpr.Param(rows.get(r, i), codecs[i]));
                }
                values.add(exprs);
            }
            return renderer.insert(new InsertSpec(table(model), names, values, returned, conflict));
        }
        InsertShape shape = new InsertShape(table(model), names, rows.count(), returned, conflict);
        String sql = insertTexts.text(shape, this::renderInsert);
        List<Object> values = rows.asList();
        return new SqlStatement(sql, values, new RepeatingCodecs(codecs, values.size()));
    }

    /** The codecs of one row's columns, repeated for every row of a multi-row INSERT, without copying. */
    private static final class RepeatingCodecs extends java.util.AbstractList<ValueCodec>
            implements java.util.RandomAccess {
        private final ValueCodec[] row;
        private final int size;

        RepeatingCodecs(ValueCodec[] row, int size) {
            this.row = row;
            this.size = size;
        }

        @Override
        public ValueCodec get(int index) {
            java.util.Objects.checkIndex(index, size);
            return row[index % row.length];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** What an INSERT statement's text depends on. */
    private record InsertShape(TableRef table, List<String> columns, int rows, List<String> returning,
                               InsertSpec.Conflict conflict) {
        // Hand-written for the reason TableRef's are: every create() looks its text up by this key,
        // and the generated methods are slow on a cold JVM.
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof InsertShape)) {
                return false;
            }
            InsertShape o = (InsertShape) other;
            return rows == o.rows && table.equals(o.table) && columns.equals(o.columns) && returning.equals(o.returning)
                    && java.util.Objects.equals(conflict, o.conflict);
        }

        @Override
        public int hashCode() {
            return ((table.hashCode() * 31 + columns.hashCode()) * 31 + rows) * 31 + returning.hashCode();
        }
    }

    private String renderInsert(InsertShape shape) {
        List<SqlExpr> placeholders = new ArrayList<>(shape.columns().size());
        for (int i = 0; i < shape.columns().size(); i++) {
            placeholders.add(new SqlExpr.Param(null, null));
        }
        List<List<SqlExpr>> rows = java.util.Collections.nCopies(shape.rows(), placeholders);
        return renderer.insert(new InsertSpec(shape.table(), shape.columns(), rows, shape.returning(), shape.conflict()))
                .sql();
    }

    /** The condition matching one row by its primary key (and any extra conditions, such as the version). */
    public SqlExpr keyCondition(ModelDefinition model, Map<AttributeDefinition, Object> key, List<SqlExpr> extra) {
        List<SqlExpr> parts = new ArrayList<>(key.size() + extra.size());
        ExpressionResolver resolver = resolver(model);
        for (Map.Entry<AttributeDefinition, Object> e : key.entrySet()) {
            parts.add(new SqlExpr.Compare(resolver.column(e.getKey()), org.sequelize4j.sql.Operator.EQ,
                    param(e.getKey(), e.getValue())));
        }
        parts.addAll(extra);
        return parts.size() == 1 ? parts.get(0) : new SqlExpr.And(parts);
    }

    /**
     * An UPDATE of {@code assignments} (bound values of their columns) where {@code where} holds, with
     * the soft-delete filter of a paranoid model when {@code paranoid}. An update whose options have
     * the shape of one planned before (see {@link OptionShapes}) reuses that plan with its own values.
     */
    public SqlStatement update(ModelDefinition model, List<UpdateSpec.Assignment> assignments, Condition where,
                               boolean paranoid, Integer limit, List<AttributeDefinition> returning) {
        OptionShapes.Walk shape = OptionShapes.update(model, assignments, where, paranoid, limit, returning);
        if (shape == null) {
            return update(model, assignments, SelectPlanner.whereClause(model, resolver(model), where, paranoid), limit,
                    returning);
        }
        List<Object> assigned = new ArrayList<>(assignments.size());
        for (UpdateSpec.Assignment a : assignments) {
            assigned.add(((SqlExpr.Param) a.value()).value());
        }
        ShapedPlans.Bound bound = updatePlans.bind(shape, assigned, model);
        if (bound != null) {
            return bound.statement();
        }
        SqlStatement statement = update(model, assignments,
                SelectPlanner.whereClause(model, resolver(model), where, paranoid), limit, returning);
        if (!updatePlans.isKnown(shape)) {
            updatePlans.keep(shape, assigned, statement, null, model);
        }
        return statement;
    }

    /**
     * An UPDATE planned in full, without looking for or keeping a plan of its options' shape: for
     * callers that keep plans of their own.
     */
    public SqlStatement planUpdate(ModelDefinition model, List<UpdateSpec.Assignment> assignments, Condition where,
                                   boolean paranoid) {
        return update(model, assignments, SelectPlanner.whereClause(model, resolver(model), where, paranoid), null,
                List.of());
    }

    /** An UPDATE with a resolved condition. */
    public SqlStatement update(ModelDefinition model, List<UpdateSpec.Assignment> assignments, SqlExpr where,
                               Integer limit, List<AttributeDefinition> returning) {
        List<String> returned = new ArrayList<>();
        for (AttributeDefinition a : returning) {
            returned.add(a.field());
        }
        if (limit != null && !dialect.capabilities().updateLimit()) {
            return renderer.update(new UpdateSpec(table(model), assignments, limitedByKey(model, where, limit), null,
                    returned));
        }
        UpdateSpec spec = new UpdateSpec(table(model), assignments, where, limit, returned);
        org.sequelize4j.sql.StatementShape.Builder shape = updateShape(spec);
        if (shape == null) {
            return renderer.update(spec);
        }
        SqlStatement cached = updateTexts.cached(shape);
        return cached != null ? cached : updateTexts.keep(shape, renderer.update(spec));
    }

    /**
     * The shape of an UPDATE whose text depends on its table, columns, condition structure, limit and
     * returned columns only, with its values in binding order (assignments, then the condition); null
     * for one that must be rendered in full.
     */
    private static org.sequelize4j.sql.StatementShape.Builder updateShape(UpdateSpec spec) {
        org.sequelize4j.sql.StatementShape.Builder shape = org.sequelize4j.sql.StatementShape.builder()
                .token(UPDATE).token(spec.table().schema()).token(spec.table().name())
                .token(spec.assignments().size());
        for (UpdateSpec.Assignment a : spec.assignments()) {
            shape.token(a.column());
            if (!shape.add(a.value())) {
                return null;
            }
        }
        shape.token(spec.where() != null);
        if (spec.where() != null && !shape.add(spec.where())) {
            return null;
        }
        shape.token(spec.limit()).token(spec.returning().size());
        for (String column : spec.returning()) {
            shape.token(column);
        }
        return shape;
    }

    /** A DELETE with a resolved condition. */
    public SqlStatement delete(ModelDefinition model, SqlExpr where, Integer limit) {
        if (limit != null && !dialect.capabilities().deleteLimit()) {
            return renderer.delete(new DeleteSpec(table(model), limitedByKey(model, where, limit), null, List.of()));
        }
        return renderer.delete(new DeleteSpec(table(model), where, limit, List.of()));
    }

    /** {@code pk IN (SELECT pk FROM table WHERE … LIMIT n)}, for dialects without UPDATE/DELETE … LIMIT. */
    private SqlExpr limitedByKey(ModelDefinition model, SqlExpr where, int limit) {
        AttributeDefinition key = model.primaryKey();
        if (key == null) {
            throw new QueryError("A limit on update or destroy of model '" + model.name()
                    + "' needs a single-column primary key on the " + dialect.name() + " dialect");
        }
        SqlExpr column = new SqlExpr.Column(null, key.field());
        SelectSpec inner = new SelectSpec(table(model), List.of(column), List.of(), where, List.of(), null, List.of(),
                limit, null, null);
        return new SqlExpr.InSubquery(column, inner);
    }
}
