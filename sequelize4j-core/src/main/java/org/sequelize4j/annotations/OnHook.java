package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.sequelize4j.HookType;

/**
 * Makes a method of a model class a hook (Sequelize's hook decorators such as {@code @BeforeCreate}).
 * An instance method without parameters runs on the instance of an instance hook
 * ({@code BEFORE_CREATE}, {@code AFTER_SAVE}, …); a method taking a {@link org.sequelize4j.HookEvent}
 * (static, or an instance method for instance hooks) receives the whole event.
 *
 * <pre>{@code
 * @OnHook(HookType.BEFORE_SAVE)
 * void normaliseEmail() { email = email.toLowerCase(); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OnHook {

    /** The moments the method runs at. */
    HookType[] value();
}
