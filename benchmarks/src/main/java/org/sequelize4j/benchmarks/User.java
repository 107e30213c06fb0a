package org.sequelize4j.benchmarks;

import java.time.Instant;
import java.util.Objects;
import org.sequelize4j.Model;

/**
 * The hand-written side's user: a plain object with the five columns of {@code users}. Mutable,
 * because a raw insert fills in the id the database generated.
 */
public final class User {

    /** Generated key; 0 until inserted. */
    public int id;
    /** Name. */
    public String name;
    /** E-mail address. */
    public String email;
    /** When the row was created. */
    public Instant createdAt;
    /** When the row was last updated. */
    public Instant updatedAt;

    /** A user with every field set. */
    public User(int id, String name, String email, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The same five values read from a Sequelize4j instance (for checking that both sides agree). */
    public static User of(Model instance) {
        Object id = instance.get("id");
        return new User(id == null ? 0 : ((Number) id).intValue(), (String) instance.get("name"),
                (String) instance.get("email"), (Instant) instance.get("createdAt"), (Instant) instance.get("updatedAt"));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof User)) {
            return false;
        }
        User u = (User) other;
        return id == u.id && Objects.equals(name, u.name) && Objects.equals(email, u.email)
                && Objects.equals(createdAt, u.createdAt) && Objects.equals(updatedAt, u.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, email, createdAt, updatedAt);
    }

    @Override
    public String toString() {
        return "User(" + id + ", " + name + ", " + email + ", " + createdAt + ", " + updatedAt + ")";
    }
}
