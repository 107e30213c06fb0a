package org.sequelize4j.migrations;

import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Op;
import org.sequelize4j.QueryOptions;
import org.sequelize4j.Sequelize;
import org.sequelize4j.Transaction;
import org.sequelize4j.queryinterface.BulkOptions;
import org.sequelize4j.queryinterface.QueryInterface;

/**
 * The record of applied migrations. {@code SequelizeMeta} is sequelize-cli's table, kept exactly as it
 * makes it (one column, {@code name} VARCHAR(255), the primary key), so that a history written by
 * sequelize-cli is read here and the reverse. Checksums of SQL migrations, which sequelize-cli does not
 * keep, go into a side table, {@code SequelizeMetaChecksums}, which sequelize-cli ignores. Seeders use
 * {@code SequelizeData} (and {@code SequelizeDataChecksums}) the same way, or record nothing.
 */
final class MigrationStorage {

    private final Sequelize sequelize;
    private final QueryInterface qi;
    /** The names table, or null when nothing is recorded. */
    private final String table;
    private final String checksumsTable;

    MigrationStorage(Sequelize sequelize, MigrationHistory history) {
        this.sequelize = sequelize;
        this.qi = sequelize.getQueryInterface();
        this.table = history.table();
        this.checksumsTable = table == null ? null : table + "Checksums";
    }

    /** Whether names are recorded at all (not {@link MigrationHistory#NONE}). */
    boolean records() {
        return table != null;
    }

    /** Creates the tables that are missing (CREATE TABLE IF NOT EXISTS). */
    void ensure() {
        if (table == null) {
            return;
        }
        qi.createTable(table, List.of(attribute("name", STRING(255)).primaryKey(true).allowNull(false)));
        qi.createTable(checksumsTable, List.of(attribute("name", STRING(255)).primaryKey(true).allowNull(false),
                attribute("checksum", STRING(64)).allowNull(false)));
    }

    /** The applied names, in name order. */
    List<String> applied() {
        if (table == null) {
            return List.of();
        }
        return column("SELECT " + q("name") + " FROM " + q(table) + " ORDER BY " + q("name"), "name");
    }

    /** The recorded checksum of each applied SQL migration. */
    Map<String, String> checksums() {
        Map<String, String> result = new LinkedHashMap<>();
        if (table == null) {
            return result;
        }
        String sql = "SELECT " + q("name") + ", " + q("checksum") + " FROM " + q(checksumsTable);
        for (Map<String, Object> row : sequelize.query(sql, QueryOptions.queryOptions().transaction(null)).rows()) {
            result.put(String.valueOf(value(row, "name")), String.valueOf(value(row, "checksum")));
        }
        return result;
    }

    /** Records a migration as applied, in its transaction (null: none). */
    void record(String name, String checksum, Transaction transaction) {
        if (table == null) {
            return;
        }
        qi.bulkInsert(table, List.of(Map.of("name", name)), BulkOptions.bulkOptions().transaction(transaction));
        if (checksum != null) {
            qi.bulkInsert(checksumsTable, List.of(Map.of("name", name, "checksum", checksum)),
                    BulkOptions.bulkOptions().transaction(transaction));
        }
    }

    /** Removes a migration from the record, in its transaction (null: none). */
    void forget(String name, Transaction transaction) {
        if (table == null) {
            return;
        }
        qi.bulkDelete(checksumsTable, Op.eq("name", name), BulkOptions.bulkOptions().transaction(transaction));
        qi.bulkDelete(table, Op.eq("name", name), BulkOptions.bulkOptions().transaction(transaction));
    }

    private List<String> column(String sql, String column) {
        return sequelize.query(sql, QueryOptions.queryOptions().transaction(null)).rows().stream()
                .map(row -> String.valueOf(value(row, column))).toList();
    }

    /** A column of a raw row; labels keep their case on every dialect we run, but be lenient. */
    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null) {
            for (Map.Entry<String, Object> e : row.entrySet()) {
                if (e.getKey().equalsIgnoreCase(column)) {
                    return e.getValue();
                }
            }
        }
        return value;
    }

    private String q(String identifier) {
        return sequelize.dialect().quoteIdentifier(identifier);
    }
}
