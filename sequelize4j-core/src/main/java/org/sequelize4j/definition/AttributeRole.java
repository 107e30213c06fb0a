package org.sequelize4j.definition;

/** A special meaning Sequelize gives to some attributes, so that operations maintain them. */
public enum AttributeRole {
    /** An ordinary attribute. */
    NONE,
    /** Set when the row is inserted. */
    CREATED_AT,
    /** Set on insert and on every update (unless the update is silent). */
    UPDATED_AT,
    /** Set by destroy() on paranoid models; NULL means "not deleted". */
    DELETED_AT,
    /** Incremented on every update; compared to detect concurrent changes. */
    VERSION
}
