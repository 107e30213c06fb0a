package org.sequelize4j.junit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link Sequelize4jTest}: checks the annotation and runs the class once per
 * database it names, each run with its own {@link DatabaseLifecycle}. Registered by the annotation;
 * there is no need to name it in {@code @ExtendWith}.
 */
public final class Sequelize4jExtension implements ClassTemplateInvocationContextProvider {

    /** Made by JUnit. */
    public Sequelize4jExtension() {
    }

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestClass(), Sequelize4jTest.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Sequelize4jTest annotation = AnnotationSupport.findAnnotation(testClass, Sequelize4jTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName()
                        + " is not annotated with @Sequelize4jTest"));
        List<ClassTemplateInvocationContext> runs = new ArrayList<>();
        for (DatabaseTarget target : targets(testClass, annotation)) {
            DatabaseConfig config = DatabaseConfig.of(testClass, annotation, target);
            // One lifecycle per run, however often JUnit asks for the run's extensions.
            DatabaseLifecycle lifecycle = new DatabaseLifecycle(config);
            runs.add(new ClassTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return "[" + target.displayName() + "]";
                }

                @Override
                public List<Extension> getAdditionalExtensions() {
                    return List.of(lifecycle);
                }
            });
        }
        return runs.stream();
    }

    /** The databases a class runs on, checking that the annotation asks for them in one way only. */
    static List<DatabaseTarget> targets(Class<?> testClass, Sequelize4jTest annotation) {
        String where = "@Sequelize4jTest on " + testClass.getName();
        if (annotation.dialects().length > 0) {
            if (!annotation.url().isBlank()) {
                throw new ExtensionConfigurationException(where + ": give either url or dialects, not both (url = \""
                        + annotation.url() + "\")");
            }
            Set<TestDatabase> seen = EnumSet.noneOf(TestDatabase.class);
            List<DatabaseTarget> targets = new ArrayList<>();
            for (TestDatabase database : annotation.dialects()) {
                if (!seen.add(database)) {
                    throw new ExtensionConfigurationException(where + ": dialects lists " + database + " twice");
                }
                targets.add(new DatabaseTarget(database.key(), database.url(), database, Settings.serversRequired()));
            }
            return targets;
        }
        String url = !annotation.url().isBlank() ? annotation.url().trim() : Settings.get("sequelize4j.test.url");
        if (url == null) {
            return List.of(new DatabaseTarget("sqlite", TestDatabase.SQLITE.url(), TestDatabase.SQLITE, true));
        }
        // A database the test names explicitly is always required: skipping it would hide a mistake.
        return List.of(new DatabaseTarget(DatabaseTarget.masked(url), url, null, true));
    }
}
