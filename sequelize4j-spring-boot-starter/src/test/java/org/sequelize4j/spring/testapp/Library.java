package org.sequelize4j.spring.testapp;

import java.util.Map;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.TransactionOptions;
import org.sequelize4j.spring.testapp.models.Author;
import org.sequelize4j.spring.testapp.models.Book;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * An application service mixing JdbcTemplate and Sequelize in {@code @Transactional} methods, with the
 * models injected as {@code ModelStatic<Author>} and {@code ModelStatic<Book>} beans.
 */
public class Library {

    /** What a transactional method saw while it ran. */
    public record Seen(long authorsSeenByJdbc, long auditSeenBySequelize, boolean sequelizeInTransaction) {
    }

    private final JdbcTemplate jdbc;
    private final Sequelize sequelize;
    private final ModelStatic<Author> authors;
    private final ModelStatic<Book> books;

    public Library(JdbcTemplate jdbc, Sequelize sequelize, ModelStatic<Author> authors, ModelStatic<Book> books) {
        this.jdbc = jdbc;
        this.sequelize = sequelize;
        this.authors = authors;
        this.books = books;
    }

    /** Writes with both, joins a nested sequelize.transaction, then fails when asked to. */
    @Transactional
    public Seen addAuthorWithBook(String name, String title, boolean fail) {
        jdbc.update("INSERT INTO audit (entry) VALUES (?)", "added " + name);
        Author author = authors.create(Map.of("name", name));
        sequelize.transaction(t -> {
            if (t != sequelize.currentTransaction()) {
                throw new IllegalStateException("the nested transaction did not join the running one");
            }
            books.create(Map.of("title", title, "authorId", author.get("id")));
        });
        Long byJdbc = jdbc.queryForObject("SELECT COUNT(*) FROM authors", Long.class);
        Object bySequelize = sequelize.select("SELECT COUNT(*) AS n FROM audit",
                org.sequelize4j.QueryOptions.queryOptions()).get(0).get("n");
        Seen seen = new Seen(byJdbc, ((Number) bySequelize).longValue(), sequelize.currentTransaction() != null);
        if (fail) {
            throw new IllegalStateException("rolled back on purpose");
        }
        return seen;
    }

    /** A savepoint whose work fails is undone alone; the rest commits with the Spring transaction. */
    @Transactional
    public void addAuthorsWithFailingSavepoint() {
        authors.create(Map.of("name", "kept"));
        try {
            sequelize.transaction(TransactionOptions.transactionOptions().nestMode(TransactionOptions.NestMode.SAVEPOINT),
                    t -> {
                        authors.create(Map.of("name", "undone"));
                        throw new IllegalStateException("savepoint fails");
                    });
        } catch (IllegalStateException expected) {
            jdbc.update("INSERT INTO audit (entry) VALUES (?)", "savepoint rolled back");
        }
    }
}
