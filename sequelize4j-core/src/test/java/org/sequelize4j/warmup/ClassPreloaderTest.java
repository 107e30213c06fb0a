package org.sequelize4j.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The preload list names real classes of the library (a list gone stale would only cost time, so this
 * is where staleness shows), and each dialect's own classes are loaded only for that dialect.
 */
class ClassPreloaderTest {

    private static final String SQLITE = "org.sequelize4j.dialect.sqlite";
    private static final String POSTGRES = "org.sequelize4j.dialect.postgres";

    @Test
    void everyListedNameIsALibraryClassListedOnce() {
        List<String> listed = ClassPreloader.listed();
        assertTrue(listed.size() > 50, "the list has " + listed.size() + " names");
        List<String> missing = new ArrayList<>();
        for (String name : listed) {
            assertTrue(name.startsWith("org.sequelize4j."), name);
            try {
                Class.forName(name, false, ClassPreloader.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "classes in preload.txt that no longer exist: run PreloadListMain again");
        assertEquals(listed.size(), new HashSet<>(listed).size(), "a name listed twice");
    }

    /** Set by {@link NeverInitialised}'s static initialiser, which loading must not run. */
    static volatile boolean initialised;

    static final class NeverInitialised {
        static {
            initialised = true;
        }
    }

    @Test
    void loadingRunsNoStaticInitialiserAndGoesPastNamesThatAreGone() throws Exception {
        String fixture = ClassPreloaderTest.class.getName() + "$NeverInitialised";
        ClassPreloader.load(List.of("org.sequelize4j.NoSuchClassAnyMore", fixture), ClassPreloaderTest.class.getClassLoader());
        assertFalse(initialised, "the preloader ran a static initialiser");
        // Loaded all the same: asking for it again by name, still without initialising, finds it.
        assertEquals(fixture, Class.forName(fixture, false, ClassPreloaderTest.class.getClassLoader()).getName());
        assertFalse(initialised);
    }

    @Test
    void aDialectsOwnClassesAreLoadedOnlyForIt() {
        List<String> forSqlite = ClassPreloader.names(true, SQLITE);
        assertTrue(forSqlite.stream().anyMatch(n -> n.startsWith(SQLITE + ".")), "no SQLite class in " + forSqlite);
        assertFalse(forSqlite.stream().anyMatch(n -> n.startsWith(POSTGRES + ".")), "a PostgreSQL class for SQLite");
        assertTrue(forSqlite.stream().anyMatch(n -> n.equals("org.sequelize4j.dialect.StandardCodecs")),
                "the dialect package's shared classes are common");

        // A second dialect in the same JVM: only its own classes, the common ones are under way already.
        List<String> postgresOnly = ClassPreloader.names(false, POSTGRES);
        assertFalse(postgresOnly.isEmpty());
        assertTrue(postgresOnly.stream().allMatch(n -> n.startsWith(POSTGRES + ".")), postgresOnly.toString());

        Set<String> all = new HashSet<>(ClassPreloader.names(true, SQLITE));
        all.addAll(postgresOnly);
        all.addAll(ClassPreloader.names(false, "org.sequelize4j.dialect.mysql"));
        assertEquals(new HashSet<>(ClassPreloader.listed()), all, "every listed name belongs to some dialect's set");
    }
}
