package org.sequelize4j.examples.spring;

import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.Sequelize;
import org.sequelize4j.examples.spring.models.Comment;
import org.sequelize4j.examples.spring.models.Post;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /posts}: list and read posts (with {@code ?include=author,comments.commenter}), create posts,
 * and comment on them.
 */
@RestController
@RequestMapping("/posts")
class PostController {

    private final Sequelize sequelize;
    private final ModelStatic<Post> posts;
    private final ModelStatic<Comment> comments;

    PostController(Sequelize sequelize, ModelStatic<Post> posts, ModelStatic<Comment> comments) {
        this.sequelize = sequelize;
        this.posts = posts;
        this.comments = comments;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(defaultValue = "") List<String> include) {
        return posts.findAll(Includes.query(include).order(FindOptions.asc("id"))).stream().map(Model::toJSON).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, @RequestParam(defaultValue = "") List<String> include) {
        return find(id, include).toJSON();
    }

    private Post find(long id, List<String> include) {
        Post post = posts.findByPk(id, Includes.query(include));
        if (post == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no post " + id);
        }
        return post;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
        return posts.create(Fields.only(body, "title", "body", "authorId")).toJSON();
    }

    /**
     * Comments on a post; with {@code "alsoPost"} it also writes a follow-up post by the commenter, in
     * one Spring transaction, so that a follow-up that fails validation leaves no comment behind.
     */
    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public Map<String, Object> comment(@PathVariable long id, @RequestBody Map<String, Object> body) {
        Post post = find(id, List.of());
        Map<String, Object> values = new java.util.HashMap<>(Fields.only(body, "body", "commenterId"));
        values.put("postId", post.get("id"));
        Comment comment = comments.create(values);
        if (body.get("alsoPost") instanceof String title) {
            posts.create(Map.of("title", title, "authorId", body.get("commenterId")));
        }
        if (sequelize.currentTransaction() == null) {
            throw new IllegalStateException("expected to run in Spring's transaction");
        }
        return comment.toJSON();
    }
}
