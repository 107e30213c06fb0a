package org.sequelize4j.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sequelize4j.FindOptions.query;
import static org.sequelize4j.association.IncludeOptions.include;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.association.HasManyAssociation;
import org.sequelize4j.jackson.InvalidModelJsonException;
import org.sequelize4j.jackson.Sequelize4jModule;
import org.sequelize4j.junit.Sequelize4jTest;
import org.sequelize4j.junit.TestDatabase;

/**
 * What an application's own test looks like with the JUnit extension: the models synced on each
 * database, injected, every test rolled back; the JSON an API would send and accept, through the
 * Jackson module (docs/testing.md and docs/json.md show the same code).
 */
@Sequelize4jTest(models = {Author.class, Post.class},
        dialects = {TestDatabase.SQLITE, TestDatabase.POSTGRES, TestDatabase.MARIADB})
class AuthorApiTest {

    Sequelize sequelize;
    ModelStatic<Author> authors;
    ObjectMapper json;

    @BeforeEach
    void setUp() {
        json = new ObjectMapper().registerModule(new Sequelize4jModule(sequelize).hide("Author", "email"));
        Author ada = authors.create(Map.of("name", "Ada", "email", "ada@example.com"));
        HasManyAssociation<Author, Post> posts = authors.association("posts");
        posts.create(ada, Map.of("title", "Notes on the Analytical Engine"));
    }

    @Test
    void listsAuthorsWithTheirPostsAsJson() throws Exception {
        List<Author> found = authors.findAll(query().include(include("posts")));
        JsonNode body = json.readTree(json.writeValueAsString(found));
        assertEquals(1, body.size(), "the other tests' rows were rolled back");
        assertEquals("Ada", body.get(0).get("name").asText());
        assertFalse(body.get(0).has("email"));
        assertEquals("Notes on the Analytical Engine", body.get(0).get("posts").get(0).get("title").asText());
    }

    @Test
    void acceptsANewAuthorFromABody() throws Exception {
        Author grace = json.readValue("{\"name\":\"Grace\",\"email\":\"grace@example.com\"}", Author.class);
        grace.save();
        assertEquals(2, authors.count());
        assertThrows(InvalidModelJsonException.class, () -> json.readValue("{\"nom\":\"Grace\"}", Author.class));
    }
}
