package org.sequelize4j;

/**
 * The moments a model hook can run at (Sequelize's hook names). "Before" hooks may change the instance
 * or options and abort the operation by throwing; nothing is written then. Instance hooks fire for
 * {@code create}, {@code save}, {@code update}, {@code destroy} and {@code restore} of one instance;
 * bulk hooks for the static {@code bulkCreate}, {@code update}, {@code destroy} and {@code restore},
 * which also fire the instance hooks for each row when asked with {@code individualHooks}.
 */
public enum HookType {
    BEFORE_VALIDATE, AFTER_VALIDATE, VALIDATION_FAILED,
    BEFORE_CREATE, AFTER_CREATE,
    BEFORE_UPDATE, AFTER_UPDATE,
    BEFORE_SAVE, AFTER_SAVE,
    BEFORE_DESTROY, AFTER_DESTROY,
    BEFORE_RESTORE, AFTER_RESTORE,
    BEFORE_UPSERT, AFTER_UPSERT,
    BEFORE_BULK_CREATE, AFTER_BULK_CREATE,
    BEFORE_BULK_UPDATE, AFTER_BULK_UPDATE,
    BEFORE_BULK_DESTROY, AFTER_BULK_DESTROY,
    BEFORE_BULK_RESTORE, AFTER_BULK_RESTORE,
    BEFORE_FIND, AFTER_FIND,
    BEFORE_COUNT,
    BEFORE_SYNC, AFTER_SYNC
}
