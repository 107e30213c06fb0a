package org.sequelize4j.sql;

/**
 * The capabilities {@link SqlRenderer} asks about while writing a statement; the dialect's full
 * capability record implements it.
 */
public interface SqlCapabilities {

    /** INSERT … RETURNING. */
    boolean insertReturning();

    /** UPDATE … RETURNING. */
    boolean updateReturning();

    /** DELETE … RETURNING. */
    boolean deleteReturning();

    /** A native ILIKE. */
    boolean ilike();

    /** UPDATE … LIMIT. */
    boolean updateLimit();

    /** DELETE … LIMIT. */
    boolean deleteLimit();

    /** ORDER BY … NULLS FIRST/LAST. */
    boolean nullsOrdering();
}
