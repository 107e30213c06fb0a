package org.sequelize4j.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sequelize4j.errors.SchemaChangeError;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ConstraintSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.TableSpec;

/**
 * The changes {@link SqliteTableRebuild} can make to a stored table definition: add, remove, change
 * or rename a column, add or remove a constraint, set a default. Each keeps the text of everything it
 * does not change.
 */
final class SqliteEdits {

    private final SqliteSchemaEditor editor;
    private final TableSpec table;
    private final String tableName;

    SqliteEdits(SqliteSchemaEditor editor, TableSpec table) {
        this.editor = editor;
        this.table = table;
        this.tableName = SqliteSchemaEditor.full(table.table());
    }

    private SchemaChangeError error(String operation, String subject, String problem) {
        return new SchemaChangeError(operation, tableName, subject, problem);
    }

    /** A column definition written from a spec (the spec's key written inline when it is one). */
    private String definition(ColumnSpec column) {
        TableSpec context = new TableSpec(table.table(), List.of(column),
                column.primaryKey() ? List.of(column.name()) : List.of(), List.of(), List.of(), List.of(), table.options());
        return editor.columnElement(context, column);
    }

    private static boolean hasPrimaryKey(SqliteTableSql sql) {
        for (SqliteTableSql.Element e : sql.elements()) {
            if (e instanceof SqliteTableSql.Column c && c.clause("PRIMARY") != null
                    || e instanceof SqliteTableSql.TableConstraint t && t.kind().equals("PRIMARY")) {
                return true;
            }
        }
        return false;
    }

    private String referencesClause(ForeignKeySpec fk) {
        return (fk.name() == null ? "" : "CONSTRAINT " + editor.quote(fk.name()) + " ") + editor.references(fk);
    }

    /** A column's text rebuilt from its name and type and the clauses given. */
    private static String columnText(SqliteTableSql.Column column, List<String> clauses) {
        String name = SqliteTokens.of(column.text()).get(0).text();
        StringBuilder sb = new StringBuilder(name);
        if (!column.type().isEmpty()) {
            sb.append(' ').append(column.type());
        }
        for (String clause : clauses) {
            sb.append(' ').append(clause);
        }
        return sb.toString();
    }

    private static boolean isIndex(String sql) {
        List<SqliteTokens.Token> tokens = SqliteTokens.of(sql);
        return tokens.size() > 2 && (tokens.get(1).is("INDEX") || tokens.get(2).is("INDEX"));
    }

    private static boolean isView(String sql) {
        List<SqliteTokens.Token> tokens = SqliteTokens.of(sql);
        return tokens.size() > 2 && (tokens.get(1).is("VIEW") || tokens.get(2).is("VIEW"));
    }

    // ---- the edits -------------------------------------------------------------------------------

    /** Appends a column (with its reference and a unique constraint over it). */
    SqliteTableRebuild.Edit addColumn(ColumnSpec column, ForeignKeySpec fk, TableSpec.UniqueSpec unique) {
        return sql -> {
            if (sql.column(column.name()) != null) {
                throw error("addColumn", column.name(), "the table has this column already");
            }
            if (column.primaryKey() && hasPrimaryKey(sql)) {
                throw error("addColumn", column.name(), "the table has a primary key already");
            }
            String text = definition(column);
            if (column.primaryKey() && !column.autoIncrement()) {
                text += " PRIMARY KEY";
            }
            if (fk != null) {
                text += " " + referencesClause(fk);
            }
            List<SqliteTableSql.Element> elements = new ArrayList<>(sql.elements());
            elements.add(position(elements), SqliteTableSql.element(text));
            if (unique != null) {
                elements.add(SqliteTableSql.element(editor.unique(unique)));
            }
            return sql.with(elements);
        };
    }

