package org.sequelize4j.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test run once per available dialect. The test method may take a
 * {@link org.sequelize4j.Sequelize} (fresh, on an empty database, closed afterwards) and a
 * {@link TestDialect}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DialectExtension.class)
public @interface DialectTest {
}
