package org.sequelize4j.spring.testapp;

import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.spring.testapp.models.Author;
import org.sequelize4j.spring.testapp.models.Book;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The test application's own beans. */
@Configuration(proxyBeanMethods = false)
public class LibraryConfiguration {

    @Bean
    Library library(JdbcTemplate jdbc, Sequelize sequelize, ModelStatic<Author> authors, ModelStatic<Book> books) {
        return new Library(jdbc, sequelize, authors, books);
    }
}
