package org.sequelize4j.examples.spring;

import java.util.Map;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.examples.spring.models.Comment;
import org.sequelize4j.examples.spring.models.Post;
import org.sequelize4j.examples.spring.models.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes a first user, post and comment into an empty database, so there is something to GET. */
@Component
class SampleData implements ApplicationRunner {

    private final ModelStatic<User> users;
    private final ModelStatic<Post> posts;
    private final ModelStatic<Comment> comments;

    SampleData(ModelStatic<User> users, ModelStatic<Post> posts, ModelStatic<Comment> comments) {
        this.users = users;
        this.posts = posts;
        this.comments = comments;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        User ada = users.create(Map.of("name", "Ada Lovelace", "email", "ada@example.com"));
        User grace = users.create(Map.of("name", "Grace Hopper", "email", "grace@example.com"));
        Post notes = posts.create(Map.of("title", "Notes on the Analytical Engine", "body", "Note G.",
                "authorId", ada.get("id")));
        comments.create(Map.of("body", "A fine program.", "postId", notes.get("id"), "commenterId", grace.get("id")));
    }
}
