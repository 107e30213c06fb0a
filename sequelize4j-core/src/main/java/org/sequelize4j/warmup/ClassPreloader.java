package org.sequelize4j.warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads and links, on a background thread while the application starts, the library classes that the
 * first statements of each common kind need (a find, a find by key, an update, a create, a count, an
 * include …), so that those statements do not load them one by one from the class path while a caller
 * waits. In a fresh JVM each such class costs tens to hundreds of microseconds to read, parse and
 * verify; a first update loads about twenty of them.
 *
 * <p>The classes are named in {@code preload.txt} beside this class, written by the benchmarks module's
 * {@code PreloadListMain} from what a fresh JVM loads for those statements on each database. Classes are
 * loaded and linked but never initialised here: no static initialiser runs on this thread, so the
 * thread cannot take part in a class-initialisation deadlock, and an application that never uses a class
 * only pays for reading it. A name that no longer exists is skipped. Entries of a dialect's own package
 * are loaded only for a dialect in use.
 *
 * <p>Nothing here is needed for correctness: with preloading off ({@code SequelizeOptions.preloadClasses(false)})
 * the same classes load on first use, as they always did.
 */
public final class ClassPreloader {

    private static final String LIST = "preload.txt";
    private static final String DIALECT_PACKAGES = "org.sequelize4j.dialect.";
    /** What has been started in this class loader: the common classes (key "") and each dialect package. */
    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private ClassPreloader() {
    }

    /**
     * Starts loading, once per class loader, the listed classes that are not a dialect's own, and those of
     * {@code dialectPackage} (e.g. {@code org.sequelize4j.dialect.sqlite}) once per dialect package.
     * Returns at once; the work runs on a daemon thread.
     */
    public static void start(String dialectPackage) {
        boolean common = STARTED.add("");
        boolean dialect = STARTED.add(dialectPackage);
        if (!common && !dialect) {
            return;
        }
        String ownPackage = dialect ? dialectPackage : null;
        try {
            // The list is read on the thread too: nothing here waits for the class path.
            Thread thread = new Thread(() -> load(names(common, ownPackage), ClassPreloader.class.getClassLoader()),
                    "sequelize4j-preload");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            // No thread to be had (a platform that forbids them, no native memory left): an optimisation must
            // not fail the instance; a later instance may try again.
            if (common) {
                STARTED.remove("");
            }
            if (dialect) {
                STARTED.remove(dialectPackage);
            }
        }
    }

    /**
     * The listed class names to load: the common ones when {@code common}, and those in
     * {@code dialectPackage} (null for none). Package-visible for the tests.
     */
    static List<String> names(boolean common, String dialectPackage) {
        List<String> names = new ArrayList<>();
        for (String name : listed()) {
            boolean ofDialect = name.startsWith(DIALECT_PACKAGES) && name.indexOf('.', DIALECT_PACKAGES.length()) > 0;
            if (ofDialect ? dialectPackage != null && name.startsWith(dialectPackage + ".") : common) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every name in the list, in its order (comments and blank lines left out). */
    static List<String> listed() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            // The list is an optimisation: without it, classes load on first use.
        }
        return names;
    }

    /** Loads and links {@code names} through {@code loader} without initialising them. Package-visible for the tests. */
    static void load(List<String> names, ClassLoader loader) {
        for (String name : names) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                // Asking for the declared constructors makes HotSpot link (verify) the class, which is most of
                // a class's first-use cost after reading it, without running its static initialiser.
                type.getDeclaredConstructors();
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // Renamed since the list was written, or not loadable here: it loads on first use, or never.
            } catch (RuntimeException e) {
                // The loader itself refuses (an application server's loader closed as its application stops):
                // the rest would fail alike.
                return;
            }
        }
    }
}
