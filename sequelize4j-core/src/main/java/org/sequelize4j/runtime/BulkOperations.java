package org.sequelize4j.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sequelize4j.BulkCreateOptions;
import org.sequelize4j.DestroyOptions;
import org.sequelize4j.FindOptions;
import org.sequelize4j.HookType;
import org.sequelize4j.Model;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.AttributeRole;
import org.sequelize4j.definition.IndexDefinition;
import org.sequelize4j.definition.InstanceState;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.definition.UniqueKey;
import org.sequelize4j.errors.AggregateError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.query.ExpressionResolver;
import org.sequelize4j.query.InsertRows;
import org.sequelize4j.sql.InsertSpec;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.UpdateSpec;
import org.sequelize4j.types.TypeMismatch;

/**
 * Set-based writes: {@code bulkCreate} with multi-row INSERTs sized to the dialect's parameter limit,
 * and the static {@code destroy} and {@code restore} over a where condition (the static update is
 * {@link StaticUpdates}).
 */
public final class BulkOperations {

    /** Rows per INSERT statement unless {@code batchSize} says otherwise. */
    static final int DEFAULT_BATCH_ROWS = 1000;

    private final ModelRuntime runtime;

    BulkOperations(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    private ModelDefinition definition() {
        return runtime.definition();
    }

    /**
     * Inserts many instances. Every row is checked before any is inserted; then rows go in multi-row
     * INSERT statements, all in one transaction.
     *
     * @param scope the caller's transaction, or null: several statements then run in a transaction of their own
     */
    public void bulkCreate(List<Model> instances, BulkCreateOptions options, ConnectionScope scope) {
        if (instances.isEmpty()) {
            return;
        }
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        if (hooks.has(HookType.BEFORE_BULK_CREATE)) {
            hooks.run(HookCall.of(HookType.BEFORE_BULK_CREATE, options).withInstances(instances));
        }
        ModelDefinition def = definition();
        if (options.isIndividualHooks()) {
            for (Model instance : instances) {
                hooks.instance(HookType.BEFORE_CREATE, instance, options);
            }
        }
        Instant now = Instant.now();
        List<ValidationErrorItem> errors = new ArrayList<>();
        // Every row gets the same timestamps: converted once, not once per row.
        Object createdNow = timestampValue(def.createdAt(), now);
        Object updatedNow = timestampValue(def.updatedAt(), now);
        for (Model instance : instances) {
            if (createdNow != null && def.createdAt().accessor().get(instance) == null) {
                runtime.values().storeConverted(instance, def.createdAt(), createdNow);
            }
            if (updatedNow != null && def.updatedAt().accessor().get(instance) == null) {
                runtime.values().storeConverted(instance, def.updatedAt(), updatedNow);
            }
        }
        List<AttributeDefinition> columns = bulkColumns(def, instances, options);
        List<AggregateError.BulkRecordError> failed = new ArrayList<>();
        // Every row's checked values go into one array, which the statements bind slices of.
        int width = columns.size();
        Object[] values = new Object[instances.size() * width];
        for (int i = 0; i < instances.size(); i++) {
            Model instance = instances.get(i);
            ValueChecker.Result checked = ValueChecker.check(instance, def, columns, runtime.engine().coercion(), true,
                    new ValueChecker.Result(values, i * width));
            if (options.isValidate()) {
                // As Sequelize's validate: true, each failing record gets its own ValidationError.
                List<ValidationErrorItem> own = new ArrayList<>(checked.errors());
                own.addAll(InstanceValidator.validate(def, instance, columns));
                if (!own.isEmpty()) {
                    failed.add(new AggregateError.BulkRecordError(i, instance, new ValidationError(own)));
                }
            } else {
                errors.addAll(checked.errors());
            }
        }
        InsertRows rows = new InsertRows(values, width, 0, instances.size());
        if (!failed.isEmpty()) {
            throw new AggregateError(failed);
        }
        ValueChecker.throwIfAny(errors);

        InsertSpec.Conflict conflict = conflict(def, columns, options);
        int maxParameters = runtime.engine().dialect().capabilities().maxParameters();
        int perStatement = Math.max(1, maxParameters / Math.max(1, columns.size()));
        // Past about a thousand rows a statement gets slower to parse and plan than several smaller
        // ones (measured on PostgreSQL and SQLite: 10,000 rows in one INSERT took twice as long).
        perStatement = Math.min(perStatement, options.batchSize() != null ? options.batchSize() : DEFAULT_BATCH_ROWS);
        int chunk = perStatement;
        try {
            if (instances.size() <= chunk || org.sequelize4j.jdbc.CallScope.unwrap(scope) != null) {
                insertChunks(scope, instances, columns, rows, chunk, options, conflict);
            } else {
                runtime.engine().transactions().inNewTransaction(org.sequelize4j.jdbc.CallScope.keepingCallSettings(scope,
                        tx -> {
                            insertChunks(tx, instances, columns, rows, chunk, options, conflict);
                            return null;
                        }));
            }
        } catch (org.sequelize4j.errors.UniqueConstraintError e) {
            throw instances.size() == 1 ? runtime.persister().withValues(e, instances.get(0)) : e;
        }
        if (options.isIndividualHooks()) {
            for (Model instance : instances) {
                hooks.instance(HookType.AFTER_CREATE, instance, options);
            }
        }
        if (hooks.has(HookType.AFTER_BULK_CREATE)) {
            hooks.run(HookCall.of(HookType.AFTER_BULK_CREATE, options).withInstances(instances).withResult(instances));
        }
    }

    /** {@code now} converted for a timestamp attribute, or null when there is none. */
    private Object timestampValue(AttributeDefinition attribute, Instant now) {
        if (attribute == null) {
            return null;
        }
        try {
            return runtime.engine().coercion().convert(attribute.type(), now);
        } catch (org.sequelize4j.types.TypeMismatch e) {
            // Stored as given, as ValueAccess.store would; the row check reports it.
            return now;
        }
    }

    private void insertChunks(ConnectionScope scope, List<Model> instances, List<AttributeDefinition> columns,
                              InsertRows rows, int chunk, BulkCreateOptions options,
                              InsertSpec.Conflict conflict) {
        for (int start = 0; start < instances.size(); start += chunk) {
            int end = Math.min(instances.size(), start + chunk);
            RowInserter.insert(runtime, scope, instances.subList(start, end), columns, rows.slice(start, end),
                    options.isReturning(), conflict);
        }
    }

    private static List<AttributeDefinition> bulkColumns(ModelDefinition def, List<Model> instances,
                                                         BulkCreateOptions options) {
        Set<AttributeDefinition> columns = new LinkedHashSet<>();
        if (options.fields() != null) {
            for (String name : options.fields()) {
                AttributeDefinition a = def.attribute(name);
                if (a == null || a.isVirtual()) {
                    throw new QueryError("Model '" + def.name() + "' has no attribute with a column called '" + name
                            + "' (used in bulkCreate fields)");
                }
                columns.add(a);
            }
        }
        for (AttributeDefinition a : def.columns()) {
            if (a.role() == AttributeRole.CREATED_AT || a.role() == AttributeRole.UPDATED_AT
                    || a.role() == AttributeRole.VERSION) {
                columns.add(a);
                continue;
            }
            if (options.fields() != null) {
                continue;
            }
            boolean autoIncrement = a.isAutoIncrement();
            for (Model instance : instances) {
                Object value = a.accessor().get(instance);
                // A null auto-increment value is the database's to fill, assigned or not; for the key of a
                // bulk insert that is every row, so it is decided without asking for the assignment.
                if (value != null || !autoIncrement && InstanceState.isAssigned(instance, a.index())) {
                    columns.add(a);
                    break;
                }
            }
            if (!a.allowNull() && !a.isAutoIncrement() && a.defaultKind() != AttributeDefinition.DefaultKind.DATABASE) {
                columns.add(a);
            }
        }
        List<AttributeDefinition> ordered = new ArrayList<>();
        for (AttributeDefinition a : def.columns()) {
            if (columns.contains(a)) {
                ordered.add(a);
            }
        }
        return ordered;
    }

    private static InsertSpec.Conflict conflict(ModelDefinition def, List<AttributeDefinition> columns,
                                                BulkCreateOptions options) {
        if (!options.isIgnoreDuplicates() && options.updateOnDuplicate() == null) {
            return null;
        }
        List<String> target = new ArrayList<>();
        if (options.conflictAttributes() != null) {
            for (String name : options.conflictAttributes()) {
                AttributeDefinition a = def.attribute(name);
                if (a == null || a.isVirtual()) {
                    throw new QueryError("Model '" + def.name() + "' has no attribute '" + name
                            + "' (used in conflictAttributes)");
                }
                target.add(a.field());
            }
        } else if (options.updateOnDuplicate() != null) {
            for (AttributeDefinition a : inferredTarget(def, columns)) {
                target.add(a.field());
            }
        }
        // ignoreDuplicates without conflictAttributes has no target, as in Sequelize: ON CONFLICT DO
        // NOTHING skips a row that any unique key rejects (as MySQL's ON DUPLICATE KEY does).
        List<String> update = new ArrayList<>();
        if (options.updateOnDuplicate() != null) {
            for (String name : options.updateOnDuplicate()) {
                AttributeDefinition a = def.attribute(name);
                if (a == null || a.isVirtual()) {
                    throw new QueryError("Model '" + def.name() + "' has no attribute '" + name
                            + "' (used in updateOnDuplicate)");
                }
                if (!columns.contains(a)) {
                    throw new QueryError("updateOnDuplicate names '" + name + "', which the rows of model '" + def.name()
                            + "' do not set");
                }
                update.add(a.field());
            }
        }
        return new InsertSpec.Conflict(target, options.isIgnoreDuplicates(), update, null);
    }

    /**
     * The conflict target when none is given: the primary key when the rows write it, else the first
     * unique key whose attributes the rows all write (attribute {@code unique} keys in declaration
     * order, then unique indexes without a WHERE in declaration order), else the primary key.
     */
    private static List<AttributeDefinition> inferredTarget(ModelDefinition def, List<AttributeDefinition> columns) {
        if (!def.primaryKeys().isEmpty() && columns.containsAll(def.primaryKeys())) {
            return def.primaryKeys();
        }
        for (UniqueKey key : def.uniqueKeys()) {
            if (!key.attributes().isEmpty() && columns.containsAll(key.attributes())) {
                return key.attributes();
            }
        }
        for (IndexDefinition index : def.indexes()) {
            if (!index.unique() || index.where() != null || index.fields().isEmpty()) {
                continue;
            }
            List<AttributeDefinition> attributes = new ArrayList<>();
            for (IndexDefinition.Field field : index.fields()) {
                AttributeDefinition a = field.attribute() == null ? null : def.attribute(field.attribute());
                if (a == null || field.length() != null) {
                    // An expression or prefix index cannot be named as a conflict target.
                    attributes = null;
                    break;
                }
                attributes.add(a);
            }
            if (attributes != null && columns.containsAll(attributes)) {
                return attributes;
            }
        }
        return def.primaryKeys();
    }

    /** The static destroy: deletes (or soft-deletes) every row matching the condition. */
    public int destroy(DestroyOptions options) {
        ModelDefinition def = definition();
        if (options.where() == null) {
            throw new QueryError("destroy on model '" + def.name() + "' needs a where condition"
                    + " (Op.and() with no conditions matches every row), or use truncate()");
        }
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        if (hooks.has(HookType.BEFORE_BULK_DESTROY)) {
            hooks.run(HookCall.of(HookType.BEFORE_BULK_DESTROY, options));
        }
        List<Model> instances = options.isIndividualHooks() ? matching(options, true) : List.of();
        for (Model instance : instances) {
            hooks.instance(HookType.BEFORE_DESTROY, instance, options);
        }
        int count = destroyRows(options);
        for (Model instance : instances) {
            hooks.instance(HookType.AFTER_DESTROY, instance, options);
        }
        if (hooks.has(HookType.AFTER_BULK_DESTROY)) {
            hooks.run(HookCall.of(HookType.AFTER_BULK_DESTROY, options).withResult(count));
        }
        return count;
    }

    /** The instances a destroy or restore with individual hooks affects. */
    private List<Model> matching(DestroyOptions options, boolean paranoid) {
        FindOptions find = FindOptions.query().where(options.where()).paranoid(paranoid);
        if (options.limit() != null) {
            find.limit(options.limit());
        }
        if (options.isTransactionGiven()) {
            find.transaction(options.transaction());
        }
        return runtime.finder().findAll(find);
    }

    private int destroyRows(DestroyOptions options) {
        ModelDefinition def = definition();
        ConnectionScope scope = runtime.engine().scope(options);
        ExpressionResolver resolver = runtime.engine().writes().resolver(def);
        if (def.isParanoid() && !options.isForce()) {
            SqlExpr where = runtime.engine().selects().where(def, resolver, options.where(), true);
            Object now = runtime.engine().coercion().coerce(def.deletedAt().type(), Instant.now());
            List<UpdateSpec.Assignment> set = List.of(new UpdateSpec.Assignment(def.deletedAt().field(),
                    runtime.engine().writes().param(def.deletedAt(), now)));
            return runtime.engine().executor().update(scope, runtime.engine().writes().update(def, set, where,
                    options.limit(), List.of()), runtime.errorContext());
        }
        SqlExpr where = runtime.engine().selects().where(def, resolver, options.where(), false);
        return runtime.engine().executor().update(scope, runtime.engine().writes().delete(def, where, options.limit()),
                runtime.errorContext());
    }

    /** The static restore: clears deletedAt on every soft-deleted row matching the condition. */
    public int restore(DestroyOptions options) {
        ModelDefinition def = definition();
        if (!def.isParanoid()) {
            throw new QueryError("Model '" + def.name() + "' is not paranoid, so there is nothing to restore");
        }
        HookDispatcher hooks = options.isHooks() ? runtime.hooks() : HookDispatcher.NONE;
        if (hooks.has(HookType.BEFORE_BULK_RESTORE)) {
            hooks.run(HookCall.of(HookType.BEFORE_BULK_RESTORE, options));
        }
        List<Model> instances = options.isIndividualHooks() ? matching(options, false) : List.of();
        for (Model instance : instances) {
            hooks.instance(HookType.BEFORE_RESTORE, instance, options);
        }
        ConnectionScope scope = runtime.engine().scope(options);
        ExpressionResolver resolver = runtime.engine().writes().resolver(def);
        SqlExpr where = options.where() == null ? null : resolver.condition(options.where(), "where");
        SqlExpr deleted = new SqlExpr.Is(resolver.column(def.deletedAt()), true, null);
        where = where == null ? deleted : new SqlExpr.And(List.of(where, deleted));
        List<UpdateSpec.Assignment> set = List.of(new UpdateSpec.Assignment(def.deletedAt().field(),
                runtime.engine().writes().param(def.deletedAt(), null)));
        int count = runtime.engine().executor().update(scope, runtime.engine().writes().update(def, set, where,
                options.limit(), List.of()), runtime.errorContext());
        for (Model instance : instances) {
            def.deletedAt().accessor().set(instance, null);
            RowInserter.snapshot(instance, List.of(def.deletedAt()));
            hooks.instance(HookType.AFTER_RESTORE, instance, options);
        }
        if (hooks.has(HookType.AFTER_BULK_RESTORE)) {
            hooks.run(HookCall.of(HookType.AFTER_BULK_RESTORE, options).withResult(count));
        }
        return count;
    }
}
