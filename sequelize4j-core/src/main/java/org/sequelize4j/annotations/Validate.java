package org.sequelize4j.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Validator annotations for the fields of annotated model classes, one per Sequelize built-in
 * validator: {@code @Validate.IsEmail}, {@code @Validate.Len(min = 2, max = 10)},
 * {@code @Validate.IsIn({"en", "zh"})}, … Each takes an optional {@code msg}. Custom validators are
 * methods annotated {@link Custom}; model-wide ones are methods annotated {@link ModelValidator}.
 *
 * <p>The same validators are available to models defined without a class through
 * {@link org.sequelize4j.Validators}.
 */
public final class Validate {

    private Validate() {
    }

    /** Valid when the value is an e-mail address. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsEmail {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a URL. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsUrl {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is an IPv4 or IPv6 address. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsIP {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is an IPv4 address. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsIPv4 {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is an IPv6 address. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsIPv6 {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is letters only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsAlpha {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is letters and digits only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsAlphanumeric {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is digits only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsNumeric {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is an integer. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsInt {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a floating-point number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsFloat {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is any number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsDecimal {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is lower case only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsLowercase {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is upper case only. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsUppercase {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is only null or empty. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsNull {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is not empty or blank. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface NotEmpty {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a date. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsDate {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a credit-card number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsCreditCard {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is not null (the attribute becomes NOT NULL; msg replaces the 'cannot be null' message). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface NotNull {
        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is exactly this value. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Equals {
        /** The argument. */
        String value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is contains this text. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Contains {
        /** The argument. */
        String value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is does not contain this text. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface NotContains {
        /** The argument. */
        String value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a date after this one. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsAfter {
        /** The argument. */
        String value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a date before this one. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsBefore {
        /** The argument. */
        String value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is a UUID of this version ("3", "4", "5", "all"). */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsUUID {
        /** The argument. */
        String value() default "4";

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is at most this number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Max {
        /** The argument. */
        double value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is at least this number. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Min {
        /** The argument. */
        double value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is one of these values. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface IsIn {
        /** The argument. */
        String[] value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value is none of these values. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface NotIn {
        /** The argument. */
        String[] value();

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value matches a JavaScript-style regular expression. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Is {
        /** The pattern. */
        String value();

        /** JavaScript flags, e.g. "i". */
        String flags() default "";

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the value does not match a JavaScript-style regular expression. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Not {
        /** The pattern. */
        String value();

        /** JavaScript flags, e.g. "i". */
        String flags() default "";

        /** A message replacing the default one. */
        String msg() default "";
    }

    /** Valid when the length is between min and max characters. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Len {
        /** The least length. */
        int min() default 0;

        /** The greatest length; negative for none. */
        int max() default -1;

        /** A message replacing the default one. */
        String msg() default "";
    }

    /**
     * Marks an instance method {@code void name(Object value)} as a custom validator of an attribute:
     * it throws to reject the value (which may be null when the attribute allows null).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Custom {
        /** The attribute it validates. */
        String attribute();

        /** The name errors are reported under; the method name by default. */
        String name() default "";
    }
}
