package org.sequelize4j.sql;

/**
 * Comparison operators of a where clause (Sequelize's {@code Op.*}). How each one is written in SQL,
 * and which dialects support it, is decided by the dialect.
 */
public enum Operator {
    EQ, NE, GT, GTE, LT, LTE,
    IS, IS_NOT,
    BETWEEN, NOT_BETWEEN,
    IN, NOT_IN,
    LIKE, NOT_LIKE, ILIKE, NOT_ILIKE,
    STARTS_WITH, NOT_STARTS_WITH, ENDS_WITH, NOT_ENDS_WITH, SUBSTRING, NOT_SUBSTRING,
    REGEXP, NOT_REGEXP, IREGEXP, NOT_IREGEXP,
    /** Arrays share an element ({@code &&}, PostgreSQL). */
    OVERLAP,
    /** Left array or JSONB contains the right ({@code @>}, PostgreSQL). */
    CONTAINS,
    /** Left array or JSONB is contained in the right ({@code <@}, PostgreSQL). */
    CONTAINED;

    /** Whether the operator is one of the LIKE family whose pattern Sequelize4j escapes itself. */
    public boolean isEscapedLike() {
        return this == STARTS_WITH || this == NOT_STARTS_WITH || this == ENDS_WITH || this == NOT_ENDS_WITH
                || this == SUBSTRING || this == NOT_SUBSTRING;
    }

    /** Whether the operator is a LIKE-family operator (with a pattern given by the caller or built by us). */
    public boolean isLike() {
        return this == LIKE || this == NOT_LIKE || this == ILIKE || this == NOT_ILIKE || isEscapedLike();
    }

    /** Whether the operator is negated (NOT LIKE, NOT IN, …). */
    public boolean isNegated() {
        switch (this) {
            case NE: case IS_NOT: case NOT_BETWEEN: case NOT_IN: case NOT_LIKE: case NOT_ILIKE:
            case NOT_STARTS_WITH: case NOT_ENDS_WITH: case NOT_SUBSTRING: case NOT_REGEXP: case NOT_IREGEXP:
                return true;
            default:
                return false;
        }
    }
}
