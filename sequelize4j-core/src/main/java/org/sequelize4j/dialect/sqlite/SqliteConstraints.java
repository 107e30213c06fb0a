package org.sequelize4j.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.Deferrable;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.dialect.sqlite.SqliteTokens.Token;

/**
 * The constraints of a SQLite table, read from its stored CREATE TABLE: SQLite keeps no constraint
 * catalog, and its pragmas know neither the names nor the checks. Column constraints count as
 * constraints over that one column, as in the other databases.
 */
final class SqliteConstraints {

    /** The constraints of a parsed table, in the order they were written. */
    List<ConstraintDescription> describe(Connection connection, String table, SqliteTableSql sql) throws SQLException {
        List<ConstraintDescription> result = new ArrayList<>();
        for (SqliteTableSql.Element element : sql.elements()) {
            if (element instanceof SqliteTableSql.Column column) {
                for (SqliteTableSql.Clause clause : column.clauses()) {
                    List<String> columns = List.of(column.name());
                    switch (clause.kind()) {
                        case "PRIMARY" -> result.add(simple(clause.name(), ConstraintDescription.Type.PRIMARY_KEY, table,
                                columns));
                        case "UNIQUE" -> result.add(simple(clause.name(), ConstraintDescription.Type.UNIQUE, table, columns));
                        case "CHECK" -> result.add(check(clause.name(), table, clause.tokens(), clause.text()));
                        case "REFERENCES" -> result.add(foreignKey(connection, clause.name(), table, columns,
                                clause.tokens(), clause.name() == null ? 0 : 2));
                        default -> { }
                    }
                }
            } else {
                SqliteTableSql.TableConstraint constraint = (SqliteTableSql.TableConstraint) element;
                switch (constraint.kind()) {
                    case "PRIMARY" -> result.add(simple(constraint.name(), ConstraintDescription.Type.PRIMARY_KEY, table,
                            constraint.columns()));
                    case "UNIQUE" -> result.add(simple(constraint.name(), ConstraintDescription.Type.UNIQUE, table,
                            constraint.columns()));
                    case "CHECK" -> result.add(check(constraint.name(), table, constraint.tokens(), constraint.text()));
                    case "FOREIGN" -> {
                        List<Token> tokens = constraint.tokens();
                        int references = 0;
                        while (references < tokens.size() && !tokens.get(references).is("REFERENCES")) {
                            references++;
                        }
                        result.add(foreignKey(connection, constraint.name(), table, constraint.columns(), tokens,
                                references));
                    }
                    default -> { }
                }
            }
        }
        return result;
    }

    private static ConstraintDescription simple(String name, ConstraintDescription.Type type, String table,
                                                List<String> columns) {
        return new ConstraintDescription(name, type, table, columns, null, List.of(), null, null, null, null);
    }

    private static ConstraintDescription check(String name, String table, List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("CHECK") && i + 1 < tokens.size() && tokens.get(i + 1).is('(')) {
                int close = SqliteTokens.closingParen(tokens, i + 1);
                String condition = text.substring(tokens.get(i + 2).start(), tokens.get(close - 1).end());
                return new ConstraintDescription(name, ConstraintDescription.Type.CHECK, table, List.of(), null, List.of(),
                        null, null, condition, null);
            }
        }
        return new ConstraintDescription(name, ConstraintDescription.Type.CHECK, table, List.of(), null, List.of(), null,
                null, text, null);
    }

    /** A foreign key from the tokens of its REFERENCES clause, which starts at {@code at}. */
    private static ConstraintDescription foreignKey(Connection connection, String name, String table,
                                                    List<String> columns, List<Token> tokens, int at)
            throws SQLException {
        int i = at + 1;
        String target = tokens.get(i).name();
        i++;
        List<String> targetColumns = List.of();
        if (i < tokens.size() && tokens.get(i).is('(')) {
            targetColumns = SqliteTableSql.columnList(tokens, i);
            i = SqliteTokens.closingParen(tokens, i) + 1;
        }
        if (targetColumns.isEmpty()) {
            // REFERENCES t without columns means t's primary key.
            targetColumns = SqliteSchemaEditor.strings(connection,
                    "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", target);
        }
        ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        Deferrable deferrable = null;
        for (; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("ON") && i + 2 < tokens.size() && (tokens.get(i + 1).is("DELETE") || tokens.get(i + 1).is("UPDATE"))) {
                Token first = tokens.get(i + 2);
                String action = first.text();
                if ((first.is("SET") || first.is("NO")) && i + 3 < tokens.size()) {
                    action += " " + tokens.get(i + 3).text();
                }
                ReferentialAction parsed = ReferentialAction.parse(action);
                if (tokens.get(i + 1).is("DELETE")) {
                    onDelete = parsed;
                } else {
                    onUpdate = parsed;
                }
            } else if (t.is("DEFERRABLE") && !(i > 0 && tokens.get(i - 1).is("NOT"))) {
                deferrable = i + 2 < tokens.size() && tokens.get(i + 1).is("INITIALLY") && tokens.get(i + 2).is("DEFERRED")
                        ? Deferrable.INITIALLY_DEFERRED : Deferrable.INITIALLY_IMMEDIATE;
            }
        }
        return new ConstraintDescription(name, ConstraintDescription.Type.FOREIGN_KEY, table, columns, target,
                targetColumns, onDelete, onUpdate, null, deferrable);
    }
}
