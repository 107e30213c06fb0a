package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.sequelize4j.dialect.Dialect;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.errors.SequelizeException;
import org.sequelize4j.sql.SqlStatement;

/**
 * An open query whose rows are read as the caller asks for them, for streamed finds: the statement,
 * its result and the connection stay open until {@link #close()}.
 *
 * <p>Outside a transaction the cursor borrows a connection of its own (or the one the thread holds)
 * and, where the driver streams only inside a transaction ({@link Dialect#cursorNeedsTransaction()}),
 * reads inside one that it ends on close. Inside a transaction it reads on the transaction's
 * connection, which it never commits or closes. Its statement is prepared outside the statement cache,
 * since it stays in use for the stream's whole life.
 *
 * <p>Not thread-safe: one stream, one consumer.
 */
public final class Cursor implements AutoCloseable {

    private final SqlExecutor executor;
    private final ConnectionScope target;
    private final SqlStatement statement;
    private final ErrorContext context;
    private final Connection connection;
    /** Whether the connection was borrowed for this cursor, so that closing gives it back. */
    private final boolean borrowed;
    /** Whether this cursor turned auto-commit off, so that closing ends its transaction and turns it on. */
    private final boolean ownTransaction;
    private final PreparedStatement ps;
    private final ResultSet resultSet;
    private boolean closed;

    private Cursor(SqlExecutor executor, ConnectionScope target, SqlStatement statement, ErrorContext context,
                   Connection connection, boolean borrowed, boolean ownTransaction, PreparedStatement ps,
                   ResultSet resultSet) {
        this.executor = executor;
        this.target = target;
        this.statement = statement;
        this.context = context;
        this.connection = connection;
        this.borrowed = borrowed;
        this.ownTransaction = ownTransaction;
        this.ps = ps;
        this.resultSet = resultSet;
    }

    /** Opens the query on the scope's connection (or a connection of its own) and executes it. */
    static Cursor open(SqlExecutor executor, ConnectionScope scope, ConnectionScope target, SqlStatement statement,
                       ErrorContext context, int fetchSize) {
        Dialect dialect = executor.dialect();
        ConnectionPool pool = executor.pool();
        dialect.checkStatementSize(statement);
        Connection connection = null;
        boolean borrowed = false;
        boolean ownTransaction = false;
        PreparedStatement ps = null;
        long start = executor.startTiming();
        try {
            if (target == pool) {
                connection = pool.heldConnection();
                if (connection == null) {
                    connection = pool.getConnection();
                    borrowed = true;
                }
                if (dialect.cursorNeedsTransaction() && connection.getAutoCommit()) {
                    connection.setAutoCommit(false);
                    ownTransaction = true;
                }
            } else {
                // A transaction's connection: it stays the transaction's; the cursor only reads on it.
                connection = target.run(c -> c);
            }
            ps = connection.prepareStatement(statement.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(fetchSize);
            ParameterBinding.bind(ps, statement);
            ResultSet rs = ps.executeQuery();
            executor.logStatement(scope, target, statement, start);
            return new Cursor(executor, target, statement, context, connection, borrowed, ownTransaction, ps, rs);
        } catch (SQLException e) {
            SequelizeException error = executor.translateFailure(target, e, statement, context);
            release(ps, connection, borrowed, ownTransaction);
            throw error;
        }
    }

    /** The result being read. */
    public ResultSet resultSet() {
        return resultSet;
    }

    /** The typed error for a failure while reading the result. */
    public SequelizeException failed(SQLException e) {
        return executor.translateFailure(target, e, statement, context);
    }

    /**
     * Runs work whose statements should go to this cursor's connection when it has one of its own and
     * the driver keeps streaming while other statements run on it (a stream's include queries; on SQLite
     * in memory, the pool's only connection). Otherwise they go where they would anyway.
     */
    public <T> T alongside(Supplier<T> work) {
        if (target == executor.pool() && executor.dialect().cursorAllowsOtherStatements()) {
            return executor.pool().holding(connection, work);
        }
        return work.get();
    }

    /** Closes the result and statement, ends the cursor's own transaction and gives back its connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            resultSet.close();
        } catch (SQLException ignored) {
            // Closing the statement below closes the result too; a failure here changes nothing.
        }
        release(ps, connection, borrowed, ownTransaction);
    }

    /**
     * Closes what was opened. Failures are not reported: nothing was written, and HikariCP rolls back
     * and resets auto-commit on a connection given back in a transaction, so the next borrower gets a
     * clean connection either way.
     */
    private static void release(PreparedStatement ps, Connection connection, boolean borrowed, boolean ownTransaction) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // See above.
            }
        }
        if (connection != null && ownTransaction) {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // See above.
            }
        }
        if (connection != null && borrowed) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // See above.
            }
        }
    }
}
