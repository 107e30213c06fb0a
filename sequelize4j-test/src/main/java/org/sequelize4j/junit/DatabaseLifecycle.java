package org.sequelize4j.junit;

import org.junit.jupiter.api.extension.AfterClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeClassTemplateInvocationCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.sequelize4j.Transaction;
import org.sequelize4j.BoundTransactionScope;

/**
 * One run of a {@link Sequelize4jTest} class on one database: opens it when the run starts, injects it,
 * isolates each test and closes it when the run ends. Runs are JUnit class-template invocations, so
 * this uses their callbacks rather than before-all/after-all ones: JUnit calls a template's
 * {@code @BeforeAll} methods once before all runs, outside any of them. A {@code @Nested} class shares its
 * enclosing run's database (its before-all callback only injects its static fields).
 */
final class DatabaseLifecycle implements BeforeClassTemplateInvocationCallback, AfterClassTemplateInvocationCallback,
        BeforeAllCallback, TestInstancePostProcessor, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseLifecycle.class);

    private final DatabaseConfig config;

    DatabaseLifecycle(DatabaseConfig config) {
        this.config = config;
    }

    /** What the store holds per run: the database and the context that opened it (which closes it). */
    private record Owned(OpenDatabase database, String ownerId) {
    }

    /** The isolating transaction of one test. */
    private record Running(Transaction transaction, BoundTransactionScope binding) {
    }

    /** The run's database, opening it in this (class-level) context when no enclosing context has. */
    private OpenDatabase database(ExtensionContext context) {
        Owned owned = context.getStore(NAMESPACE).get(Owned.class, Owned.class);
        if (owned == null) {
            ExtensionContext classContext = classContext(context);
            owned = new Owned(OpenDatabase.open(config), classContext.getUniqueId());
            classContext.getStore(NAMESPACE).put(Owned.class, owned);
        }
        return owned.database();
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    @Override
    public void beforeClassTemplateInvocation(ExtensionContext context) {
        Injector.injectStatic(context.getRequiredTestClass(), database(context));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Injector.injectStatic(context.getRequiredTestClass(), database(context));
    }

    /**
     * Test instances are post-processed in the test's own context, inside the run; in the default
     * (class) scope JUnit would hand over the class template's context, outside every run.
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        Injector.injectInstance(testInstance, database(context));
    }

    @Override
    public void afterClassTemplateInvocation(ExtensionContext context) {
        Owned owned = context.getStore(NAMESPACE).get(Owned.class, Owned.class);
        if (owned != null && owned.ownerId().equals(context.getUniqueId())) {
            context.getStore(NAMESPACE).remove(Owned.class);
            owned.database().close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        OpenDatabase database = database(context);
        // A per-class instance of a class template is made before any run starts, where this extension is
        // not registered, so it has not been post-processed: inject it (and its enclosing instances) here.
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            Injector.injectInstance(instance, database);
        }
        if (config.isolation() == Isolation.ROLLBACK) {
            Transaction transaction = database.sequelize().startUnmanagedTransaction();
            BoundTransactionScope binding = database.sequelize().bindTransaction(transaction);
            context.getStore(NAMESPACE).put(Running.class, new Running(transaction, binding));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        OpenDatabase database = database(context);
        switch (config.isolation()) {
            case ROLLBACK -> {
                Running running = context.getStore(NAMESPACE).remove(Running.class, Running.class);
                if (running != null) {
                    running.binding().close();
                    // The test may have ended it itself; a committed one cannot be undone here.
                    if (running.transaction().isActive()) {
                        running.transaction().rollback();
                    }
                }
            }
            case TRUNCATE -> database.sequelize().destroyAll();
            case NONE -> { }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Injector.supports(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return Injector.valueFor(parameter.getParameter(), database(context));
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }
}
