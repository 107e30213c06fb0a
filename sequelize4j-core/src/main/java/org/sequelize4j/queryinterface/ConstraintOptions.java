package org.sequelize4j.queryinterface;

import java.util.List;
import java.util.Objects;
import org.sequelize4j.Deferrable;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.query.Condition;
import org.sequelize4j.query.Expression;

/**
 * A constraint for {@code addConstraint}, Sequelize's {@code {type, fields, name, …}} as a builder.
 * Without a name, it is named as Sequelize names it: {@code [table]_[columns]_uk} (unique),
 * {@code _pk} (primary key), {@code _[referenced table]_fk} (foreign key), {@code _ck} (check).
 *
 * <pre>{@code
 * queryInterface.addConstraint("posts", foreignKey("authorId").references("users", "id")
 *         .onDelete(ReferentialAction.CASCADE));
 * queryInterface.addConstraint("users", unique("email").name("users_email_key"));
 * queryInterface.addConstraint("users", check(gte("age", 0)).fields("age"));
 * queryInterface.addConstraint("users", defaultValue("status", "active"));
 * }</pre>
 */
public final class ConstraintOptions {

    /** The kinds of constraints {@code addConstraint} adds. */
    public enum Type {
        /** UNIQUE over columns. */
        UNIQUE,
        /** PRIMARY KEY over columns. */
        PRIMARY_KEY,
        /** FOREIGN KEY … REFERENCES. */
        FOREIGN_KEY,
        /** CHECK (condition). */
        CHECK,
        /**
         * A column default: Sequelize's "default constraint". These databases keep a default on its column,
         * not as a named constraint, so it is set like {@code changeColumn} would and is not listed by
         * {@code showConstraint}.
         */
        DEFAULT
    }

    private final Type type;
    private final List<String> fields;
    private String name;
    private String referencedTable;
    private List<String> referencedColumns = List.of();
    private ReferentialAction onDelete;
    private ReferentialAction onUpdate;
    private Deferrable deferrable;
    private Condition where;
    private Object defaultValue;

    private ConstraintOptions(Type type, List<String> fields) {
        this.type = type;
        this.fields = List.copyOf(fields);
    }

    /** UNIQUE over columns. */
    public static ConstraintOptions unique(String... columns) {
        return new ConstraintOptions(Type.UNIQUE, List.of(columns));
    }

    /** PRIMARY KEY over columns. */
    public static ConstraintOptions primaryKey(String... columns) {
        return new ConstraintOptions(Type.PRIMARY_KEY, List.of(columns));
    }

    /** FOREIGN KEY over columns; name what it references with {@link #references}. */
    public static ConstraintOptions foreignKey(String... columns) {
        return new ConstraintOptions(Type.FOREIGN_KEY, List.of(columns));
    }

    /** CHECK with a condition written with {@code Op} over the table's columns; name it, or give its {@link #fields}. */
    public static ConstraintOptions check(Condition condition) {
        ConstraintOptions options = new ConstraintOptions(Type.CHECK, List.of());
        options.where = Objects.requireNonNull(condition, "check condition");
        return options;
    }

    /** CHECK given as raw SQL ({@code Sql.literal("price > 0")}). */
    public static ConstraintOptions check(Expression.Literal sql) {
        return check(org.sequelize4j.Op.raw(Objects.requireNonNull(sql, "check sql")));
    }

    /** A default for a column (Sequelize's {@code type: 'default'}); {@code Sql.literal}/{@code Sql.fn} for an expression. */
    public static ConstraintOptions defaultValue(String column, Object value) {
        ConstraintOptions options = new ConstraintOptions(Type.DEFAULT, List.of(Objects.requireNonNull(column, "column")));
        options.defaultValue = value;
        return options;
    }

    /** The constraint's name. */
    public ConstraintOptions name(String constraintName) {
        this.name = constraintName;
        return this;
    }

    /** For a CHECK: the columns it is about, which its default name is made of. */
    public ConstraintOptions fields(String... columns) {
        ConstraintOptions copy = new ConstraintOptions(type, List.of(columns));
        copy.name = name;
        copy.where = where;
        copy.defaultValue = defaultValue;
        return copy;
    }

    /** For a foreign key: the referenced table and its columns (its primary key when none are given). */
    public ConstraintOptions references(String table, String... columns) {
        this.referencedTable = Objects.requireNonNull(table, "referenced table");
        this.referencedColumns = List.of(columns);
        return this;
    }

    /** For a foreign key: what deleting a referenced row does. */
    public ConstraintOptions onDelete(ReferentialAction action) {
        this.onDelete = action;
        return this;
    }

    /** For a foreign key: what deleting a referenced row does, in Sequelize's spelling ({@code "CASCADE"}, {@code "set null"}). */
    public ConstraintOptions onDelete(String action) {
        return onDelete(ReferentialAction.parse(action));
    }

    /** For a foreign key: what changing a referenced key does. */
    public ConstraintOptions onUpdate(ReferentialAction action) {
        this.onUpdate = action;
        return this;
    }

    /** For a foreign key: what changing a referenced key does, in Sequelize's spelling. */
    public ConstraintOptions onUpdate(String action) {
        return onUpdate(ReferentialAction.parse(action));
    }

    /** For a foreign key: whether and how it is deferrable (PostgreSQL). */
    public ConstraintOptions deferrable(Deferrable when) {
        this.deferrable = when;
        return this;
    }

    /** The kind of constraint. */
    public Type type() {
        return type;
    }

    /** The constrained columns. */
    public List<String> fields() {
        return fields;
    }

    /** The name given, or null. */
    public String name() {
        return name;
    }

    /** The referenced table, or null. */
    public String referencedTable() {
        return referencedTable;
    }

    /** The referenced columns (empty: the referenced table's primary key). */
    public List<String> referencedColumns() {
        return referencedColumns;
    }

    /** The ON DELETE action, or null. */
    public ReferentialAction onDelete() {
        return onDelete;
    }

    /** The ON UPDATE action, or null. */
    public ReferentialAction onUpdate() {
        return onUpdate;
    }

    /** The deferrable mode, or null. */
    public Deferrable deferrable() {
        return deferrable;
    }

    /** The CHECK condition, or null. */
    public Condition where() {
        return where;
    }

    /** The default value of a DEFAULT constraint. */
    public Object defaultValue() {
        return defaultValue;
    }
}
