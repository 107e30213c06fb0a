package org.sequelize4j.sql;

import java.util.List;

/**
 * What an existing column takes part in, as the catalog reports it, for dropping the column: some
 * databases drop the indexes and keys over it themselves, others need them dropped first or the table
 * rebuilt.
 *
 * @param column the column
 * @param indexes the names of the indexes over it (those backing unique constraints included)
 * @param foreignKeys the names of the foreign keys it belongs to (a name may be empty where the database
 *                    keeps none)
 */
public record ColumnUse(String column, List<String> indexes, List<String> foreignKeys) {

    public ColumnUse {
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }
}
