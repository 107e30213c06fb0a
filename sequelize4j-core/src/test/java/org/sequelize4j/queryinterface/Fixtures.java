package org.sequelize4j.queryinterface;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.INTEGER;
import static org.sequelize4j.DataTypes.STRING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sequelize4j.ConstraintDescription;
import org.sequelize4j.References;
import org.sequelize4j.ReferentialAction;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.Catalog;

/** Tables and read-backs the QueryInterface tests share; rows are read with plain JDBC, not the code under test. */
final class Fixtures {

    private Fixtures() {
    }

    static String q(Sequelize sequelize, String identifier) {
        return sequelize.dialect().quoteIdentifier(identifier);
    }

    /** {@code owners(id, name)} and {@code items(id, name, price, ownerId → owners ON DELETE CASCADE)} with rows. */
    static void ownersAndItems(Sequelize sequelize) {
        QueryInterface qi = sequelize.getQueryInterface();
        qi.createTable("owners", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("name", STRING).allowNull(false)));
        qi.createTable("items", List.of(attribute("id", INTEGER).primaryKey(true).autoIncrement(true),
                attribute("name", STRING(60)).allowNull(false),
                attribute("price", org.sequelize4j.DataTypes.DECIMAL(10, 2)),
                attribute("ownerId", INTEGER).references(References.table("owners")).onDelete(ReferentialAction.CASCADE)));
        qi.bulkInsert("owners", List.of(Map.of("name", "Ada"), Map.of("name", "Grace")));
        qi.bulkInsert("items", List.of(
                Map.of("name", "lamp", "price", new java.math.BigDecimal("12.50"), "ownerId", 1),
                Map.of("name", "desk", "price", new java.math.BigDecimal("99.00"), "ownerId", 1),
                Map.of("name", "chair", "price", new java.math.BigDecimal("45.25"), "ownerId", 2)));
    }

    /** A table's rows ordered by a column, each as lower-cased column name to value as text. */
    static List<Map<String, String>> rows(Sequelize sequelize, String table, String orderBy) {
        List<Map<String, String>> result = new ArrayList<>();
        for (Map<String, Object> row : Catalog.jdbc(sequelize, "SELECT * FROM " + q(sequelize, table) + " ORDER BY "
                + q(sequelize, orderBy))) {
            Map<String, String> text = new TreeMap<>();
            row.forEach((k, v) -> text.put(k, v == null ? null : v instanceof java.math.BigDecimal d
                    ? d.stripTrailingZeros().toPlainString() : v.toString()));
            result.add(text);
        }
        return result;
    }

    /** The values of one column, ordered by another. */
    static List<String> column(Sequelize sequelize, String table, String column, String orderBy) {
        List<String> values = new ArrayList<>();
        for (Map<String, String> row : rows(sequelize, table, orderBy)) {
            values.add(row.get(column.toLowerCase(java.util.Locale.ROOT)));
        }
        return values;
    }

    /** The constraints of a table by type, each as its columns (names dropped: SQLite keeps none for some). */
    static Map<ConstraintDescription.Type, List<List<String>>> constraintColumns(QueryInterface qi, String table) {
        Map<ConstraintDescription.Type, List<List<String>>> result = new LinkedHashMap<>();
        for (ConstraintDescription c : qi.showConstraint(table)) {
            result.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(c.columns());
        }
        return result;
    }

    /** The table's foreign key over {@code columns}, or null. */
    static ConstraintDescription foreignKey(QueryInterface qi, String table, List<String> columns) {
        for (ConstraintDescription c : qi.showConstraint(table)) {
            if (c.type() == ConstraintDescription.Type.FOREIGN_KEY && c.columns().equals(columns)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the dialect changes tables by rebuilding them (SQLite, which cannot alter a column in place). */
    static boolean rebuilds(Sequelize sequelize) {
        return !sequelize.dialect().capabilities().alterColumnType();
    }
}
