package org.sequelize4j.dialect;

import java.util.List;
import java.util.Locale;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.IndexDescription;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.sql.ColumnSpec;
import org.sequelize4j.sql.ForeignKeySpec;
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
}
