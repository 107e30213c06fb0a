package org.sequelize4j.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example end to end: the application starts on a random port on a fresh SQLite file, and its REST
 * endpoints are called over HTTP, as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BlogApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("blog-e2e");
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + dir.resolve("blog.db"));
    }

    @LocalServerPort
    int port;

    private record Answer(int status, JsonNode json) {
    }

    private Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
    }

    private Answer post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    @Test
    void aUserWithPostsIncluded() throws Exception {
        Answer ada = get("/users/1?include=posts");
        assertEquals(200, ada.status());
        assertEquals("Ada Lovelace", ada.json().get("name").asText());
        Set<String> titles = new HashSet<>();
        ada.json().get("posts").forEach(p -> titles.add(p.get("title").asText()));
        assertTrue(titles.contains("Notes on the Analytical Engine"), ada.json().toString());
        assertEquals(404, get("/users/999").status());
        Answer plain = get("/users/1");
        assertTrue(plain.json().get("posts") == null, "no include, no posts: " + plain.json());
    }

    @Test
    void aPostWithItsAuthorAndCommentsWithTheirCommenters() throws Exception {
        Answer post = get("/posts/1?include=author,comments.commenter");
        assertEquals(200, post.status());
        assertEquals("Ada Lovelace", post.json().get("author").get("name").asText());
        JsonNode comment = post.json().get("comments").get(0);
        assertEquals("A fine program.", comment.get("body").asText());
        assertEquals("Grace Hopper", comment.get("commenter").get("name").asText());

        Answer unknown = get("/posts/1?include=likes");
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("message").asText().contains("likes"), unknown.json().toString());
    }

    @Test
    void creatingAPost() throws Exception {
        Answer created = post("/posts", "{\"title\": \"On punched cards\", \"body\": \"…\", \"authorId\": 2}");
        assertEquals(201, created.status(), created.json().toString());
        long id = created.json().get("id").asLong();
        Answer read = get("/posts/" + id + "?include=author");
        assertEquals("On punched cards", read.json().get("title").asText());
        assertEquals("Grace Hopper", read.json().get("author").get("name").asText());
    }

    @Test
    void validationErrorsAre400WithTheirItems() throws Exception {
        Answer invalid = post("/posts", "{\"title\": \"x\"}");
        assertEquals(400, invalid.status());
        assertEquals("ValidationError", invalid.json().get("name").asText());
        Set<String> paths = new HashSet<>();
        for (JsonNode item : invalid.json().get("errors")) {
            paths.add(item.get("path").asText());
            if (item.get("path").asText().equals("title")) {
                assertEquals("len", item.get("validatorKey").asText());
                assertEquals("x", item.get("value").asText());
            }
        }
        assertEquals(Set.of("title", "authorId"), paths, invalid.json().toString());

        Answer duplicate = post("/users", "{\"name\": \"Ada again\", \"email\": \"ada@example.com\"}");
        assertEquals(409, duplicate.status());
        assertEquals("UniqueConstraintError", duplicate.json().get("name").asText());
        assertEquals("email", duplicate.json().get("errors").get(0).get("path").asText());

        assertEquals(400, post("/posts", "{\"title\": \"Nobody wrote this\", \"authorId\": 999}").status(),
                "a foreign key to no user");
    }

    @Test
    void aFailingTransactionalEndpointLeavesNothingBehind() throws Exception {
        int before = get("/posts/1?include=comments").json().get("comments").size();
        Answer failed = post("/posts/1/comments", "{\"body\": \"Agreed\", \"commenterId\": 1, \"alsoPost\": \"no\"}");
        assertEquals(400, failed.status(), "the follow-up post's title is too short");
        assertEquals(before, get("/posts/1?include=comments").json().get("comments").size(),
                "the comment written before the failure was rolled back with the Spring transaction");

        Answer ok = post("/posts/1/comments", "{\"body\": \"Agreed\", \"commenterId\": 1, \"alsoPost\": \"A follow-up\"}");
        assertEquals(201, ok.status(), ok.json().toString());
        assertEquals(before + 1, get("/posts/1?include=comments").json().get("comments").size());
    }

    @Test
    void healthReportsSequelize() throws Exception {
        Answer health = get("/actuator/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("components").get("sequelize").get("status").asText());
        assertEquals("sqlite", health.json().get("components").get("sequelize").get("details").get("dialect").asText());
    }
}
