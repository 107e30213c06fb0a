package org.sequelize4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sequelize4j.sql.SqlStatement;

/**
 * What {@link SqlExecutor} runs on a connection for one statement: finds and writes through the
 * statement cache, and the adapter that hands a work the timer made for its statement.
 *
 * <p>Classes rather than lambdas: every statement makes them, and a capturing lambda is made through a
 * method handle (a native allocation) until the JIT has compiled its caller. In a JVM's first
 * thousands of statements that cost more than the work around it (about 7% of a cold run of 2,000
 * findByPk on SQLite).
 */
final class StatementWorks {

    private StatementWorks() {
    }

    /** What runs for one statement on a scope's connection; it starts {@code timer} on the JDBC statement it runs. */
    interface TimedWork<T> {
        T apply(Connection connection, StatementTimeouts.Timer timer) throws SQLException;
    }

    /** A statement's work with the timer {@link SqlExecutor} made for it. */
    static final class Timed<T> implements ConnectionWork<T> {
        private final TimedWork<T> work;
        private final StatementTimeouts.Timer timer;

        Timed(TimedWork<T> work, StatementTimeouts.Timer timer) {
            this.work = work;
            this.timer = timer;
        }

        @Override
        public T apply(Connection connection) throws SQLException {
            return work.apply(connection, timer);
        }
    }

    /** A query through the statement cache, its result set read by {@code reader}. */
    static final class CachedQuery<T> implements TimedWork<T>, SqlExecutor.StatementWork<T> {
        private final StatementCache cache;
        private final SqlStatement statement;
        private final ResultReader<T> reader;

        CachedQuery(StatementCache cache, SqlStatement statement, ResultReader<T> reader) {
            this.cache = cache;
            this.statement = statement;
            this.reader = reader;
        }

        @Override
        public T apply(Connection connection, StatementTimeouts.Timer timer) throws SQLException {
            return onCachedStatement(cache, connection, statement, timer, this);
        }

        @Override
        public T run(PreparedStatement ps) throws SQLException {
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        }
    }

    /** A write through the statement cache; its result is the count of rows it changed. */
    static final class CachedUpdate implements TimedWork<Integer>, SqlExecutor.StatementWork<Integer> {
        private final StatementCache cache;
        private final SqlStatement statement;

        CachedUpdate(StatementCache cache, SqlStatement statement) {
            this.cache = cache;
            this.statement = statement;
        }

        @Override
        public Integer apply(Connection connection, StatementTimeouts.Timer timer) throws SQLException {
            return onCachedStatement(cache, connection, statement, timer, this);
        }

        @Override
        public Integer run(PreparedStatement ps) throws SQLException {
            return ps.executeUpdate();
        }
    }

    /**
     * Prepares (through the dialect's statement cache) and binds a statement, runs the work on it under
     * the timer and gives it back; a statement whose work failed is not reused.
     */
    private static <T> T onCachedStatement(StatementCache cache, Connection connection, SqlStatement statement,
                                           StatementTimeouts.Timer timer, SqlExecutor.StatementWork<T> work)
            throws SQLException {
        StatementCache.Lease lease = cache.prepare(connection, statement.sql());
        PreparedStatement ps = lease.statement();
        boolean failed = true;
        boolean large = false;
        try {
            large = ParameterBinding.bind(ps, statement);
            T result;
            try (StatementTimeouts.Timer running = timer.start(ps)) {
                result = work.run(ps);
            }
            failed = false;
            return result;
        } finally {
            cache.release(lease, failed, large);
        }
    }
}
