package org.sequelize4j.spi;

/**
 * How a framework integration hands Sequelize the transaction it runs on the calling thread (Spring's
 * {@code @Transactional}, for one), so that Sequelize joins it instead of borrowing connections of its
 * own. Set it with {@code SequelizeOptions.transactionBinding(...)} next to
 * {@code SequelizeOptions.dataSource(...)}.
 *
 * <p>While {@link #current()} answers a transaction, every operation outside an explicit
 * {@code transaction(...)} option runs on its connection, and Sequelize never commits, rolls back or
 * closes that connection: the integration does. {@code sequelize.transaction(...)} joins it (the
 * default {@code NestMode.REUSE}), opens a savepoint on its connection ({@code SAVEPOINT}), or begins
 * an independent transaction on another connection of the data source ({@code SEPARATE}).
 *
 * <p>Implementations must be thread-safe and cheap: {@link #current()} is asked before each operation.
 */
@FunctionalInterface
public interface TransactionBinding {

    /** The external transaction running on the calling thread, or null when none is. */
    BoundTransaction current();
}
