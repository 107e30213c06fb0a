package org.sequelize4j;

import java.util.List;

/**
 * The outcome of a static update.
 *
 * @param count rows changed
 * @param rows the updated rows as they are now, with {@code returning(true)} or {@code individualHooks(true)};
 *             otherwise empty
 * @param <M> the instance type
 */
public record UpdateResult<M>(int count, List<M> rows) {
}
