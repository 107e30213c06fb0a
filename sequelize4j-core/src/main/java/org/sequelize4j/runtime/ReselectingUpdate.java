package org.sequelize4j.runtime;

import org.sequelize4j.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Lock;
import org.sequelize4j.Model;
import org.sequelize4j.Op;
import org.sequelize4j.UpdateOptions;
import org.sequelize4j.definition.AttributeDefinition;
import org.sequelize4j.definition.ModelDefinition;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.CallScope;
import org.sequelize4j.query.Condition;
import org.sequelize4j.sql.SqlExpr;
import org.sequelize4j.sql.UpdateSpec;

/**
 * A static update with {@code returning(true)} on a database without {@code UPDATE … RETURNING}
 * (MySQL, MariaDB): in one transaction, the keys of the matching rows are read and locked, those rows
 * are updated by key, and read again by key. Reading by key, not by the where, finds exactly the rows
 * changed even when the update makes them stop matching it.
 */
final class ReselectingUpdate {

    private final ModelRuntime runtime;

    ReselectingUpdate(ModelRuntime runtime) {
        this.runtime = runtime;
    }

    StaticUpdates.UpdateResult update(List<UpdateSpec.Assignment> assignments, UpdateOptions options,
                                       ConnectionScope scope) {
        ModelDefinition def = runtime.definition();
        if (def.primaryKeys().isEmpty()) {
            throw new QueryError("update with returning on model '" + def.name() + "': the " + runtime.engine().dialect()
                    .name() + " dialect has no UPDATE … RETURNING, and without a primary key the changed rows cannot be"
                    + " read again");
        }
        if (CallScope.unwrap(scope) != null) {
            return inTransaction(def, assignments, options, scope);
        }
        return runtime.engine().transactions().inNewTransaction(CallScope.keepingCallSettings(scope,
                tx -> inTransaction(def, assignments, options, tx)));
    }

    private StaticUpdates.UpdateResult inTransaction(ModelDefinition def, List<UpdateSpec.Assignment> assignments,
                                                      UpdateOptions options, ConnectionScope tx) {
        List<String> keyNames = def.primaryKeys().stream().map(AttributeDefinition::name).toList();
        FindOptions keys = FindOptions.query().where(options.where()).paranoid(options.isParanoid())
                .attributes(keyNames.toArray());
        if (options.limit() != null) {
            keys.limit(options.limit());
        }
        if (runtime.engine().dialect().capabilities().rowLocks()) {
            keys.lock(Lock.UPDATE);
        }
        List<Model> matched = runtime.finder().findAllIn(tx, keys);
        if (matched.isEmpty()) {
            return new StaticUpdates.UpdateResult(0, List.of());
        }
        Condition byKey = byKey(def, matched);
        SqlExpr where = runtime.engine().selects().where(def, runtime.engine().writes().resolver(def), byKey, false);
        runtime.engine().executor().update(tx, runtime.engine().writes().update(def, assignments, where, null, List.of()),
                runtime.errorContext());
        Object[] order = keyNames.stream().map(FindOptions::asc).toArray();
        List<Model> rows = runtime.finder().findAllIn(tx, FindOptions.query().where(byKey).paranoid(false).order(order));
        return new StaticUpdates.UpdateResult(rows.size(), rows);
    }

    /** The rows with these keys: {@code id IN (…)}, or an OR of key equalities for a composite key. */
    private static Condition byKey(ModelDefinition def, List<Model> rows) {
        List<AttributeDefinition> key = def.primaryKeys();
        if (key.size() == 1) {
            String name = key.get(0).name();
            return Op.in(name, rows.stream().map(row -> row.get(name)).toList());
        }
        List<Condition> each = new ArrayList<>();
        for (Model row : rows) {
            List<Condition> parts = new ArrayList<>();
            for (AttributeDefinition a : key) {
                parts.add(Op.eq(a.name(), row.get(a.name())));
            }
            each.add(Op.and(parts));
        }
        return Op.or(each);
    }
}
