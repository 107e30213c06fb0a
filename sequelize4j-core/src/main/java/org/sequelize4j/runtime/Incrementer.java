package org.sequelize4j.runtime;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.IncrementOptions;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.Instances;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.DatabaseError;
import org.sequelize4j.errors.InstanceError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.hydration.InstanceHydrator;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.query.ExpressionResolver;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeMismatch;

/**
 * {@code increment} and {@code decrement}: one {@code UPDATE … SET x = x + n} statement, so that
 * concurrent increments never lose each other's changes. An instance's new values are read back
 * afterwards (with RETURNING where the dialect has it).
 */
public final class Incrementer {

    private final ModelRuntime runtime;

    Incrementer(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    private Map<AttributeDefinition, Object> amounts(Map<String, ? extends Number> by, boolean decrement) {
        ModelDefinition def = runtime.definition();
        Map<AttributeDefinition, Object> amounts = new LinkedHashMap<>();
        List<ValidationErrorItem> errors = new ArrayList<>();
        for (Map.Entry<String, ? extends Number> e : by.entrySet()) {
            AttributeDefinition a = def.attribute(e.getKey());
            if (a == null || a.isVirtual() || !a.type().kind().isNumeric()) {
                throw new QueryError("Model '" + def.name() + "' has no numeric attribute '" + e.getKey()
                        + "' to increment; its attributes are " + def.attributeNames());
            }
            Number amount = e.getValue();
            if (amount == null) {
                throw new QueryError("increment of '" + e.getKey() + "' on model '" + def.name() + "' needs an amount");
            }
            Object signed = decrement ? negate(amount) : amount;
            try {
                amounts.put(a, runtime.engine().coercion().coerce(a.type(), signed));
            } catch (TypeMismatch mismatch) {
                errors.add(new ValidationErrorItem(a.name() + " " + mismatch.getMessage(), "Validation error", a.name(),
                        amount, mismatch.validatorKey(), List.of(), "CORE"));
            }
        }
        ValueChecker.throwIfAny(errors);
        return amounts;
    }

    /** The amount negated exactly, without BigDecimal's text of a double (0.1 stays 0.1). */
    private static Object negate(Number amount) {
        if (amount instanceof Integer && (Integer) amount != Integer.MIN_VALUE) {
            return -(Integer) amount;
        }
        if (amount instanceof Long && (Long) amount != Long.MIN_VALUE) {
            return -(Long) amount;
        }
        if (amount instanceof Double || amount instanceof Float) {
            return -amount.doubleValue();
        }
        if (amount instanceof BigDecimal) {
            return ((BigDecimal) amount).negate();
        }
        if (amount instanceof java.math.BigInteger) {
            return ((java.math.BigInteger) amount).negate();
        }
        return new BigDecimal(amount.toString()).negate();
    }

    private List<UpdateSpec.Assignment> assignments(Map<AttributeDefinition, Object> amounts, boolean silent) {
        ModelDefinition def = runtime.definition();
        List<UpdateSpec.Assignment> set = new ArrayList<>();
        amounts.forEach((a, amount) -> set.add(runtime.engine().writes().addTo(a, amount)));
        if (def.updatedAt() != null && !silent) {
            set.add(new UpdateSpec.Assignment(def.updatedAt().field(), runtime.engine().writes().param(def.updatedAt(),
                    runtime.engine().coercion().coerce(def.updatedAt().type(), Instant.now()))));
        }
        if (def.version() != null && !amounts.containsKey(def.version())) {
            set.add(runtime.engine().writes().versionBump(def.version()));
        }
        return set;
    }

    /** The static form: changes every matching row; returns the count. */
    public int increment(Map<String, ? extends Number> by, IncrementOptions options, boolean decrement) {
        ModelDefinition def = runtime.definition();
        if (options.where() == null) {
            throw new QueryError("increment on model '" + def.name() + "' needs a where condition"
                    + " (Op.and() with no conditions matches every row)");
        }
        ConnectionScope scope = runtime.engine().scope(options);
        ExpressionResolver resolver = runtime.engine().writes().resolver(def);
        SqlExpr where = runtime.engine().selects().where(def, resolver, options.where(), true);
        Map<AttributeDefinition, Object> amounts = amounts(by, decrement);
        try {
            return runtime.engine().executor().update(scope, runtime.engine().writes().update(def,
                    assignments(amounts, options.isSilent()), where, null, List.of()), runtime.errorContext());
        } catch (DatabaseError e) {
            throw outOfRange(e, amounts);
        }
    }

    /**
     * A sum the database refused as outside its column's type (SQLSTATE 22003 on every dialect; SQLite's
     * comes from the range check its dialect adds), as the ValidationError a write of that value gives.
     */
    private static RuntimeException outOfRange(DatabaseError e, Map<AttributeDefinition, Object> amounts) {
        if (!"22003".equals(e.sqlState())) {
            return e;
        }
        List<ValidationErrorItem> items = new ArrayList<>();
        String names = amounts.keySet().stream().map(AttributeDefinition::name).collect(java.util.stream.Collectors.joining(", "));
        amounts.forEach((a, amount) -> items.add(new ValidationErrorItem(a.name() + " + " + amount + " would be outside"
                + " the range of " + a.type() + (amounts.size() > 1 ? " (for one of " + names + ")" : ""),
                "Validation error", a.name(), amount, "range", List.of(), "CORE")));
        var error = new org.sequelize4j.errors.ValidationError(items);
        error.initCause(e);
        return error;
    }

    /** The instance form: changes the instance's row, then reads the new values into the instance. */
    public void increment(Model instance, Map<String, ? extends Number> by, IncrementOptions options, boolean decrement) {
        ModelDefinition def = runtime.definition();
        ConnectionScope scope = runtime.engine().scope(options);
        Map<AttributeDefinition, Object> amounts = amounts(by, decrement);
        Object versionRead = def.version() == null ? null : InstanceState.previous(instance)[def.version().index()];
        // No version check: an atomic increment is correct whatever the instance last saw; the version is bumped.
        SqlExpr where = runtime.engine().writes().keyCondition(def, runtime.persister().storedKey(instance), List.of());
        List<AttributeDefinition> changed = new ArrayList<>(amounts.keySet());
        if (def.updatedAt() != null && !options.isSilent()) {
            changed.add(def.updatedAt());
        }
        if (def.version() != null && !changed.contains(def.version())) {
            changed.add(def.version());
        }
        List<String> unsaved = def.version() == null ? List.of() : instance.changed();
        if (def.version() != null) {
            // The instance takes the row's new version, so it must also hold every other value of that
            // version (someone may have written since it was read); its unsaved changes are kept.
            for (AttributeDefinition a : def.columns()) {
                if (!changed.contains(a) && !unsaved.contains(a.name())) {
                    changed.add(a);
                }
            }
        }
        List<ColumnMapping> mappings = new ArrayList<>();
        for (AttributeDefinition a : changed) {
            mappings.add(new ColumnMapping(a, a.name(), runtime.engine().dialect().codec(a.type())));
        }
        InstanceHydrator hydrator = new InstanceHydrator(def, mappings);
        boolean returning = runtime.engine().dialect().capabilities().updateReturning();
        var statement = runtime.engine().writes().update(def, assignments(amounts, options.isSilent()), where, null,
                returning ? changed : List.of());
        int count;
        try {
            count = run(scope, statement, returning, instance, hydrator, where, changed);
        } catch (DatabaseError e) {
            throw outOfRange(e, amounts);
        }
        if (count == 0) {
            throw new InstanceError("Instance of '" + def.name() + "' could not be incremented: its row "
                    + instance.where() + " no longer exists");
        }
        if (def.version() != null && !unsaved.isEmpty()) {
            keepVersionHonest(instance, def.version(), versionRead);
        }
    }

    private int run(ConnectionScope scope, org.sequelize4j.sql.SqlStatement statement, boolean returning, Model instance,
                    InstanceHydrator hydrator, SqlExpr where, List<AttributeDefinition> changed) {
        int count;
        if (returning) {
            count = runtime.engine().executor().query(scope, statement, runtime.errorContext(), rs -> {
                int rows = 0;
                while (rs.next()) {
                    hydrator.readInto(rs, instance);
                    rows++;
                }
                return rows;
            });
        } else {
            count = runtime.engine().executor().update(scope, statement, runtime.errorContext());
            if (count > 0) {
                RowInserter.readBack(runtime, scope, instance, where, changed, hydrator);
            }
        }
        return count;
    }

    /**
     * For an instance with unsaved changes: the increment read the row's new version back. Unless it is
     * exactly one past the version the instance had read, someone else wrote the row in between, and the
     * unsaved changes were made without seeing that write: the instance keeps the version it read, so
     * that saving them fails with OptimisticLockError instead of overwriting a change it never saw.
     */
    private static void keepVersionHonest(Model instance, AttributeDefinition version, Object versionRead) {
        boolean known = versionRead != InstanceState.UNKNOWN && versionRead != null;
        Object now = version.accessor().get(instance);
        if (known && now instanceof Number
                && ((Number) now).longValue() == ((Number) versionRead).longValue() + 1) {
            return;
        }
        version.accessor().set(instance, known ? versionRead : null);
        InstanceState.previousForWrite(instance)[version.index()] = known ? versionRead : InstanceState.UNKNOWN;
    }
}
