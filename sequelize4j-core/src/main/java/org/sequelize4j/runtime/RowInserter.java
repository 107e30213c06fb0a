package org.sequelize4j.runtime;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.Snapshots;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.hydration.InstanceHydrator;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.query.WritePlanner;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.SelectSpec;

/**
 * Runs one INSERT of one or more instances and writes what the database generated back into them:
 * through RETURNING where the dialect has it, otherwise from the driver's generated keys.
 */
final class RowInserter {

    private RowInserter() {
    }

    /**
     * Inserts rows and fills the instances with generated values.
     *
     * @param columns the attributes written, in order
     * @param rows canonical values per instance, in {@code columns} order, one row per instance
     * @param returnAll read every column back instead of keys and database defaults only
     * @param conflict conflict handling, or null
     * @return whether every instance could be matched to its inserted row
     */
    static boolean insert(ModelRuntime runtime, ConnectionScope scope, List<Model> instances,
                          List<AttributeDefinition> columns, org.sequelize4j.query.InsertRows rows, boolean returnAll,
                          InsertSpec.Conflict conflict) {
        Engine engine = runtime.engine();
        ModelDefinition definition = runtime.definition();
        Dialect dialect = engine.dialect();
        // One row under a conflict clause is read back to learn whether it was written; several cannot be
        // matched to their rows that way, so nothing is read back for them but generated values.
        List<AttributeDefinition> returning = returning(definition, returnAll, conflict != null && instances.size() == 1);
        SqlStatement statement = engine.writes().insert(definition, columns, rows, returning, conflict);
        boolean matched;
        if (dialect.capabilities().insertReturning() && !returning.isEmpty()) {
            List<ColumnMapping> mappings = new ArrayList<>(returning.size());
            for (AttributeDefinition a : returning) {
                mappings.add(new ColumnMapping(a, a.name(),
                        a.isAutoIncrement() ? dialect.generatedKeyCodec(a.type()) : dialect.codec(a.type())));
            }
            InstanceHydrator hydrator = new InstanceHydrator(definition, mappings);
            matched = engine.executor().query(scope, statement, runtime.errorContext(), rs -> {
                int i = 0;
                boolean all = true;
                while (rs.next()) {
                    if (i < instances.size() && (conflict == null || instances.size() == 1)) {
                        hydrator.readInto(rs, instances.get(i));
                    } else {
                        all = false;
                    }
                    i++;
                }
                return all && i == instances.size();
            });
        } else {
            AttributeDefinition generated = generatedColumn(definition);
            if (generated == null && returning.isEmpty()) {
                // Every value was bound (a join row's two keys, say): nothing to read back.
                int inserted = engine.executor().update(scope, statement, runtime.errorContext());
                matched = inserted == instances.size();
            } else {
                matched = engine.executor().insertWithGeneratedKeys(scope, statement, runtime.errorContext(),
                        rs -> readGeneratedKeys(rs, generated, instances, dialect, conflict == null));
            }
        }
        reloadTriggerValues(runtime, scope, instances);
        for (Model instance : instances) {
            markPersisted(instance);
        }
        return matched;
    }

    /**
     * What the insert reads back: generated keys and database defaults; the primary key too when a
     * conflict clause may skip rows (the rows returned say which were written). A key whose values were
     * all bound is not read back otherwise: the instances have it already.
     */
    private static List<AttributeDefinition> returning(ModelDefinition definition, boolean returnAll,
                                                       boolean conflict) {
        if (returnAll) {
            return definition.columns();
        }
        List<AttributeDefinition> returning = new ArrayList<>();
        for (AttributeDefinition a : definition.columns()) {
            if (a.isPrimaryKey() && conflict || a.isAutoIncrement()
                    || a.defaultKind() == AttributeDefinition.DefaultKind.DATABASE) {
                returning.add(a);
            }
        }
        return returning;
    }

