package org.sequelize4j;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.sequelize4j.annotations.OnHook;
import org.sequelize4j.errors.DefinitionError;

/** Registers the {@link OnHook} methods of a model class as hooks of its model. */
final class ClassHooks {

    private ClassHooks() {
    }

    static void register(Class<? extends Model> modelClass, ModelHooks hooks) {
        for (Class<?> c = modelClass; c != null && c != Model.class && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                OnHook annotation = method.getAnnotation(OnHook.class);
                if (annotation == null) {
                    continue;
                }
                Hook<Model> hook = hook(modelClass, method);
                for (HookType type : annotation.value()) {
                    hooks.add(type, null, hook);
                }
            }
        }
    }

    private static Hook<Model> hook(Class<? extends Model> modelClass, Method method) {
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        boolean takesEvent = method.getParameterCount() == 1 && method.getParameterTypes()[0] == HookEvent.class;
        if (method.getParameterCount() > 1 || method.getParameterCount() == 1 && !takesEvent
                || isStatic && !takesEvent) {
            throw new DefinitionError(modelClass.getSimpleName(), null, "@OnHook method " + method.getName()
                    + " must take no parameters (instance hooks) or a HookEvent");
        }
        MethodHandle handle;
        try {
            handle = MethodHandles.privateLookupIn(method.getDeclaringClass(), MethodHandles.lookup()).unreflect(method);
        } catch (IllegalAccessException e) {
            throw new DefinitionError(modelClass.getSimpleName(), null, "cannot call @OnHook method "
                    + method.getName() + ": " + e.getMessage(), e);
        }
        return event -> {
            try {
                if (isStatic) {
                    handle.invoke(event);
                } else if (event.instance() != null) {
                    if (takesEvent) {
                        handle.invoke(event.instance(), event);
                    } else {
                        handle.invoke(event.instance());
                    }
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("Hook " + method.getName() + " failed", t);
            }
        };
    }
}
