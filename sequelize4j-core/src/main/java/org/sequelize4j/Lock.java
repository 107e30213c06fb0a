package org.sequelize4j;

/** Row-lock strengths for {@code FindOptions.lock} (Sequelize's {@code Transaction.LOCK}). */
public enum Lock {
    /** {@code FOR UPDATE}: no other transaction may lock, update or delete the rows. */
    UPDATE,
    /** {@code FOR SHARE}: others may read and share-lock, not change. */
    SHARE,
    /** {@code FOR KEY SHARE} (PostgreSQL). */
    KEY_SHARE,
    /** {@code FOR NO KEY UPDATE} (PostgreSQL). */
    NO_KEY_UPDATE
}
