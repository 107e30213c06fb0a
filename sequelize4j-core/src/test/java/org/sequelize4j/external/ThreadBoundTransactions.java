package org.sequelize4j.external;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.sequelize4j.spi.BoundTransaction;
import org.sequelize4j.spi.TransactionBinding;

/**
 * The smallest transaction manager a framework could be: begins a real JDBC transaction on a connection
 * of the application's pool, binds it to the thread, and commits or rolls it back, reporting the end to
 * the callbacks registered on it. What Spring's DataSourceTransactionManager does, without Spring.
 */
final class ThreadBoundTransactions implements TransactionBinding {

    private final DataSource dataSource;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();

    ThreadBoundTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public BoundTransaction current() {
        return bound.get();
    }

    /** Runs {@code work} in a transaction of the "framework", committed when {@code commit} is true. */
    void inTransaction(boolean commit, Runnable work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Bound b = new Bound(connection);
            bound.set(b);
            try {
                work.run();
            } finally {
                bound.remove();
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
                b.completions.forEach(c -> c.accept(commit));
            }
        }
    }

    private static final class Bound implements BoundTransaction {
        final Connection connection;
        final List<Consumer<Boolean>> completions = new ArrayList<>();

        Bound(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public boolean onCompletion(Consumer<Boolean> callback) {
            completions.add(callback);
            return true;
        }
    }
}
