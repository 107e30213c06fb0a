package org.sequelize4j.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sequelize4j.ColumnDescription;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.spring.testapp.Library;
import org.sequelize4j.spring.testapp.LibraryConfiguration;
import org.sequelize4j.spring.testapp.models.Author;
import org.sequelize4j.spring.testapp.models.Book;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configured Sequelize in a real Spring context on each test database: configured from the
 * properties, on the application's DataSource, with the scanned models as beans, and taking part in
 * Spring's transactions next to JdbcTemplate.
 */
class Sequelize4jAutoConfigurationTest {

    static final String DATABASES = "org.sequelize4j.spring.TestDatabase#selected";

    @TempDir
    Path dir;

    private ApplicationContextRunner runner(TestDatabase db) {
        return new ApplicationContextRunner()
                .withConfiguration(BootAutoConfigurations.withSequelize())
                .withUserConfiguration(LibraryConfiguration.class)
                .withPropertyValues("spring.datasource.url=" + db.freshUrl(dir),
                        "sequelize4j.model-packages=org.sequelize4j.spring.testapp.models",
                        "sequelize4j.sync=create");
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void theBeanIsConfiguredFromThePropertiesOnTheApplicationsDataSource(TestDatabase db) {
        runner(db).withPropertyValues("sequelize4j.define.underscored=true", "sequelize4j.define.timestamps=false")
                .run(context -> {
                    Sequelize sequelize = context.getBean(Sequelize.class);
                    assertEquals(db.dialect(), sequelize.getDialect(), "detected from the DataSource on Boot "
                            + BootAutoConfigurations.bootVersion());
                    assertSame(context.getBean(DataSource.class), sequelize.dataSource(), "no second pool");
                    assertEquals(List.of(Author.class, Book.class), context.getBean(ScannedModels.class).classes());
                    assertEquals(List.of("Author", "Book"), List.copyOf(sequelize.models().keySet()));

                    Map<String, ColumnDescription> books = sequelize.getQueryInterface().describeTable("books");
                    assertTrue(books.containsKey("author_id"), "underscored applied to every model: " + books.keySet());
                    assertFalse(books.containsKey("created_at") || books.containsKey("createdAt"),
                            "timestamps off for every model: " + books.keySet());

                    Object authorsBean = context.getBeanProvider(
                            ResolvableType.forClassWithGenerics(ModelStatic.class, Author.class)).getObject();
                    assertSame(sequelize.model(Author.class), authorsBean, "ModelStatic<Author> is injectable");
                    assertNotNull(context.getBean(Library.class));
                });
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void classPreloadingIsOnByDefaultAndAPropertyTurnsItOff(TestDatabase db) {
        runner(db).run(context -> assertTrue(context.getBean(Sequelize4jProperties.class).isPreloadClasses()));
        runner(db).withPropertyValues("sequelize4j.preload-classes=false").run(context -> {
            assertFalse(context.getBean(Sequelize4jProperties.class).isPreloadClasses());
            assertEquals(0, context.getBean(Sequelize.class).model(Author.class).count());
        });
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void aTransactionalMethodRollsBackJdbcTemplateAndSequelizeTogether(TestDatabase db) {
        runner(db).run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("CREATE TABLE audit (entry VARCHAR(100))");
            Library library = context.getBean(Library.class);
            ModelStatic<Author> authors = context.getBean(Sequelize.class).model(Author.class);

            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> library.addAuthorWithBook("Ada", "Notes", true));
            assertEquals("rolled back on purpose", failure.getMessage());
            assertEquals(0L, authors.count(), "the Sequelize create was rolled back");
            assertEquals(0L, context.getBean(Sequelize.class).model(Book.class).count(),
                    "the nested sequelize.transaction's create too");
            assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM audit", Integer.class),
                    "and the JdbcTemplate insert");
        });
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void aTransactionalMethodCommitsBothOnOneConnection(TestDatabase db) {
        runner(db).run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("CREATE TABLE audit (entry VARCHAR(100))");
            Library.Seen seen = context.getBean(Library.class).addAuthorWithBook("Grace", "Compilers", false);
            assertTrue(seen.sequelizeInTransaction(), "Sequelize saw Spring's transaction as its current one");
            assertEquals(1L, seen.authorsSeenByJdbc(), "JdbcTemplate saw Sequelize's uncommitted row: one connection");
            assertEquals(1L, seen.auditSeenBySequelize(), "and Sequelize saw JdbcTemplate's");

            Sequelize sequelize = context.getBean(Sequelize.class);
            Author grace = sequelize.model(Author.class).findOne(org.sequelize4j.FindOptions.query()
                    .include(org.sequelize4j.association.IncludeOptions.include("books")));
            assertEquals("Grace", grace.name);
            assertEquals(1, grace.books.size(), "the nested transaction's book committed with the rest");
            assertEquals(1, jdbc.queryForObject("SELECT COUNT(*) FROM audit", Integer.class));
        });
    }

    @ParameterizedTest
    @MethodSource(DATABASES)
    void aSavepointInsideASpringTransactionUndoesOnlyItsWork(TestDatabase db) {
        runner(db).run(context -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("CREATE TABLE audit (entry VARCHAR(100))");
            context.getBean(Library.class).addAuthorsWithFailingSavepoint();
            assertEquals(List.of("kept"), jdbc.queryForList("SELECT name FROM authors", String.class));
            assertEquals(List.of("savepoint rolled back"), jdbc.queryForList("SELECT entry FROM audit", String.class));
        });
    }
}
