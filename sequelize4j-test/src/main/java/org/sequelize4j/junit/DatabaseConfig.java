package org.sequelize4j.junit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.sequelize4j.Model;

/**
 * What one run of a {@link Sequelize4jTest} class needs, checked before any connection is made.
 *
 * @param testClass the annotated class
 * @param target the database
 * @param models model classes to define
 * @param setupClasses the setup classes, instantiated for each run by {@link #newSetups()}
 * @param isolation how tests are isolated
 * @param sync whether tables are synced with {@code force}
 */
record DatabaseConfig(Class<?> testClass, DatabaseTarget target, List<Class<? extends Model>> models,
                      List<Class<? extends Sequelize4jSetup>> setupClasses, Isolation isolation, boolean sync) {

    static DatabaseConfig of(Class<?> testClass, Sequelize4jTest annotation, DatabaseTarget target) {
        List<Class<? extends Model>> models = List.of(annotation.models());
        for (Class<? extends Model> model : models) {
            if (model == Model.class || Modifier.isAbstract(model.getModifiers())) {
                throw new ExtensionConfigurationException(where(testClass) + ": models lists " + model.getName()
                        + ", which cannot be defined (Model itself or an abstract class); list concrete model classes,"
                        + " or define models without classes in a Sequelize4jSetup");
            }
        }
        List<Class<? extends Sequelize4jSetup>> setups = List.of(annotation.setup());
        for (Class<? extends Sequelize4jSetup> setup : setups) {
            constructor(testClass, setup);
        }
        return new DatabaseConfig(testClass, target, models, setups, annotation.isolation(), annotation.sync());
    }

    static String where(Class<?> testClass) {
        return "@Sequelize4jTest on " + testClass.getName();
    }

    /** A new instance of every setup class. */
    List<Sequelize4jSetup> newSetups() {
        List<Sequelize4jSetup> setups = new ArrayList<>();
        for (Class<? extends Sequelize4jSetup> type : setupClasses) {
            try {
                setups.add(constructor(testClass, type).newInstance());
            } catch (InvocationTargetException e) {
                throw new ExtensionConfigurationException(where(testClass) + ": the constructor of setup class "
                        + type.getName() + " failed: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new ExtensionConfigurationException(where(testClass) + ": cannot instantiate setup class "
                        + type.getName() + ": " + e, e);
            }
        }
        return setups;
    }

    private static <T> Constructor<T> constructor(Class<?> testClass, Class<T> type) {
        if (Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
            throw new ExtensionConfigurationException(where(testClass) + ": setup class " + type.getName()
                    + " is abstract; give a concrete class with a no-argument constructor");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new ExtensionConfigurationException(where(testClass) + ": setup class " + type.getName()
                    + " is an inner class; make it static so that it can be made without an enclosing instance");
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new ExtensionConfigurationException(where(testClass) + ": setup class " + type.getName()
                    + " has no no-argument constructor", e);
        }
    }
}
