package org.sequelize4j.dialect;

import org.sequelize4j.sql.SqlCapabilities;

/**
 * What a database supports, asked by the planner and operations instead of testing which database it
 * is (Sequelize's {@code dialect.supports}).
 *
 * @param insertReturning INSERT … RETURNING
 * @param updateReturning UPDATE … RETURNING
 * @param deleteReturning DELETE … RETURNING
 * @param ilike a native ILIKE
 * @param regexp a regular-expression operator
 * @param rowLocks SELECT … FOR UPDATE / FOR SHARE
 * @param keyLocks FOR KEY SHARE / FOR NO KEY UPDATE
 * @param skipLocked SKIP LOCKED
 * @param noWait NOWAIT
 * @param updateLimit UPDATE … LIMIT
 * @param deleteLimit DELETE … LIMIT
 * @param arrays ARRAY columns and operators
 * @param schemas real schemas (otherwise the schema is a table-name prefix)
 * @param comments column and table comments
 * @param deferrableConstraints DEFERRABLE foreign keys
 * @param partialIndexes CREATE INDEX … WHERE
 * @param indexUsing CREATE INDEX … USING
 * @param alterColumnType changing a column's type or nullability in place
 * @param upsertConflictTarget upserts name their conflict columns (ON CONFLICT (cols))
 * @param nullsOrdering ORDER BY … NULLS FIRST/LAST
 * @param numberedPlaceholders the server numbers its placeholders {@code $1}, {@code $2}, … (so query logs
 *                             show them that way, as Sequelize's do; the driver still receives {@code ?})
 * @param maxParameters the most parameters one statement may carry
 */
public record Capabilities(boolean insertReturning, boolean updateReturning, boolean deleteReturning, boolean ilike,
                           boolean regexp, boolean rowLocks, boolean keyLocks, boolean skipLocked, boolean noWait,
                           boolean updateLimit, boolean deleteLimit, boolean arrays, boolean schemas, boolean comments,
                           boolean deferrableConstraints, boolean partialIndexes, boolean indexUsing,
                           boolean alterColumnType, boolean upsertConflictTarget, boolean nullsOrdering,
                           boolean numberedPlaceholders, int maxParameters) implements SqlCapabilities {
}
