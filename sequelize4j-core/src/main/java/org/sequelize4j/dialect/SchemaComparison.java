package org.sequelize4j.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
import org.sequelize4j.sql.IndexSpec;
import org.sequelize4j.sql.TableRef;

/**
 * How one database reports back what a model declared, so that comparing models with the live schema
 * finds no difference where there is none: type spellings and synonyms, the referential action a
 * foreign key gets when none is declared, the indexes and constraints the database adds on its own,
 * and which changes its ALTER TABLE can make in place. The shared answers here suit standard SQL;
 * each dialect overrides what its database does differently.
 */
public class SchemaComparison {

    /** A change to an existing table, as asked of {@link #altersInPlace}. */
    public enum Alteration {
        /** ADD COLUMN. */
        ADD_COLUMN,
        /** A column's type, nullability, default or comment. */
        CHANGE_COLUMN,
        /** DROP COLUMN. */
        DROP_COLUMN,
        /** ADD FOREIGN KEY. */
        ADD_FOREIGN_KEY,
        /** DROP FOREIGN KEY / CONSTRAINT. */
        DROP_FOREIGN_KEY,
        /** ADD CHECK. */
        ADD_CHECK,
        /** DROP CHECK / CONSTRAINT. */
        DROP_CHECK
    }

    /** The dialect compared for. */
    protected final Dialect dialect;

    public SchemaComparison(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Whether a live column holds the declared type: both written as this dialect's column type, with
     * SQL's synonyms spelt one way. A column whose type the dialect cannot read counts as the same,
     * since nothing better than a guess could replace it.
     */
    public boolean sameType(DataType declared, ColumnDescription live) {
        if (live.dataType() == null) {
            return true;
        }
        if (declared.kind() == DataType.Kind.ENUM && live.dataType().kind() == DataType.Kind.ENUM
                && enumValuesInOwnType()) {
            return true;
        }
        return spelling(dialect.typeSql(declared)).equals(spelling(dialect.typeSql(live.dataType())));
    }

    /** A type's SQL with synonyms written one way (NUMERIC is DECIMAL, DOUBLE PRECISION is DOUBLE). */
    protected static String spelling(String typeSql) {
        return typeSql.toUpperCase(Locale.ROOT).replace("NUMERIC", "DECIMAL").replace("DOUBLE PRECISION", "DOUBLE")
                .replace(", ", ",");
    }

    /**
     * Whether ENUM values are kept in a named type of their own (PostgreSQL), so that they are compared,
     * and extended, apart from the column's type.
     */
    public boolean enumValuesInOwnType() {
        return false;
    }

    /** The enum type of an ENUM column, where {@link #enumValuesInOwnType()}. */
    public TableRef enumType(TableRef table, ColumnSpec column) {
        throw new UnsupportedOperationException("The " + dialect.name() + " dialect has no enum types of its own");
    }

    /** A table the catalog lists, named as a model names it (PostgreSQL's {@code public} schema is no schema). */
    public TableRef asDeclared(TableRef live) {
        return live;
    }

    /** The action the database reports for a foreign key declared with {@code declared} (null: none). */
    public ReferentialAction reportedAction(ReferentialAction declared) {
        return declared == null ? ReferentialAction.NO_ACTION : declared;
    }

    /**
     * Whether an index is one the database made by itself (behind a primary key or a foreign key), which
     * no model declares and no migration should drop.
     */
    public boolean isImplicitIndex(IndexDescription index, List<ConstraintDescription> constraints) {
        return index.primary();
    }

    /** Whether a constraint is one the database added by itself (MariaDB's JSON checks). */
    public boolean isImplicitConstraint(ConstraintDescription constraint) {
        return false;
    }

    /**
     * Whether ALTER TABLE makes this change in place; where it cannot (SQLite), a migration rebuilds the
     * table and {@code sync({alter})} leaves it for one.
     *
     * @param column the column added, changed or dropped, or null for a table-level change
     * @param foreignKey the reference a new column carries, or null
     */
    public boolean altersInPlace(Alteration alteration, ColumnSpec column, ForeignKeySpec foreignKey) {
        return true;
    }

    /** Whether unique keys exist as named unique indexes rather than constraints (SQLite). */
    public boolean uniqueKeysAsIndexes() {
        return false;
    }

    /** How a check's condition in the database compares with the model's, as {@link #compareCheck} tells. */
    public enum CheckMatch {
        /** The same condition, as far as the database's rewriting lets one see. */
        SAME,
        /** A different condition: other columns, functions or constants. */
        CHANGED,
        /**
         * The same columns and constants with other operators or structure: a changed condition, or one
         * the database rewrote in words this comparison does not know.
         */
        UNDECIDED
    }

    /**
     * Compares a check's condition as the model renders it with the one the catalog returns. Both are
     * read as {@link ConditionTokens}, rewritten by {@link #checkTokens} into the same words, and
     * compared; when they still differ, a different set of operands is a change, and so is the same
     * condition with another comparison or AND/OR in places (no database rewrites {@code >} as
     * {@code >=}); the same operands joined otherwise cannot be told from the database's rewriting.
     */
    public CheckMatch compareCheck(String declared, String live) {
        List<ConditionTokens.Token> model = ConditionTokens.canonical(checkTokens(declared));
        List<ConditionTokens.Token> database = ConditionTokens.canonical(checkTokens(live));
        if (ConditionTokens.text(model).equals(ConditionTokens.text(database))) {
            return CheckMatch.SAME;
        }
        if (!ConditionTokens.operands(model).equals(ConditionTokens.operands(database))
                || ConditionTokens.differInConnectivesOnly(model, database)) {
            return CheckMatch.CHANGED;
        }
        return CheckMatch.UNDECIDED;
    }

    /**
     * A check condition as tokens, with what this database writes differently (casts, operator
     * spellings) rewritten the way the model writes it; the shared rewrites follow in
     * {@link ConditionTokens#canonical}. Standard SQL needs none.
     */
    protected List<ConditionTokens.Token> checkTokens(String condition) {
        return ConditionTokens.tokenize(condition, false);
    }

    /** The method an index gets when none is declared; the database reports it even then. */
    protected String defaultIndexMethod() {
        return "BTREE";
    }

    /**
     * Whether a live index is built as the declared one asks ({@code using} and {@code type}), the
     * default method counting as none declared. An index whose method the database does not report
     * (SQLite) counts as the same.
     */
    public boolean sameIndexMethod(IndexSpec declared, IndexDescription live) {
        if (live.method() == null) {
            return true;
        }
        String wanted = declared.using() == null ? defaultIndexMethod() : declared.using().trim().toUpperCase(Locale.ROOT);
        return wanted.equals(live.method().toUpperCase(Locale.ROOT));
    }

    /** The {@code using} to create a live index again with, or null where it has the default method. */
    public String indexUsing(IndexDescription live) {
        return live.method() == null || live.method().equalsIgnoreCase(defaultIndexMethod()) ? null
                : live.method().toUpperCase(Locale.ROOT);
    }

    /** The MySQL index {@code type} (FULLTEXT, SPATIAL) to create a live index again with, or null. */
    public String indexType(IndexDescription live) {
        return null;
    }

    /** Whether two table comments are the same, none and an empty one alike (MySQL keeps an empty one). */
    public boolean sameComment(String declared, String live) {
        return Objects.equals(declared == null || declared.isEmpty() ? null : declared,
                live == null || live.isEmpty() ? null : live);
    }
}
