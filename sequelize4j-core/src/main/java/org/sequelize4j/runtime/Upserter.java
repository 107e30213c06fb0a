package org.sequelize4j.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.UpsertOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.UniqueKey;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.sql.InsertSpec;

/**
 * {@code upsert}: one INSERT that updates the existing row on a unique-key conflict
 * ({@code ON CONFLICT … DO UPDATE} on PostgreSQL and SQLite, {@code ON DUPLICATE KEY UPDATE} on
 * MySQL/MariaDB), then the row as stored, read back by its conflict key in the same transaction.
 */
public final class Upserter {

    private final ModelRuntime runtime;

    Upserter(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * The outcome.
     *
     * @param instance the row as stored
     * @param created whether it was inserted, or null where the database does not tell
     */
    public record Result(Model instance, Boolean created) {
    }

    /**
     * Inserts or updates a row.
     *
     * @param scope the caller's transaction, or null (a transaction of its own is used)
     */
    public Result upsert(Map<String, Object> values, UpsertOptions options, ConnectionScope scope) {
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        if (hooks.has(HookType.BEFORE_UPSERT)) {
            hooks.run(HookCall.of(HookType.BEFORE_UPSERT, options).withValues(values));
        }
        ModelDefinition def = runtime.definition();
        Model instance = runtime.persister().build(values);
        Instant now = Instant.now();
        if (def.createdAt() != null && def.createdAt().accessor().get(instance) == null) {
            runtime.values().store(instance, def.createdAt(), now);
        }
        if (def.updatedAt() != null) {
            runtime.values().store(instance, def.updatedAt(), now);
        }
        Set<AttributeDefinition> given = new LinkedHashSet<>();
        for (String key : values.keySet()) {
            AttributeDefinition a = def.attribute(key);
            if (a == null) {
                throw new QueryError("Model '" + def.name() + "' has no attribute '" + key + "' (used in upsert)");
            }
            if (!a.isVirtual()) {
                given.add(a);
            }
        }
        List<AttributeDefinition> columns = new ArrayList<>();
        for (AttributeDefinition a : def.columns()) {
            Object value = a.accessor().get(instance);
            if (given.contains(a) || value != null && !a.isAutoIncrement()) {
                columns.add(a);
            }
        }
        if (options.isValidate()) {
            List<ValidationErrorItem> errors = new ArrayList<>(ValueChecker.check(instance, def, new ArrayList<>(given),
                    runtime.engine().coercion(), true).errors());
            errors.addAll(InstanceValidator.validate(def, instance, given));
            ValueChecker.throwIfAny(errors);
        }
        ValueChecker.Result checked = ValueChecker.check(instance, def, columns, runtime.engine().coercion(), true);
        ValueChecker.throwIfAny(checked.errors());
        List<AttributeDefinition> target = conflictTarget(def, given, options);
        List<String> update = new ArrayList<>();
        for (AttributeDefinition a : columns) {
            boolean wanted = options.fields() == null ? given.contains(a) || a == def.updatedAt()
                    : options.fields().contains(a.name()) || a == def.updatedAt();
            if (wanted && !target.contains(a) && a != def.createdAt() && !a.isPrimaryKey() && a != def.version()) {
                update.add(a.field());
            }
        }
        // An update through upsert is a change like any other: instances holding the old version become stale.
        List<String> increments = def.version() == null ? List.of() : List.of(def.version().field());
        List<String> targetColumns = target.stream().map(AttributeDefinition::field).toList();
        InsertSpec.Conflict conflict = update.isEmpty()
                ? new InsertSpec.Conflict(targetColumns, true, List.of(), null)
                : new InsertSpec.Conflict(targetColumns, false, update, null, increments);
        Map<String, Object> key = new LinkedHashMap<>();
        for (AttributeDefinition a : target) {
            key.put(a.name(), a.accessor().get(instance));
        }
        Boolean[] created = new Boolean[1];
        Model stored = inScope(scope, s -> {
            try {
                int count = runtime.engine().executor().update(s, runtime.engine().writes().insert(def, columns,
                        List.<Object[]>of(checked.values), List.of(), conflict), runtime.errorContext());
                created[0] = runtime.engine().dialect().upsertInserted(count);
            } catch (UniqueConstraintError e) {
                throw runtime.persister().withValues(e, instance);
            }
            return runtime.finder().findByAttributes(key, s);
        });
        Result result = new Result(stored, created[0]);
        if (hooks.has(HookType.AFTER_UPSERT)) {
            hooks.run(HookCall.of(HookType.AFTER_UPSERT, options).withInstance(stored).withValues(values).withResult(stored));
        }
        return result;
    }

    private Model inScope(ConnectionScope scope, java.util.function.Function<ConnectionScope, Model> work) {
        if (org.sequelize4j.jdbc.CallScope.unwrap(scope) != null) {
            return work.apply(scope);
        }
        return runtime.engine().transactions().inNewTransaction(org.sequelize4j.jdbc.CallScope.keepingCallSettings(scope, work));
    }

    private static List<AttributeDefinition> conflictTarget(ModelDefinition def, Set<AttributeDefinition> given,
                                                            UpsertOptions options) {
        if (options.conflictFields() != null) {
            List<AttributeDefinition> target = new ArrayList<>();
            for (String name : options.conflictFields()) {
                AttributeDefinition a = def.attribute(name);
                if (a == null || a.isVirtual()) {
                    throw new QueryError("Model '" + def.name() + "' has no attribute '" + name + "' (used in conflictFields)");
                }
                target.add(a);
            }
            return target;
        }
        if (!def.primaryKeys().isEmpty() && given.containsAll(def.primaryKeys())) {
            return def.primaryKeys();
        }
        for (UniqueKey key : def.uniqueKeys()) {
            if (given.containsAll(key.attributes())) {
                return key.attributes();
            }
        }
        throw new ValidationError(List.of(new ValidationErrorItem("upsert on model '" + def.name()
                + "' needs values for the primary key or for a unique key to find an existing row",
                "Validation error", def.primaryKeys().isEmpty() ? def.name() : def.primaryKeys().get(0).name(), null,
                "upsert", List.of(), "CORE")));
    }
}
