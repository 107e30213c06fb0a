package org.sequelize4j.associations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.Sequelize;

/**
 * The foreign keys a table really has, read with plain JDBC metadata (the same call on every dialect),
 * never through the code under test.
 */
final class ForeignKeys {

    /** One foreign-key column: the column, what it refers to, and its actions as JDBC reports them. */
    record ForeignKey(String column, String referencedTable, String referencedColumn, String onDelete, String onUpdate) {
    }

    private ForeignKeys() {
    }

    /** The foreign keys of {@code table}, one entry per column. */
    static List<ForeignKey> of(Sequelize sequelize, String table) {
        List<ForeignKey> keys = new ArrayList<>();
        try (Connection c = sequelize.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema;
            try {
                schema = c.getSchema();
            } catch (SQLException | AbstractMethodError e) {
                schema = null;
            }
            try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), schema, table)) {
                while (rs.next()) {
                    keys.add(new ForeignKey(rs.getString("FKCOLUMN_NAME"), rs.getString("PKTABLE_NAME"),
                            rs.getString("PKCOLUMN_NAME"), action(rs.getShort("DELETE_RULE")),
                            action(rs.getShort("UPDATE_RULE"))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    /** The foreign key on {@code column} of {@code table}; fails when there is none. */
    static ForeignKey on(Sequelize sequelize, String table, String column) {
        List<ForeignKey> keys = of(sequelize, table);
        return keys.stream().filter(k -> k.column().equals(column)).findFirst()
                .orElseThrow(() -> new AssertionError("no foreign key on " + table + "." + column + ": " + keys));
    }

    private static String action(short rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade:
                return "CASCADE";
            case DatabaseMetaData.importedKeyRestrict:
                return "RESTRICT";
            case DatabaseMetaData.importedKeySetNull:
                return "SET NULL";
            case DatabaseMetaData.importedKeyNoAction:
                return "NO ACTION";
            case DatabaseMetaData.importedKeySetDefault:
                return "SET DEFAULT";
            default:
                return "?" + rule;
        }
    }
}
