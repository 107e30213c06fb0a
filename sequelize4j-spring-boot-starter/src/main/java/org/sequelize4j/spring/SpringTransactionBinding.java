package org.sequelize4j.spring;

import java.sql.Connection;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.sequelize4j.IsolationLevel;
import org.sequelize4j.spi.BoundTransaction;
import org.sequelize4j.spi.TransactionBinding;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reports the Spring transaction running on the calling thread for one DataSource, the way Spring's
 * own JDBC support finds it: the {@link ConnectionHolder} a transaction manager (DataSourceTransactionManager,
 * JdbcTransactionManager, or JPA's when it exposes its connection) bound under that DataSource. So a
 * {@code @Transactional} method's Sequelize calls run on the connection its JdbcTemplate calls use,
 * and commit or roll back with them.
 *
 * <p>Only an actual transaction counts, while its synchronizations are active: a connection Spring
 * merely keeps for the thread (propagation SUPPORTS) is not a transaction to join, and once Spring has
 * begun completing the transaction, Sequelize's afterCommit callbacks run on connections of their own.
 */
public final class SpringTransactionBinding implements TransactionBinding {

    private final DataSource dataSource;

    /** A binding for transactions on {@code dataSource}, the bean the transaction manager uses. */
    public SpringTransactionBinding(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public BoundTransaction current() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object resource = TransactionSynchronizationManager.getResource(dataSource);
        if (!(resource instanceof ConnectionHolder holder)) {
            return null;
        }
        Connection connection = holder.getConnection();
        boolean readOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        IsolationLevel isolation = isolation(TransactionSynchronizationManager.getCurrentTransactionIsolationLevel());
        return new SpringBound(connection, readOnly, isolation);
    }

    private static IsolationLevel isolation(Integer jdbcLevel) {
        if (jdbcLevel == null) {
            return null;
        }
        for (IsolationLevel level : IsolationLevel.values()) {
            if (level.jdbcLevel() == jdbcLevel) {
                return level;
            }
        }
        return null;
    }

    private record SpringBound(Connection connection, boolean readOnly, IsolationLevel isolationLevel)
            implements BoundTransaction {

        @Override
        public boolean onCompletion(Consumer<Boolean> callback) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                return false;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    // STATUS_UNKNOWN (a failed commit, say) is treated as a rollback: afterCommit must
                    // never run for work that may not have been committed.
                    callback.accept(status == STATUS_COMMITTED);
                }
            });
            return true;
        }
    }
}
