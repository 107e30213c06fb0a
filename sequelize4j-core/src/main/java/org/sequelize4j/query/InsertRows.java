package org.sequelize4j.query;

import java.util.Arrays;
import java.util.List;

/**
 * The values of the rows of one INSERT, kept in one flat array: row {@code r}'s value of column
 * {@code c} is at {@code (first + r) * width + c}. A bulk insert checks every row's values straight
 * into one such array and sends each chunk as a view of it, rather than an array per row copied
 * again into an array per statement.
 *
 * @param values the flat array (not copied; not changed by the planner)
 * @param width values per row
 * @param first the first row of this set
 * @param count how many rows
 */
public record InsertRows(Object[] values, int width, int first, int count) {

    public InsertRows {
        if (width < 0 || first < 0 || count < 0 || (long) (first + count) * width > values.length) {
            throw new IllegalArgumentException("Rows " + first + " to " + (first + count) + " of width " + width
                    + " do not fit " + values.length + " values");
        }
    }

    /** One row's values (not copied). */
    public static InsertRows single(Object[] row) {
        return new InsertRows(row, row.length, 0, 1);
    }

    /** Rows given one array each, copied into one. */
    public static InsertRows of(List<Object[]> rows, int width) {
        Object[] values = new Object[rows.size() * width];
        int at = 0;
        for (Object[] row : rows) {
            System.arraycopy(row, 0, values, at, width);
            at += width;
        }
        return new InsertRows(values, width, 0, rows.size());
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of this set, sharing its array. */
    public InsertRows slice(int from, int to) {
        return new InsertRows(values, width, first + from, to - from);
    }

    /** The value of column {@code column} in row {@code row} of this set. */
    public Object get(int row, int column) {
        return values[(first + row) * width + column];
    }

    /** Every value of these rows in order, as a view of the array. */
    List<Object> asList() {
        List<Object> all = Arrays.asList(values);
        return first == 0 && count * width == values.length ? all : all.subList(first * width, (first + count) * width);
    }

    // A record over an array compares arrays by identity; rows are not compared, so no equals is needed.
}
