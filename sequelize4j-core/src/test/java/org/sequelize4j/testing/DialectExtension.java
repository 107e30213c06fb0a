package org.sequelize4j.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.sequelize4j.Sequelize;

/** Runs a {@link DialectTest} once per selected dialect, with a fresh {@link Sequelize} for each run. */
public final class DialectExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(DialectTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        List<TestTemplateInvocationContext> contexts = new ArrayList<>();
        for (TestDialect dialect : TestDialect.selected()) {
            contexts.add(new Invocation(dialect));
        }
        return contexts.stream();
    }

    private static final class Invocation implements TestTemplateInvocationContext {
        private final TestDialect dialect;

        Invocation(TestDialect dialect) {
            this.dialect = dialect;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + dialect.key() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            Holder holder = new Holder();
            return List.of(
                    (ExecutionCondition) context -> {
                        if (dialect.isAvailable() || TestDialect.required()) {
                            return ConditionEvaluationResult.enabled(dialect + " is available or required");
                        }
                        return ConditionEvaluationResult.disabled(dialect + " is not reachable: "
                                + dialect.unavailableReason());
                    },
                    (BeforeEachCallback) context -> {
                        if (!dialect.isAvailable()) {
                            throw new IllegalStateException(dialect + " is required (sequelize4j.test.require=true) but"
                                    + " not reachable: " + dialect.unavailableReason());
                        }
                    },
                    new ParameterResolver() {
                        @Override
                        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                            Class<?> type = parameter.getParameter().getType();
                            return type == Sequelize.class || type == TestDialect.class;
                        }

                        @Override
                        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                            if (parameter.getParameter().getType() == TestDialect.class) {
                                return dialect;
                            }
                            if (holder.sequelize == null) {
                                holder.sequelize = dialect.open(o -> { });
                            }
                            return holder.sequelize;
                        }
                    },
                    (AfterEachCallback) context -> {
                        if (holder.sequelize != null) {
                            holder.sequelize.close();
                            holder.sequelize = null;
                        }
                    });
        }
    }

    private static final class Holder {
        Sequelize sequelize;
    }
}
