package org.sequelize4j.definition;

import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.Model;
import org.sequelize4j.annotations.Validate;
import org.sequelize4j.errors.DefinitionError;
import org.sequelize4j.validation.ValidatorSpec;

/**
 * Turns {@link Validate} annotations into validator declarations: the field annotations into built-in
 * validators with Sequelize's argument lists, and {@link Validate.Custom} methods into custom validators.
 */
final class ValidateAnnotations {

    private ValidateAnnotations() {
    }

    /** The validators declared on a field, in declaration order. */
    static List<ValidatorSpec> read(String model, Field field) {
        List<ValidatorSpec> specs = new ArrayList<>();
        for (Annotation annotation : field.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getEnclosingClass() != Validate.class) {
                continue;
            }
            try {
                ValidatorSpec spec = ValidatorSpec.builtin(key(type), args(annotation));
                String msg = (String) type.getMethod("msg").invoke(annotation);
                specs.add(msg.isEmpty() ? spec : spec.msg(msg));
            } catch (IllegalArgumentException e) {
                throw new DefinitionError(model, field.getName(), e.getMessage(), e);
            } catch (ReflectiveOperationException e) {
                throw new DefinitionError(model, field.getName(), "cannot read @" + type.getSimpleName(), e);
            }
        }
        return specs;
    }

    /** Sequelize's key: {@code IsEmail} → {@code isEmail}, {@code Len} → {@code len}. */
    private static String key(Class<? extends Annotation> type) {
        String name = type.getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static List<Object> args(Annotation a) {
        List<Object> args = new ArrayList<>();
        if (a instanceof Validate.Is) {
            args.add(((Validate.Is) a).value());
            addFlags(args, ((Validate.Is) a).flags());
        } else if (a instanceof Validate.Not) {
            args.add(((Validate.Not) a).value());
            addFlags(args, ((Validate.Not) a).flags());
        } else if (a instanceof Validate.Len) {
            Validate.Len len = (Validate.Len) a;
            args.add(len.min());
            if (len.max() >= 0) {
                args.add(len.max());
            }
        } else if (a instanceof Validate.IsIn) {
            args.add(List.of((Object[]) ((Validate.IsIn) a).value()));
        } else if (a instanceof Validate.NotIn) {
            args.add(List.of((Object[]) ((Validate.NotIn) a).value()));
        } else if (a instanceof Validate.Equals) {
            args.add(((Validate.Equals) a).value());
        } else if (a instanceof Validate.Contains) {
            args.add(((Validate.Contains) a).value());
        } else if (a instanceof Validate.NotContains) {
            args.add(((Validate.NotContains) a).value());
        } else if (a instanceof Validate.IsAfter) {
            args.add(((Validate.IsAfter) a).value());
        } else if (a instanceof Validate.IsBefore) {
            args.add(((Validate.IsBefore) a).value());
        } else if (a instanceof Validate.IsUUID) {
            args.add(((Validate.IsUUID) a).value());
        } else if (a instanceof Validate.Max) {
            args.add(((Validate.Max) a).value());
        } else if (a instanceof Validate.Min) {
            args.add(((Validate.Min) a).value());
        } else if (a instanceof Validate.IsEmail || a instanceof Validate.IsUrl) {
            args.add(Map.of());
        } else if (a instanceof Validate.NotEmpty || a instanceof Validate.IsDate || a instanceof Validate.NotNull) {
            args.add(true);
        }
        return args;
    }

    private static void addFlags(List<Object> args, String flags) {
        if (!flags.isEmpty()) {
            args.add(flags);
        }
    }

    /** Custom validator methods by the attribute they validate. */
    static Map<String, List<ValidatorSpec>> customMethods(Class<? extends Model> modelClass) {
        Map<String, List<ValidatorSpec>> result = new LinkedHashMap<>();
        for (Class<?> c = modelClass; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                Validate.Custom custom = method.getAnnotation(Validate.Custom.class);
                if (custom == null) {
                    continue;
                }
                if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1) {
                    throw new DefinitionError(modelClass.getSimpleName(), custom.attribute(), "@Validate.Custom method "
                            + method.getName() + " must be an instance method taking the value");
                }
                MethodHandle handle;
                try {
                    handle = MethodHandles.privateLookupIn(c, MethodHandles.lookup()).unreflect(method)
                            .asType(MethodType.methodType(void.class, Model.class, Object.class));
                } catch (IllegalAccessException e) {
                    throw new DefinitionError(modelClass.getSimpleName(), custom.attribute(), e.getMessage(), e);
                }
                String name = custom.name().isEmpty() ? method.getName() : custom.name();
                result.computeIfAbsent(custom.attribute(), k -> new ArrayList<>())
                        .add(ValidatorSpec.custom(name, (value, instance) -> {
                            try {
                                handle.invokeExact((Model) instance, value);
                            } catch (Exception | Error e) {
                                throw e;
                            } catch (Throwable t) {
                                throw new IllegalStateException(t);
                            }
                        }));
            }
        }
        return result;
    }
}
