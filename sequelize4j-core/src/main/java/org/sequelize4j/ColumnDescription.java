package org.sequelize4j;

import java.util.List;

/**
 * One column of an existing table as the database reports it ({@code queryInterface.describeTable}),
 * in the shape of Sequelize's {@code ColumnDescription} with a few additions.
 *
 * @param name the column name
 * @param type the column type as the database spells it, upper-cased ({@code VARCHAR(255)},
 *             {@code CHARACTER VARYING(255)}, {@code INT(11)}, {@code ENUM('a','b')}, …)
 * @param allowNull whether the column accepts NULL
 * @param defaultValue the default with quotes and casts removed when it is a constant ({@code it's},
 *                     {@code 0}, {@code true}), the expression as written otherwise ({@code CURRENT_TIMESTAMP},
 *                     {@code now()}), or null when the column has no default
 * @param primaryKey whether the column is part of the primary key
 * @param autoIncrement whether the database generates the column's values (SERIAL, identity,
 *                      AUTO_INCREMENT, SQLite's INTEGER PRIMARY KEY)
 * @param comment the column comment, or null
 * @param values the values an ENUM column allows, in order (empty for other columns and on SQLite,
 *               which stores ENUMs as TEXT); Sequelize calls them {@code special}
 * @param defaultSql the default exactly as the database keeps it, or null: tells a constant string
 *                   {@code 'now()'} from the expression {@code now()}
 * @param dataType the Sequelize4j data type this column reads as, or null when there is none
 */
public record ColumnDescription(String name, String type, boolean allowNull, String defaultValue, boolean primaryKey,
                                boolean autoIncrement, String comment, List<String> values, String defaultSql,
                                DataType dataType) {

    public ColumnDescription {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
