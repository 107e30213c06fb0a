package org.sequelize4j;

import java.util.List;
import java.util.Map;

/**
 * The rows of a page and the total count.
 *
 * @param count every matching row, ignoring limit and offset (with {@code group}: the number of groups)
 * @param rows the rows of the page
 * @param groupCounts with {@code group}, one map per group with the group attributes and {@code count}
 * @param <M> the instance type
 */
public record FindAndCountResult<M>(long count, List<M> rows, List<Map<String, Object>> groupCounts) {
}
