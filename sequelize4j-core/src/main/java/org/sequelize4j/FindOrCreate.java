package org.sequelize4j;

import java.util.Map;

/**
 * {@code findCreateFind}: find, create, and find again when the create lost a unique-key race, in no
 * transaction of its own. {@code findOrCreate}: find the row, or create it in a savepoint and, when a concurrent caller
 * created it first (a unique-key violation), return that caller's row. Kept apart from
 * {@link ModelStatic}, which only delegates here.
 */
final class FindOrCreate {

    private FindOrCreate() {
    }

    static <M extends Model> FindOrCreateResult<M> findOrCreate(ModelStatic<M> model,
                                                                            FindOrCreateOptions options) {
        Transaction given = options.isTransactionGiven() ? options.transaction() : model.sequelize().currentTransaction();
        if (given == null) {
            return model.sequelize().transactionResult(
                    // SEPARATE: with transaction(null) inside a running transaction, the caller asked for
                    // a transaction of this call's own; without one running it is simply a new one.
                    TransactionOptions.transactionOptions().type(TransactionOptions.Type.IMMEDIATE)
                            .nestMode(TransactionOptions.NestMode.SEPARATE),
                    t -> findOrCreateIn(model, t, options));
        }
        return findOrCreateIn(model, given, options);
    }

    static <M extends Model> FindOrCreateResult<M> findCreateFind(ModelStatic<M> model,
                                                                              FindOrCreateOptions options) {
        FindOptions find = FindOptions.query().where(options.where());
        options.copyTransactionTo(find);
        M found = model.findOne(find);
        if (found != null) {
            return new FindOrCreateResult<>(found, false);
        }
        SaveOptions save = SaveOptions.saveOptions();
        options.copyTransactionTo(save);
        Transaction in = options.isTransactionGiven() ? options.transaction() : model.sequelize().currentTransaction();
        // Inside the caller's transaction a failed INSERT would abort it on PostgreSQL: the create gets a
        // savepoint there, so the transaction can go on to read the winner's row.
        Transaction savepoint = in == null ? null : in.savepoint(TransactionOptions.transactionOptions());
        if (savepoint != null) {
            save.transaction(savepoint);
        }
        try {
            M created = model.create(options.newRowValues(), save);
            if (savepoint != null) {
                savepoint.commit();
            }
            return new FindOrCreateResult<>(created, true);
        } catch (org.sequelize4j.errors.UniqueConstraintError e) {
            if (savepoint != null) {
                savepoint.rollbackQuietly();
                // Under MySQL's repeatable-read snapshot only a locking read sees the winner's row.
                find.lock(Lock.SHARE);
            }
            M existing = model.findOne(find);
            if (existing != null) {
                return new FindOrCreateResult<>(existing, false);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            if (savepoint != null) {
                savepoint.rollbackQuietly();
            }
            throw e;
        }
    }

    private static <M extends Model> FindOrCreateResult<M> findOrCreateIn(ModelStatic<M> model,
                                                                                      Transaction transaction,
                                                                                      FindOrCreateOptions options) {
        FindOptions find = FindOptions.query().where(options.where());
        options.copyTransactionTo(find);
        find.transaction(transaction);
        M found = model.findOne(find);
        if (found != null) {
            return new FindOrCreateResult<>(found, false);
        }
        Map<String, Object> values = options.newRowValues();
        Transaction savepoint = transaction.savepoint(TransactionOptions.transactionOptions());
        try {
            M created = model.build(values);
            SaveOptions save = SaveOptions.saveOptions();
            options.copyTransactionTo(save);
            created.save(save.transaction(savepoint));
            savepoint.commit();
            return new FindOrCreateResult<>(created, true);
        } catch (org.sequelize4j.errors.UniqueConstraintError e) {
            savepoint.rollbackQuietly();
            // Another caller created it meanwhile; a locking read sees its committed row even under
            // MySQL's repeatable-read snapshot.
            M existing = model.findOne(find.lock(Lock.SHARE));
            if (existing != null) {
                return new FindOrCreateResult<>(existing, false);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            savepoint.rollbackQuietly();
            throw e;
        }
    }
}
