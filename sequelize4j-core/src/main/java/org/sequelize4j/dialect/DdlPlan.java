package org.sequelize4j.dialect;

import java.util.List;
import org.sequelize4j.sql.SqlStatement;

/**
 * The statements of one schema change, as a dialect plans them after reading the table's present
 * state. Most changes are a list of statements; SQLite's table rebuilds also need connection settings
 * switched around the transaction (its {@code PRAGMA foreign_keys} cannot change inside one) and a
 * check that the rebuilt table still satisfies its foreign keys.
 *
 * @param beforeTransaction statements to run on the connection before the change's transaction starts
 *                          (empty when the change runs in a caller's transaction)
 * @param statements the change itself, run in one transaction where the database has transactional DDL
 * @param afterTransaction statements to run once the transaction has ended, even when it failed
 * @param check a query run after {@code statements}, inside the transaction, whose rows (if any) mean
 *              the change broke foreign keys and must be undone; or null
 */
public record DdlPlan(List<String> beforeTransaction, List<String> statements, List<String> afterTransaction,
                      SqlStatement check) {

    public DdlPlan {
        beforeTransaction = List.copyOf(beforeTransaction);
        statements = List.copyOf(statements);
        afterTransaction = List.copyOf(afterTransaction);
    }

    /** A plan of plain statements. */
    public static DdlPlan of(List<String> statements) {
        return new DdlPlan(List.of(), statements, List.of(), null);
    }
}
