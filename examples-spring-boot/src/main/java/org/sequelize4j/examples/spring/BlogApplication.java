package org.sequelize4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A REST blog on Spring Boot and Sequelize4j: the starter finds the models in
 * {@code org.sequelize4j.examples.spring.models} (this application's package), creates their tables on
 * the embedded SQLite database (see application.properties) and makes each model injectable.
 */
@SpringBootApplication
public class BlogApplication {

    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }
}
