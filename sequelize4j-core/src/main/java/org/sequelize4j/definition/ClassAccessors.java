package org.sequelize4j.definition;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.ModelValidator;
import org.sequelize4j.annotations.NotAttribute;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.validation.ModelValidation;

/**
 * The Java accessor methods of a model class ({@code getTitle()}, {@code isActive()},
 * {@code setTitle(String)}), used as the getters and setters of the attributes they are named after
 * (or of pseudo-properties), and its {@link ModelValidator} methods. Method handles are resolved once,
 * when the model is defined.
 *
 * <p>Inside such a method, read and write the field (or {@code getDataValue}/{@code setDataValue}),
 * not {@code get}/{@code set}, which would call the method again.
 */
record ClassAccessors(Map<String, ModelAccessors.Getter> getters, Map<String, ModelAccessors.Setter> setters,
                      Map<String, ModelValidation<Model>> modelValidators) {

    static ClassAccessors read(Class<? extends Model> modelClass) {
        Map<String, ModelAccessors.Getter> getters = new LinkedHashMap<>();
        Map<String, ModelAccessors.Setter> setters = new LinkedHashMap<>();
        Map<String, ModelValidation<Model>> validators = new LinkedHashMap<>();
        for (Class<?> c = modelClass; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isStatic(modifiers) || method.isSynthetic() || method.isBridge()
                        || method.isAnnotationPresent(NotAttribute.class)) {
                    continue;
                }
                ModelValidator validator = method.getAnnotation(ModelValidator.class);
                if (validator != null) {
                    String name = validator.value().isEmpty() ? method.getName() : validator.value();
                    validators.putIfAbsent(name, modelValidator(modelClass, method));
                    continue;
                }
                if (!Modifier.isPublic(modifiers)) {
                    continue;
                }
                String property = getterProperty(method);
                if (property != null) {
                    getters.putIfAbsent(property, getter(modelClass, method));
                }
                property = setterProperty(method);
                if (property != null) {
                    setters.putIfAbsent(property, setter(modelClass, method));
                }
            }
        }
        return new ClassAccessors(getters, setters, validators);
    }

    private static String getterProperty(Method method) {
        if (method.getParameterCount() != 0 || method.getReturnType() == void.class) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    private static String setterProperty(Method method) {
        String name = method.getName();
        if (method.getParameterCount() == 1 && name.startsWith("set") && name.length() > 3
                && Character.isUpperCase(name.charAt(3))) {
            return decapitalize(name.substring(3));
        }
        return null;
    }

    /** JavaBeans' rule: "Title" → "title", but "URL" stays "URL". */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static MethodHandle handle(Class<? extends Model> modelClass, Method method) {
        try {
            return MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup()).unreflect(method);
        } catch (IllegalAccessException e) {
            throw new DefinitionError(modelClass.getSimpleName(), null, "cannot use method " + method.getName() + ": "
                    + e.getMessage());
        }
    }

    private static ModelAccessors.Getter getter(Class<? extends Model> modelClass, Method method) {
        MethodHandle handle = handle(modelClass, method).asType(MethodType.methodType(Object.class, Model.class));
        return instance -> invoke(() -> handle.invokeExact(instance));
    }

    private static ModelAccessors.Setter setter(Class<? extends Model> modelClass, Method method) {
        MethodHandle handle = handle(modelClass, method)
                .asType(MethodType.methodType(void.class, Model.class, Object.class));
        Class<?> parameter = FieldConversions.box(method.getParameterTypes()[0]);
        return (instance, value) -> {
            if (value != null && !parameter.isInstance(value)) {
                throw new ValidationError(java.util.List.of(new org.sequelize4j.errors.ValidationErrorItem(
                        method.getName() + " takes a " + parameter.getSimpleName() + ", not " + value.getClass().getSimpleName(),
                        "Validation error", setterProperty(method), value, "type", java.util.List.of(), "CORE")));
            }
            invoke(() -> {
                handle.invokeExact(instance, value);
                return null;
            });
        };
    }

    private static ModelValidation<Model> modelValidator(Class<? extends Model> modelClass, Method method) {
        if (method.getParameterCount() != 0) {
            throw new DefinitionError(modelClass.getSimpleName(), null, "@ModelValidator method " + method.getName()
                    + " must take no parameters");
        }
        MethodHandle handle = handle(modelClass, method).asType(MethodType.methodType(void.class, Model.class));
        return instance -> {
            try {
                handle.invokeExact(instance);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    /** Work that may throw anything. */
    private interface Invocation {
        Object run() throws Throwable;
    }

    private static Object invoke(Invocation invocation) {
        try {
            return invocation.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            // Accessors cannot throw checked exceptions to their callers; keep the cause visible.
            throw new IllegalStateException(t instanceof InvocationTargetException ? t.getCause() : t);
        }
    }
}