    private static AttributeDefinition generatedColumn(ModelDefinition definition) {
        for (AttributeDefinition a : definition.columns()) {
            if (a.isAutoIncrement()) {
                return a;
            }
        }
        return null;
    }

    private static boolean readGeneratedKeys(ResultSet rs, AttributeDefinition generated, List<Model> instances,
                                             Dialect dialect, boolean exact) throws java.sql.SQLException {
        if (generated == null) {
            return true;
        }
        List<Object> keys = new ArrayList<>();
        while (rs.next()) {
            keys.add(rs.getObject(1));
        }
        if (keys.size() != instances.size() || !exact) {
            return false;
        }
        var codec = dialect.codec(generated.type());
        for (int i = 0; i < keys.size(); i++) {
            Model instance = instances.get(i);
            if (generated.accessor().get(instance) == null || isZero(generated.accessor().get(instance))) {
                generated.accessor().set(instance, codec.fromDriver(keys.get(i)));
            }
        }
        return true;
    }

    private static boolean isZero(Object value) {
        return value instanceof Number && ((Number) value).longValue() == 0;
    }

    /** Reads back auto-incremented columns that the dialect fills with triggers. */
    private static void reloadTriggerValues(ModelRuntime runtime, ConnectionScope scope, List<Model> instances) {
        ModelDefinition definition = runtime.definition();
        Dialect dialect = runtime.engine().dialect();
        AttributeDefinition generated = generatedColumn(definition);
        if (generated == null || !dialect.autoIncrementNeedsReload(generated.isPrimaryKey())
                || definition.primaryKeys().isEmpty()) {
            return;
        }
        for (Model instance : instances) {
            Map<AttributeDefinition, Object> key = new LinkedHashMap<>();
            for (AttributeDefinition k : definition.primaryKeys()) {
                key.put(k, runtime.engine().coercion().coerce(k.type(), k.accessor().get(instance)));
            }
            SqlExpr where = runtime.engine().writes().keyCondition(definition, key, List.of());
            InstanceHydrator hydrator = new InstanceHydrator(definition,
                    List.of(new ColumnMapping(generated, generated.name(), dialect.codec(generated.type()))));
            readBack(runtime, scope, instance, where, List.of(generated), hydrator);
        }
    }

    /**
     * Reads {@code attributes} of the row matching {@code where} into the instance, for dialects whose
     * writes cannot return them; {@code hydrator} maps exactly those attributes.
     */
    static void readBack(ModelRuntime runtime, ConnectionScope scope, Model instance, SqlExpr where,
                         List<AttributeDefinition> attributes, InstanceHydrator hydrator) {
        List<SqlExpr> columns = attributes.stream().<SqlExpr>map(a -> new SqlExpr.Column(null, a.field())).toList();
        SelectSpec select = new SelectSpec(WritePlanner.table(runtime.definition()), columns, List.of(), where,
                List.of(), null, List.of(), null, null, null);
        runtime.engine().executor().query(scope, runtime.engine().renderer().select(select), runtime.errorContext(),
                rs -> {
                    if (rs.next()) {
                        hydrator.readInto(rs, instance);
                    }
                    return null;
                });
    }

    /** Records that the instance's row exists and its current values are the stored ones. */
    static void markPersisted(Model instance) {
        if (InstanceState.settleAsStored(instance)) {
            return;
        }
        InstanceState.setNewRecord(instance, false);
        snapshot(instance, InstanceState.definition(instance).attributes());
        InstanceState.clearAssigned(instance);
    }

    /** Remembers the current values of some attributes as the stored ones. */
    static void snapshot(Model instance, List<AttributeDefinition> attributes) {
        Object[] previous = InstanceState.previousForWrite(instance);
        for (AttributeDefinition a : attributes) {
            Object value = a.accessor().get(instance);
            previous[a.index()] = a.isMutableValue() ? Snapshots.copy(value) : value;
        }
    }
}
