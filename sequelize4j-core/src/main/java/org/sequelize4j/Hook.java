package org.sequelize4j;

/**
 * A hook: code run at a {@link HookType} moment of a model's operations. Throwing from a "before"
 * hook aborts the operation before anything is written (inside a managed transaction, the transaction
 * rolls back).
 *
 * <pre>{@code
 * Users.addHook(HookType.BEFORE_CREATE, event -> event.instance().set("slug", slugify(event.instance().get("name"))));
 * }</pre>
 *
 * @param <M> the instance type
 */
@FunctionalInterface
public interface Hook<M extends Model> {

    /** Runs the hook. */
    void run(HookEvent<M> event);
}
