package org.sequelize4j.queryinterface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.sequelize4j.AttributeOptions.attribute;
import static org.sequelize4j.DataTypes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sequelize4j.AttributeOptions;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.DataType;
import org.sequelize4j.Sequelize;
import org.sequelize4j.testing.DialectTest;

/**
 * describeTable's {@code dataType()} for every type a dialect can hold: the column it reads as is the
 * column the declared type makes (the same column type in DDL), so a model's attributes can be
 * compared with the live table's columns. Where the database keeps a type as another (PostgreSQL has
 * no TINYINT, MySQL keeps FLOAT as DOUBLE) the reading is that other type, which makes the same column.
 */
class DescribeTableTypesTest {

    private static final List<DataType> TYPES = List.of(STRING, STRING(20), STRING(30, true), CHAR(5), TEXT,
            TEXT("medium"), CITEXT, TINYINT, SMALLINT, MEDIUMINT, INTEGER, BIGINT, INTEGER.UNSIGNED(), BIGINT.UNSIGNED(),
            FLOAT, REAL, DOUBLE, DECIMAL, DECIMAL(10, 2), BOOLEAN, DATE, DATE(6), DATEONLY, TIME, UUID, JSON, JSONB,
            BLOB, ENUM("a", "b"), ARRAY(INTEGER), ARRAY(TEXT));

    /** SQL's synonyms written one way: NUMERIC is DECIMAL, DOUBLE PRECISION is DOUBLE. */
    private static String sameSpelling(String typeSql) {
        return typeSql.replace("NUMERIC", "DECIMAL").replace("DOUBLE PRECISION", "DOUBLE");
    }

    @DialectTest
    void everyTypeReadsBackAsTheSameColumn(Sequelize sequelize) {
        List<AttributeOptions> attributes = new ArrayList<>();
        List<DataType> declared = new ArrayList<>();
        for (DataType type : TYPES) {
            if (sequelize.dialect().supportsType(type)) {
                attributes.add(attribute("c" + declared.size(), type));
                declared.add(type);
            }
        }
        QueryInterface qi = sequelize.getQueryInterface();
        qi.createTable("typed", attributes);
        Map<String, ColumnDescription> columns = qi.describeTable("typed");
        for (int i = 0; i < declared.size(); i++) {
            DataType type = declared.get(i);
            ColumnDescription column = columns.get("c" + i);
            assertNotNull(column.dataType(), type + " -> " + column.type());
            String expected = sequelize.dialect().typeSql(type);
            String read = sequelize.dialect().typeSql(column.dataType());
            if (type.equals(UUID) && column.dataType().equals(CHAR(36))) {
                // MySQL and MariaDB keep a UUID as CHAR(36) with a binary collation, which reads as CHAR(36).
                expected = sequelize.dialect().typeSql(CHAR(36));
            }
            assertEquals(sameSpelling(expected), sameSpelling(read), type + " -> " + column.type() + " / " + column.dataType());
        }
        // The ones that are exactly what was declared on every database.
        for (DataType exact : List.of(STRING, STRING(20), CHAR(5), INTEGER, BIGINT, DECIMAL(10, 2), BOOLEAN, DATE,
                DATEONLY, TIME, BLOB)) {
            assertEquals(exact, columns.get("c" + declared.indexOf(exact)).dataType(), exact.toString());
        }
    }
}
