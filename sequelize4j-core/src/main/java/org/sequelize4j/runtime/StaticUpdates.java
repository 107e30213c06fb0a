package org.sequelize4j.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.SaveOptions;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.dialect.UniqueErrors;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.hydration.ColumnMapping;
import org.sequelize4j.hydration.InstanceHydrator;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.sql.SqlStatement;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeMismatch;

/**
 * The static {@code update}: values set on every row matching a where condition, in one UPDATE. The
 * plain ones by one value take {@link KeyedUpdates}' kept statement; with {@code individualHooks} the
 * rows are loaded and saved one by one; on databases without {@code UPDATE … RETURNING} a returning
 * update reads its rows again ({@link ReselectingUpdate}).
 */
public final class StaticUpdates {

    private final ModelRuntime runtime;
    private final KeyedUpdates keyedUpdates;

    StaticUpdates(ModelRuntime runtime) {
        this.runtime = runtime;
        this.keyedUpdates = new KeyedUpdates(runtime);
    }

    /** The result of a static update: rows changed, and the rows themselves where {@code returning} was asked. */
    public record UpdateResult(int count, List<Model> rows) {
    }

    /** The static update: sets values on every row matching {@code options.where()}. */
    public UpdateResult update(Map<String, ?> givenValues, UpdateOptions options) {
        ModelDefinition def = runtime.definition();
        if (options.where() == null) {
            throw new QueryError("update on model '" + def.name() + "' needs a where condition"
                    + " (Op.and() with no conditions matches every row)");
        }
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        boolean before = hooks.has(HookType.BEFORE_BULK_UPDATE);
        boolean after = hooks.has(HookType.AFTER_BULK_UPDATE);
        if (!before && !after && !options.isIndividualHooks() && options.fields() == null && !options.isReturning()
                && options.limit() == null) {
            UpdateResult planned = keyedUpdates.tryUpdate(givenValues, options);
            if (planned != null) {
                return planned;
            }
        }
        // Hooks get a map of their own to change; without hooks the caller's map is only read.
        @SuppressWarnings("unchecked")
        Map<String, Object> values = before || after || options.isIndividualHooks()
                ? new LinkedHashMap<>(givenValues) : (Map<String, Object>) givenValues;
        if (before) {
            hooks.run(HookCall.of(HookType.BEFORE_BULK_UPDATE, options).withValues(values));
        }
        if (options.isIndividualHooks()) {
            UpdateResult result = updateIndividually(values, options);
            if (after) {
                hooks.run(HookCall.of(HookType.AFTER_BULK_UPDATE, options).withValues(values).withResult(result.count()));
            }
            return result;
        }
        AssignedValues assigned = new AssignedValues(values.size());
        List<ValidationErrorItem> errors = new ArrayList<>(0);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            AttributeDefinition a = def.attribute(e.getKey());
            if (a == null) {
                throw new QueryError("Model '" + def.name() + "' has no attribute '" + e.getKey()
                        + "' (used in update values); its attributes are " + def.attributeNames());
            }
            if (a.isVirtual() || options.fields() != null && !options.fields().contains(a.name())) {
                continue;
            }
            assigned.put(a, checked(def, a, e.getValue(), errors));
        }
        if (options.isValidate() && anyValidated(assigned.attributes())) {
            // The values go through the attributes' validators as a create would; model-wide validators
            // are left out, since they would see only these values and none of the rows'.
            Model probe = runtime.persister().build(Map.of());
            for (int i = 0; i < assigned.size(); i++) {
                runtime.values().store(probe, assigned.attribute(i), assigned.value(i));
            }
            errors.addAll(InstanceValidator.validateAttributes(probe, assigned.attributes()));
        }
        if (def.updatedAt() != null && !options.isSilent() && !assigned.contains(def.updatedAt())) {
            assigned.put(def.updatedAt(), runtime.engine().coercion().coerce(def.updatedAt().type(), Instant.now()));
        }
        ValueChecker.throwIfAny(errors);
        if (assigned.isEmpty()) {
            return new UpdateResult(0, List.of());
        }
        List<UpdateSpec.Assignment> assignments = new ArrayList<>(assigned.size() + 1);
        for (int i = 0; i < assigned.size(); i++) {
            AttributeDefinition a = assigned.attribute(i);
            assignments.add(new UpdateSpec.Assignment(a.field(), runtime.engine().writes().param(a, assigned.value(i))));
        }
        if (def.version() != null && !assigned.contains(def.version())) {
            // Rows changed behind their instances' backs: the version makes those instances stale.
            assignments.add(runtime.engine().writes().versionBump(def.version()));
        }
        ConnectionScope scope = runtime.engine().scope(options);
        UpdateResult result;
        try {
            result = run(def, assignments, options, scope);
        } catch (UniqueConstraintError e) {
            // The values it wrote go into the error, as a create's do.
            throw UniqueErrors.withValues(e, assigned.byName(org.sequelize4j.query.Expression.class));
        }
        if (after) {
            hooks.run(HookCall.of(HookType.AFTER_BULK_UPDATE, options).withValues(values).withResult(result.count()));
        }
        return result;
    }

    /** Runs a static update's statement: with RETURNING, by reading the rows again, or counting them. */
    private UpdateResult run(ModelDefinition def, List<UpdateSpec.Assignment> assignments, UpdateOptions options,
                             ConnectionScope scope) {
        boolean returning = options.isReturning();
        if (returning && !runtime.engine().dialect().capabilities().updateReturning()) {
            return new ReselectingUpdate(runtime).update(assignments, options, scope);
        }
        SqlStatement statement = runtime.engine().writes().update(def, assignments, options.where(),
                options.isParanoid(), options.limit(), returning ? def.columns() : List.of());
        if (!returning) {
            return new UpdateResult(runtime.engine().executor().update(scope, statement, runtime.errorContext()),
                    List.of());
        }
        List<ColumnMapping> mappings = new ArrayList<>();
        for (AttributeDefinition a : def.columns()) {
            mappings.add(new ColumnMapping(a, a.name(), runtime.engine().dialect().codec(a.type())));
        }
        InstanceHydrator hydrator = new InstanceHydrator(def, mappings);
        List<Model> rows = runtime.engine().executor().query(scope, statement, runtime.errorContext(),
                hydrator::readAll);
        return new UpdateResult(rows.size(), rows);
    }

    private static boolean anyValidated(Iterable<AttributeDefinition> attributes) {
        for (AttributeDefinition a : attributes) {
            if (!a.validators().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The update with per-instance hooks: the matching rows are loaded, and each is updated and saved on
     * its own, so that changes hooks make to one instance are written for that instance.
     */
    private UpdateResult updateIndividually(Map<String, Object> values, UpdateOptions options) {
        FindOptions find = FindOptions.query().where(options.where()).paranoid(options.isParanoid());
        if (options.limit() != null) {
            find.limit(options.limit());
        }
        if (options.isTransactionGiven()) {
            find.transaction(options.transaction());
        }
        List<Model> rows = runtime.finder().findAll(find);
        SaveOptions save = SaveOptions.saveOptions().silent(options.isSilent()).validate(options.isValidate());
        if (options.fields() != null) {
            save.fields(options.fields().toArray(new String[0]));
        }
        if (options.isTransactionGiven()) {
            save.transaction(options.transaction());
        }
        for (Model row : rows) {
            runtime.persister().update(row, values, save);
        }
        // The saved instances, as Sequelize's [count, rows] with individualHooks, returning or not.
        return new UpdateResult(rows.size(), rows);
    }

    private Object checked(ModelDefinition def, AttributeDefinition a, Object value, List<ValidationErrorItem> errors) {
        if (value == null) {
            if (!a.allowNull()) {
                errors.add(ValueChecker.notNull(def, a));
            }
            return null;
        }
        if (value instanceof org.sequelize4j.query.Expression) {
            throw new QueryError("update values must be plain values; use increment for arithmetic on '" + a.name() + "'");
        }
        try {
            return runtime.engine().coercion().coerce(a.type(), value);
        } catch (TypeMismatch e) {
            errors.add(new ValidationErrorItem(a.name() + " " + e.getMessage(), "Validation error", a.name(), value,
                    e.validatorKey(), List.of(), "CORE"));
            return null;
        }
    }
}
