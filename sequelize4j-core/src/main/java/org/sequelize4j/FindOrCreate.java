package org.sequelize4j;

import java.util.Map;

/**
 * {@code findOrCreate}: find the row, or create it in a savepoint and, when a concurrent caller
 * created it first (a unique-key violation), return that caller's row. Kept apart from
 * {@link ModelStatic}, which only delegates here.
 */
final class FindOrCreate {

    private FindOrCreate() {
    }

    static <M extends Model> ModelStatic.FindOrCreateResult<M> findOrCreate(ModelStatic<M> model,
                                                                            FindOrCreateOptions options) {
        Transaction given = options.isTransactionGiven() ? options.transaction() : model.sequelize().currentTransaction();
        if (given == null) {
            return model.sequelize().transactionResult(
                    TransactionOptions.transactionOptions().type(TransactionOptions.Type.IMMEDIATE),
                    t -> findOrCreateIn(model, t, options));
        }
        return findOrCreateIn(model, given, options);
    }

    private static <M extends Model> ModelStatic.FindOrCreateResult<M> findOrCreateIn(ModelStatic<M> model,
                                                                                      Transaction transaction,
                                                                                      FindOrCreateOptions options) {
        M found = model.findOne(FindOptions.query().where(options.where()).transaction(transaction));
        if (found != null) {
            return new ModelStatic.FindOrCreateResult<>(found, false);
        }
        Map<String, Object> values = options.newRowValues();
        Transaction savepoint = transaction.savepoint(TransactionOptions.transactionOptions());
        try {
            M created = model.build(values);
            created.save(SaveOptions.saveOptions().transaction(savepoint));
            savepoint.commit();
            return new ModelStatic.FindOrCreateResult<>(created, true);
        } catch (org.sequelize4j.errors.UniqueConstraintError e) {
            savepoint.rollbackQuietly();
            // Another caller created it meanwhile; a locking read sees its committed row even under
            // MySQL's repeatable-read snapshot.
            M existing = model.findOne(FindOptions.query().where(options.where()).transaction(transaction).lock(Lock.SHARE));
            if (existing != null) {
                return new ModelStatic.FindOrCreateResult<>(existing, false);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            savepoint.rollbackQuietly();
            throw e;
        }
    }
}
