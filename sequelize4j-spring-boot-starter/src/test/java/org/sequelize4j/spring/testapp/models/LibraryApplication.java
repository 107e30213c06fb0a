package org.sequelize4j.spring.testapp.models;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * An application as Spring Boot starts it: every auto-configuration on the class path, found through
 * the starter's AutoConfiguration.imports, with this package as the application's.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(org.sequelize4j.spring.testapp.LibraryConfiguration.class)
public class LibraryApplication {
}
