package org.sequelize4j.examples.spring;

import java.util.List;
import java.util.Map;
import org.sequelize4j.FindOptions;
import org.sequelize4j.Model;
import org.sequelize4j.ModelStatic;
import org.sequelize4j.examples.spring.models.User;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /users}: list, read (with {@code ?include=posts}) and create users. */
@RestController
@RequestMapping("/users")
class UserController {

    private final ModelStatic<User> users;

    UserController(ModelStatic<User> users) {
        this.users = users;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(defaultValue = "") List<String> include) {
        return users.findAll(Includes.query(include).order(FindOptions.asc("id"))).stream().map(Model::toJSON).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, @RequestParam(defaultValue = "") List<String> include) {
        User user = users.findByPk(id, Includes.query(include));
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no user " + id);
        }
        return user.toJSON();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
        // Only the attributes a client may set: ids and timestamps are the database's.
        return users.create(Fields.only(body, "name", "email")).toJSON();
    }
}
