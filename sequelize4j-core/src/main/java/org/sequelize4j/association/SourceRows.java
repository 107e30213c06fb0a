package org.sequelize4j.association;

import org.sequelize4j.query.Condition;

/**
 * The rows an include's parents were found as: every row of the parents' model matching
 * {@code where} (soft-deleted ones left out when {@code paranoid}) — known when the parents' find had
 * no limit or offset, so that a batch over many parents can name them by a subquery rather than list
 * their keys.
 */
record SourceRows(Condition where, boolean paranoid) {
}
