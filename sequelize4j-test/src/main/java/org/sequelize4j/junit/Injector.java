package org.sequelize4j.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;

/**
 * Puts a run's {@link Sequelize}, its {@link ModelStatic}s and its {@link TestDatabase} into the test
 * class's fields (declared in the class or its superclasses) and into method parameters of those types.
 */
final class Injector {

    private Injector() {
    }

    static boolean supports(Class<?> type) {
        return type == Sequelize.class || type == ModelStatic.class || type == TestDatabase.class;
    }

    static void injectStatic(Class<?> testClass, OpenDatabase database) {
        inject(testClass, null, database);
    }

    static void injectInstance(Object instance, OpenDatabase database) {
        inject(instance.getClass(), instance, database);
    }

    private static void inject(Class<?> type, Object instance, OpenDatabase database) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!supports(field.getType()) || Modifier.isStatic(field.getModifiers()) != (instance == null)) {
                    continue;
                }
                String name = c.getName() + "." + field.getName();
                if (Modifier.isFinal(field.getModifiers())) {
                    throw new ExtensionConfigurationException("Field " + name + " is final; @Sequelize4jTest cannot"
                            + " inject its " + field.getType().getSimpleName() + " into it");
                }
                Object value;
                try {
                    value = value(field.getType(), field.getGenericType(), field, "field " + name, database);
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException(e.getMessage(), e);
                }
                try {
                    field.setAccessible(true);
                    field.set(instance, value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new ExtensionConfigurationException("Cannot inject field " + name + ": " + e, e);
                }
            }
        }
    }

    static Object valueFor(Parameter parameter, OpenDatabase database) {
        return value(parameter.getType(), parameter.getParameterizedType(), parameter,
                "parameter " + parameter.getName() + " of " + parameter.getDeclaringExecutable(), database);
    }

    /**
     * The value for one field or parameter.
     *
     * @throws IllegalArgumentException naming the field or parameter when its model cannot be found
     */
    private static Object value(Class<?> type, Type genericType, AnnotatedElement element, String what,
                                OpenDatabase database) {
        Sequelize sequelize = database.sequelize();
        if (type == Sequelize.class) {
            return sequelize;
        }
        if (type == TestDatabase.class) {
            TestDatabase listed = database.config().target().database();
            if (listed == null) {
                throw new IllegalArgumentException(what + ": this run's database was given by URL, not as one of"
                        + " the TestDatabase values");
            }
            return listed;
        }
        ModelName named = element.getAnnotation(ModelName.class);
        if (named != null) {
            if (!sequelize.isDefined(named.value())) {
                throw new IllegalArgumentException(what + ": no model named '" + named.value() + "' is defined; defined: "
                        + sequelize.models().keySet());
            }
            return sequelize.model(named.value());
        }
        Class<?> modelClass = typeArgument(genericType);
        if (modelClass == null || modelClass == Model.class) {
            throw new IllegalArgumentException(what + ": say which model it is, with @ModelName(\"...\") or a model"
                    + " class as type argument (ModelStatic<User>)");
        }
        for (ModelStatic<?> model : sequelize.models().values()) {
            if (model.modelClass() == modelClass) {
                return model;
            }
        }
        throw new IllegalArgumentException(what + ": model class " + modelClass.getName() + " is not defined; list it in"
                + " @Sequelize4jTest(models = ...) or define it in a setup");
    }

    private static Class<?> typeArgument(Type genericType) {
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
            return argument;
        }
        return null;
    }
}
