package org.sequelize4j.migrations.diff;

import java.util.List;

/**
 * A difference the diff would not resolve by itself, with the reason. Nothing is changed for it:
 * a possible rename is neither dropped nor added until the caller names the rename
 * ({@link SchemaDiffOptions#renames}) or allows the drop ({@link SchemaDiffOptions#allowDrops}).
 *
 * @param kind what kind of question it is
 * @param table the table concerned (the one that disappeared, for a table rename)
 * @param subject the column or constraint concerned, or null
 * @param candidates what it could have become (the new table or column names)
 * @param reason why it was not decided, in words
 */
public record Undecided(Kind kind, String table, String subject, List<String> candidates, String reason) {

    public Undecided {
        candidates = List.copyOf(candidates);
    }

    /** The kinds of questions left open. */
    public enum Kind {
        /** A table disappeared and another appeared that could be it, renamed. */
        POSSIBLE_TABLE_RENAME,
        /** A column disappeared and another of the same type appeared in its table. */
        POSSIBLE_COLUMN_RENAME,
        /**
         * A check whose condition the database writes with the model's columns and constants but other
         * operators: changed, or rewritten in words the diff does not know. Give a changed check a new
         * name to have it replaced.
         */
        CHECK_CONDITION,
        /** A difference no migration written from the diff can make (a primary key, enum values removed). */
        UNSUPPORTED
    }

    @Override
    public String toString() {
        return kind + " " + table + (subject == null ? "" : "." + subject)
                + (candidates.isEmpty() ? "" : " -> " + candidates) + ": " + reason;
    }
}
