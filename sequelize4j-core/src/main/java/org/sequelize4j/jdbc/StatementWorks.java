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

    /**
     * Work on a statement prepared through the dialect's statement cache: prepared, bound, run by
     * {@link #run} under the timer and given back; a statement whose work failed is not reused.
     */
    private abstract static class OnCachedStatement<T> implements TimedWork<T>, SqlExecutor.StatementWork<T> {
        private final StatementCache cache;
        private final SqlStatement statement;

        OnCachedStatement(StatementCache cache, SqlStatement statement) {
            this.cache = cache;
            this.statement = statement;
        }

        @Override
        public final T apply(Connection connection, StatementTimeouts.Timer timer) throws SQLException {
            StatementCache.Lease lease = cache.prepare(connection, statement.sql());
            PreparedStatement ps = lease.statement();
            boolean failed = true;
            boolean large = false;
            try {
                large = ParameterBinding.bind(ps, statement);
                T result;
                try (StatementTimeouts.Timer running = timer.start(ps)) {
                    result = run(ps);
                }
                failed = false;
                return result;
            } finally {
                cache.release(lease, failed, large);
            }
        }
    }

    /** A query through the statement cache, its result set read by {@code reader}. */
    static final class CachedQuery<T> extends OnCachedStatement<T> {
        private final ResultReader<T> reader;

        CachedQuery(StatementCache cache, SqlStatement statement, ResultReader<T> reader) {
            super(cache, statement);
            this.reader = reader;
        }

        @Override
        public T run(PreparedStatement ps) throws SQLException {
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs);
            }
        }
    }

    /** A write through the statement cache; its result is the count of rows it changed. */
    static final class CachedUpdate extends OnCachedStatement<Integer> {
        private final org.sequelize4j.dialect.Dialect dialect;

        CachedUpdate(StatementCache cache, SqlStatement statement, org.sequelize4j.dialect.Dialect dialect) {
            super(cache, statement);
            this.dialect = dialect;
        }

        @Override
        public Integer run(PreparedStatement ps) throws SQLException {
            return dialect.executeLibraryUpdate(ps);
        }
    }
}
