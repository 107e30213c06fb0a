package org.sequelize4j;

import java.util.List;
import java.util.Map;

/**
 * What a raw query produced: rows (for SELECTs and statements with RETURNING) and the affected row
 * count (for other statements).
 *
 * @param rows rows as maps of column label to the driver's value (empty when the statement returned none)
 * @param affectedRows rows changed, or -1 when the statement produced rows
 */
public record QueryResult(List<Map<String, Object>> rows, int affectedRows) {

    public QueryResult {
        rows = List.copyOf(rows);
    }

    /** The first row, or null (Sequelize's {@code plain: true}). */
    public Map<String, Object> first() {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