    /** Where a new column goes: after the last column, before the table constraints. */
    private static int position(List<SqliteTableSql.Element> elements) {
        int at = 0;
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof SqliteTableSql.Column) {
                at = i + 1;
            }
        }
        return at;
    }

    /**
     * Removes a column, with the table constraints, indexes and triggers that use it (as PostgreSQL
     * drops them with the column); a view or another column's check that uses it stops the change.
     */
    SqliteTableRebuild.Edit removeColumn(String column) {
        return new SqliteTableRebuild.Edit() {
            @Override
            public SqliteTableSql apply(SqliteTableSql sql) {
                List<SqliteTableSql.Element> kept = new ArrayList<>();
                for (SqliteTableSql.Element e : sql.elements()) {
                    if (e instanceof SqliteTableSql.Column c) {
                        if (c.name().equalsIgnoreCase(column)) {
                            continue;
                        }
                        for (SqliteTableSql.Clause clause : c.clauses()) {
                            if (clause.kind().equals("CHECK") && SqliteTokens.mentions(clause.tokens(), 0, column)) {
                                throw error("removeColumn", column, "the check of column " + c.name() + " uses it;"
                                        + " change that column first");
                            }
                        }
                        kept.add(c);
                    } else if (!((SqliteTableSql.TableConstraint) e).mentions(column)) {
                        kept.add(e);
                    }
                }
                if (kept.stream().noneMatch(e -> e instanceof SqliteTableSql.Column)) {
                    throw error("removeColumn", column, "it is the table's only column; drop the table instead");
                }
                return sql.with(kept);
            }

            @Override
            public String columnAfter(String name) {
                return name.equalsIgnoreCase(column) ? null : name;
            }

            @Override
            public String carry(String sql) {
                if (isIndex(sql)) {
                    return SqliteIndexSql.mentions(sql, column) ? null : sql;
                }
                boolean uses = SqliteTokens.mentions(SqliteTokens.of(sql), 3, column);
                if (uses && isView(sql)) {
                    throw error("removeColumn", column, "a view reads it: " + sql);
                }
                return uses ? null : sql;
            }
        };
    }

    /**
     * Gives a column a new definition (type, NOT NULL, DEFAULT from the spec). Its other constraints
     * stay: key, unique, checks, collation and reference, the reference replaced when {@code fk} is
     * given; {@code unique} is added unless the column is unique already.
     */
    SqliteTableRebuild.Edit changeColumn(ColumnSpec column, ForeignKeySpec fk, TableSpec.UniqueSpec unique) {
        return sql -> {
            SqliteTableSql.Column old = sql.column(column.name());
            if (old == null) {
                throw error("changeColumn", column.name(), "the table has no such column");
            }
            String text = definition(column);
            String upper = text.toUpperCase(Locale.ROOT);
            boolean unique0 = false;
            for (SqliteTableSql.Clause clause : old.clauses()) {
                switch (clause.kind()) {
                    case "PRIMARY" -> {
                        if (!upper.contains("PRIMARY KEY")) {
                            text += " " + clause.text();
                            unique0 = true;
                        }
                    }
                    case "UNIQUE" -> {
                        text += " " + clause.text();
                        unique0 = true;
                    }
                    case "CHECK" -> text += " " + clause.text();
                    case "COLLATE" -> {
                        if (!upper.contains("COLLATE")) {
                            text += " " + clause.text();
                        }
                    }
                    case "REFERENCES" -> {
                        if (fk == null) {
                            text += " " + clause.text();
                        }
                    }
                    default -> { }
                }
            }
            if (fk != null) {
                text += " " + referencesClause(fk);
            }
            List<SqliteTableSql.Element> elements = new ArrayList<>();
            boolean uniqueAlready = unique0;
            for (SqliteTableSql.Element e : sql.elements()) {
                if (e == old) {
                    elements.add(SqliteTableSql.element(text));
                } else if (e instanceof SqliteTableSql.TableConstraint t && t.columns().size() == 1
                        && t.columns().get(0).equalsIgnoreCase(column.name())) {
                    if (fk != null && t.kind().equals("FOREIGN")) {
                        continue;
                    }
                    uniqueAlready |= t.kind().equals("UNIQUE") || t.kind().equals("PRIMARY");
                    elements.add(e);
                } else {
                    elements.add(e);
                }
            }
            if (unique != null && !uniqueAlready) {
                elements.add(SqliteTableSql.element(editor.unique(unique)));
            }
            return sql.with(elements);
        };
    }

    /** Renames a column everywhere the table's definition, indexes and triggers use it. */
    SqliteTableRebuild.Edit renameColumn(String from, String to) {
        String quoted = editor.quote(to);
        return new SqliteTableRebuild.Edit() {
            @Override
            public SqliteTableSql apply(SqliteTableSql sql) {
                if (sql.column(from) == null) {
                    throw error("renameColumn", from, "the table has no such column");
                }
                List<SqliteTableSql.Element> elements = new ArrayList<>();
                for (SqliteTableSql.Element e : sql.elements()) {
                    if (e instanceof SqliteTableSql.Column c) {
                        SqliteTableSql.Column named = c.name().equalsIgnoreCase(from) ? SqliteTableSql.renamed(c, quoted) : c;
                        List<String> clauses = new ArrayList<>();
                        for (SqliteTableSql.Clause clause : named.clauses()) {
                            clauses.add(clause.kind().equals("CHECK")
                                    ? SqliteTokens.replaceIdentifier(clause.text(), from, quoted, 0) : clause.text());
                        }
                        elements.add(SqliteTableSql.element(columnText(named, clauses)));
                    } else {
                        SqliteTableSql.TableConstraint t = (SqliteTableSql.TableConstraint) e;
                        String text = t.text();
                        int end = text.length();
                        for (SqliteTokens.Token token : t.tokens()) {
                            if (token.is("REFERENCES")) {
                                end = token.start();
                                break;
                            }
                        }
                        int start = t.name() == null ? 0 : t.tokens().get(2).start();
                        elements.add(SqliteTableSql.element(text.substring(0, start)
                                + SqliteTokens.replaceIdentifier(text.substring(start, end), from, quoted, 0)
                                + text.substring(end)));
                    }
                }
                return sql.with(elements);
            }

            @Override
            public String columnAfter(String name) {
                return name.equalsIgnoreCase(from) ? to : name;
            }

            @Override
            public String carry(String sql) {
                if (isIndex(sql)) {
                    return SqliteIndexSql.renameColumn(sql, from, quoted);
                }
                if (isView(sql)) {
                    throw error("renameColumn", from, "a view reads the table, and SQLite before 3.25 cannot rename"
                            + " the column in it; drop the view first: " + sql);
                }
                return SqliteTokens.renameInTrigger(sql, tableName, from, quoted);
            }
        };
    }

    /** Appends a table constraint. */
    SqliteTableRebuild.Edit addConstraint(ConstraintSpec constraint) {
        return sql -> {
            String text;
            if (constraint instanceof ConstraintSpec.Unique u) {
                text = editor.unique(new TableSpec.UniqueSpec(u.name(), u.columns()));
            } else if (constraint instanceof ConstraintSpec.PrimaryKey key) {
                if (hasPrimaryKey(sql)) {
                    throw error("addConstraint", key.name(), "the table has a primary key already");
                }
                text = "CONSTRAINT " + editor.quote(key.name()) + " PRIMARY KEY (" + editor.columnList(key.columns()) + ")";
            } else if (constraint instanceof ConstraintSpec.ForeignKey fk) {
                text = editor.tableForeignKey(fk.foreignKey());
            } else {
                text = editor.check(((ConstraintSpec.Check) constraint).check());
            }
            List<SqliteTableSql.Element> elements = new ArrayList<>(sql.elements());
            elements.add(SqliteTableSql.element(text));
            return sql.with(elements);
        };
    }

    /** Removes the table or column constraint with this name. */
    SqliteTableRebuild.Edit removeConstraint(String name) {
        return sql -> {
            List<SqliteTableSql.Element> elements = new ArrayList<>();
            boolean found = false;
            for (SqliteTableSql.Element e : sql.elements()) {
                if (e instanceof SqliteTableSql.TableConstraint t && name.equalsIgnoreCase(t.name())) {
                    found = true;
                    continue;
                }
                if (e instanceof SqliteTableSql.Column c && c.clauses().stream().anyMatch(k -> name.equalsIgnoreCase(k.name()))) {
                    found = true;
                    elements.add(SqliteTableSql.element(columnText(c, c.clauses().stream()
                            .filter(k -> !name.equalsIgnoreCase(k.name())).map(SqliteTableSql.Clause::text).toList())));
                    continue;
                }
                elements.add(e);
            }
            if (!found) {
                throw error("removeConstraint", name, "the table has no constraint of this name");
            }
            return sql.with(elements);
        };
    }

    /** Replaces a column's default with the spec's (none when it has none). */
    SqliteTableRebuild.Edit setDefault(ColumnSpec column) {
        return sql -> {
            SqliteTableSql.Column old = sql.column(column.name());
            if (old == null) {
                throw error("addConstraint", column.name(), "the table has no such column");
            }
            List<String> clauses = new ArrayList<>(old.clauses().stream().filter(k -> !k.kind().equals("DEFAULT"))
                    .map(SqliteTableSql.Clause::text).toList());
            String clause = editor.defaultClause(column).trim();
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
            List<SqliteTableSql.Element> elements = new ArrayList<>();
            for (SqliteTableSql.Element e : sql.elements()) {
                elements.add(e == old ? SqliteTableSql.element(columnText(old, clauses)) : e);
            }
            return sql.with(elements);
        };
    }
}
