package org.sequelize4j.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.HashMap;
import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs user test classes on the Jupiter engine, as a build would, with some system properties set for the run. */
final class EngineRuns {

    /** Set while a sample user class runs, to enable it (see {@link SampleUserTest}). */
    static final String SAMPLE_RUN = "sequelize4j.test.sample-run";

    private EngineRuns() {
    }

    static EngineExecutionResults run(Class<?> testClass) {
        return run(testClass, Map.of());
    }

    /** Runs the class with the properties set (restoring the previous values afterwards). */
    static synchronized EngineExecutionResults run(Class<?> testClass, Map<String, String> properties) {
        Map<String, String> previous = new HashMap<>();
        Map<String, String> all = new HashMap<>(properties);
        all.put(SAMPLE_RUN, "true");
        all.forEach((key, value) -> {
            previous.put(key, System.getProperty(key));
            System.setProperty(key, value);
        });
        try {
            EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
            // What failed, in the build's output, so that a failing assertion about counts can be understood.
            results.allEvents().failed().stream().forEach(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                    .ifPresent(t -> System.out.println("[" + testClass.getSimpleName() + "] " + e.getTestDescriptor()
                            .getDisplayName() + " failed: " + t)));
            return results;
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
