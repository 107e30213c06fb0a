package org.sequelize4j.definition;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.sequelize4j.Model;

/**
 * Keeps an attribute's value in a Java field of an annotated model class, so that {@code user.name}
 * and {@code user.get("name")} are the same value. Method handles are resolved once; values arriving
 * in the attribute's canonical Java type are converted to the field's type on the way in.
 */
final class FieldAccessor implements AttributeAccessor {

    private final MethodHandle getter;
    private final MethodHandle setter;
    private final Function<Object, Object> toFieldType;
    private final Object nullReplacement;

    FieldAccessor(Field field, Function<Object, Object> toFieldType) throws IllegalAccessException {
        if (Modifier.isFinal(field.getModifiers())) {
            throw new IllegalAccessException("field " + field.getName() + " is final");
        }
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(field.getDeclaringClass(), MethodHandles.lookup());
        this.getter = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Model.class));
        this.setter = lookup.unreflectSetter(field).asType(MethodType.methodType(void.class, Model.class, Object.class));
        this.toFieldType = toFieldType;
        this.nullReplacement = primitiveZero(field.getType());
    }

    private static Object primitiveZero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    @Override
    public Object get(Model instance) {
        try {
            return (Object) getter.invokeExact(instance);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void set(Model instance, Object value) {
        Object converted = value == null ? nullReplacement : toFieldType.apply(value);
        try {
            setter.invokeExact(instance, converted);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public boolean isField() {
        return true;
    }
}
