package org.sequelize4j;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sequelize4j.errors.InstanceError;

/**
 * Finds the {@link ModelStatic} of a model class, for instances created with {@code new} rather than
 * through {@code build()}. A class defined in several {@link Sequelize} instances is ambiguous; its
 * instances must then come from the right {@code ModelStatic}.
 */
final class ModelRegistry {

    private static final Map<Class<?>, List<ModelStatic<?>>> BY_CLASS = new ConcurrentHashMap<>();

    private ModelRegistry() {
    }

    static void register(Class<?> modelClass, ModelStatic<?> model) {
        if (modelClass != Model.class) {
            BY_CLASS.computeIfAbsent(modelClass, c -> new CopyOnWriteArrayList<>()).add(model);
        }
    }

    static void unregister(ModelStatic<?> model) {
        BY_CLASS.values().forEach(list -> list.remove(model));
    }

    static ModelStatic<?> forClass(Class<?> modelClass) {
        List<ModelStatic<?>> models = BY_CLASS.get(modelClass);
        if (models == null || models.isEmpty()) {
            throw new InstanceError("Class " + modelClass.getName() + " is not defined in any Sequelize instance;"
                    + " call sequelize.define(" + modelClass.getSimpleName() + ".class) first");
        }
        if (models.size() > 1) {
            throw new InstanceError("Class " + modelClass.getName() + " is defined in " + models.size()
                    + " Sequelize instances; create its instances with the right ModelStatic's build()");
        }
        return models.get(0);
    }
}
