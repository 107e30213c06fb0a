package org.sequelize4j.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sequelize4j.Model;

/**
 * Gives a test class a database: a {@link org.sequelize4j.Sequelize} opened before its first test,
 * the listed {@link #models()} defined (and whatever the {@link #setup()} classes define), the tables
 * synced, {@code Sequelize} and {@code ModelStatic} values injected into fields and parameters, each
 * test isolated from the others ({@link #isolation()}), and everything closed after the last test.
 *
 * <pre>{@code
 * @Sequelize4jTest(models = {User.class, Post.class})
 * class UserTest {
 *     ModelStatic<User> users;                       // injected
 *
 *     @Test
 *     void createsAUser(Sequelize sequelize) {       // or as a parameter
 *         users.create(Map.of("name", "Ada"));
 *         assertEquals(1, users.count());            // rolled back after the test
 *     }
 * }
 * }</pre>
 *
 * <p>The database is SQLite in memory unless {@link #url()}, the system property
 * {@code sequelize4j.test.url} or the environment variable {@code SEQUELIZE4J_TEST_URL} names another
 * (in that order). With {@link #dialects()}, the whole class runs once per listed database instead;
 * a server that does not answer is skipped, unless the system property
 * {@code sequelize4j.test.require=true} (or the environment variable {@code SEQUELIZE4J_TEST_REQUIRE=true})
 * makes it required. A database named by a URL is always required.
 *
 * <p>The class is a JUnit {@link ClassTemplate}: it runs once per database, each run reported under
 * the database's name ({@code [sqlite]}, {@code [postgres]}, …).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ClassTemplate
@ExtendWith(Sequelize4jExtension.class)
public @interface Sequelize4jTest {

    /** Model classes to define with {@code sequelize.define(modelClass)}, in this order, before syncing. */
    Class<? extends Model>[] models() default {};

    /**
     * Setup classes (each with a no-argument constructor) that configure the connection, define models
     * without classes, associate them and seed data; run in this order after {@link #models()}.
     */
    Class<? extends Sequelize4jSetup>[] setup() default {};

    /**
     * The database's Sequelize URI ({@code sqlite::memory:}, {@code sqlite:target/app.db},
     * {@code postgres://user@host:5432/db}, …); empty for the system property, the environment variable
     * or SQLite in memory. Not together with {@link #dialects()}.
     */
    String url() default "";

    /** Run the class once per listed database, in this order (see {@link TestDatabase} for their URLs). */
    TestDatabase[] dialects() default {};

    /** How tests are kept from seeing each other's rows. */
    Isolation isolation() default Isolation.ROLLBACK;

    /** Whether the models' tables are created (dropped and created again: {@code sync({force: true})}) before the first test. */
    boolean sync() default true;
}
