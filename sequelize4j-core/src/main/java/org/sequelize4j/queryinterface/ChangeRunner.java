package org.sequelize4j.queryinterface;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.TransactionalOptions;
import org.sequelize4j.dialect.DdlPlan;
import org.sequelize4j.dialect.ErrorContext;
import org.sequelize4j.dialect.SchemaEditor;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.jdbc.ConnectionScope;
import org.sequelize4j.jdbc.ConnectionWork;
import org.sequelize4j.jdbc.CallScope;
import org.sequelize4j.jdbc.SqlExecutor;
import org.sequelize4j.runtime.Engine;

/**
 * Runs the QueryInterface's reads and changes where the call says: in its transaction (given, or the
 * managed one the thread is in), or else on one connection of its own, where a change of several
 * statements runs in a transaction of its own when the database has transactional DDL, so a failure
 * leaves nothing half done. The dialect plans each change on that same connection, after reading the
 * table's present state.
 */
final class ChangeRunner {

    /** Plans a change on the connection it will run on. */
    interface Planner {
        DdlPlan plan(Connection connection) throws SQLException;
    }

    private final Engine engine;

    ChangeRunner(Engine engine) {
        this.engine = engine;
    }

    Engine engine() {
        return engine;
    }

    SchemaEditor editor() {
        return engine.dialect().schemaEditor();
    }

    private SqlExecutor executor() {
        return engine.executor();
    }

    /** Reads the live schema through the call's connection (its transaction's, or one from the pool). */
    <T> T read(TransactionalOptions<?> options, ConnectionWork<T> work) {
        return executor().withConnection(engine.scope(options), work);
    }

    /** Runs plain statements (the dialect needs no look at the table first). */
    void execute(TransactionalOptions<?> options, List<String> statements) {
        run(options, connection -> DdlPlan.of(statements));
    }

    /** Plans a change and runs it. */
    void run(TransactionalOptions<?> options, Planner planner) {
        ConnectionScope scope = engine.scope(options);
        if (CallScope.unwrap(scope) != null) {
            // The caller's transaction: its connection, its all-or-nothing.
            DdlPlan plan = executor().withConnection(scope, planner::plan);
            if (!plan.beforeTransaction().isEmpty() || !plan.afterTransaction().isEmpty()) {
                throw new IllegalStateException("A plan for a change inside a transaction needs statements around it");
            }
            executor().execute(scope, plan.statements());
            check(scope, plan);
            return;
        }
        executor().withConnection(null, connection -> {
            ConnectionScope own = scope instanceof CallScope call
                    ? new CallScope(new OneConnection(connection), executor().pool(), call.ownLogging(), call.callback(),
                            call.timeoutMillis())
                    : new OneConnection(connection);
            runAlone(connection, own, planner.plan(connection));
            return null;
        });
    }

    private void runAlone(Connection connection, ConnectionScope scope, DdlPlan plan) throws SQLException {
        boolean atomic = editor().transactionalDdl() && (plan.statements().size() > 1 || plan.check() != null);
        executor().execute(scope, plan.beforeTransaction());
        try {
            if (!atomic) {
                executor().execute(scope, plan.statements());
                check(scope, plan);
                return;
            }
            long start = executor().startTiming();
            connection.setAutoCommit(false);
            executor().logControl(scope, "START TRANSACTION", start);
            boolean committed = false;
            try {
                executor().execute(scope, plan.statements());
                check(scope, plan);
                start = executor().startTiming();
                connection.commit();
                committed = true;
                executor().logControl(scope, "COMMIT", start);
            } finally {
                if (!committed) {
                    rollbackQuietly(connection, scope);
                }
                connection.setAutoCommit(true);
            }
        } finally {
            executor().execute(scope, plan.afterTransaction());
        }
    }

    private void rollbackQuietly(Connection connection, ConnectionScope scope) {
        try {
            long start = executor().startTiming();
            connection.rollback();
            executor().logControl(scope, "ROLLBACK", start);
        } catch (SQLException ignored) {
            // The error that made the change fail is the one to report.
        }
    }

    /** Runs the plan's foreign-key check; rows in its result mean the change broke references. */
    private void check(ConnectionScope scope, DdlPlan plan) {
        if (plan.check() == null) {
            return;
        }
        List<Map<String, Object>> violations = executor().query(scope, plan.check(), ErrorContext.NONE, ChangeRunner::rows);
        if (!violations.isEmpty()) {
            Object table = violations.get(0).get("table");
            throw new ForeignKeyConstraintError("The change would leave rows whose foreign keys point nowhere: "
                    + violations.subList(0, Math.min(5, violations.size())) + (violations.size() > 5 ? " and "
                    + (violations.size() - 5) + " more" : "") + "; nothing was changed", null,
                    table == null ? null : table.toString(), plan.check().sql(), plan.check().values(), null);
        }
    }

    private static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= n; i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The scope of statements on the one connection a change borrowed for itself. */
    private record OneConnection(Connection connection) implements ConnectionScope {
        @Override
        public <T> T run(ConnectionWork<T> work) throws SQLException {
            return work.apply(connection);
        }

        @Override
        public String label() {
            return "default";
        }
    }
}
