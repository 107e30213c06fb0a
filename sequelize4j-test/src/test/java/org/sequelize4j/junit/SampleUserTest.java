package org.sequelize4j.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Marks a user test class that only {@link EngineRuns} runs: some fail on purpose, so a build that
 * selects them by a pattern (surefire's {@code -Dtest=org.sequelize4j.junit.**}) must see them disabled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = EngineRuns.SAMPLE_RUN, matches = "true",
        disabledReason = "a sample user test class, run by the extension's own tests through EngineTestKit")
@interface SampleUserTest {
}
