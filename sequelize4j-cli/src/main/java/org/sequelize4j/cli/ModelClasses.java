package org.sequelize4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the user's compiled classes: a class loader over {@code --classpath} (folders and jars, on top
 * of the tool's own classes, so that the user's models extend the same {@code Model}), and the
 * concrete classes of a type found by name or in a package and its subpackages.
 */
final class ModelClasses {

    private final List<Path> entries;
    private final ClassLoader loader;

    private ModelClasses(List<Path> entries, ClassLoader loader) {
        this.entries = entries;
        this.loader = loader;
    }

    /** A loader over the given class-path entries ({@code File.pathSeparator}- or comma-separated). */
    static ModelClasses over(String classpath, String option) {
        List<Path> entries = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        if (classpath != null) {
            for (String part : classpath.split("[,\\" + java.io.File.pathSeparator + "]")) {
                if (part.isBlank()) {
                    continue;
                }
                Path entry = Path.of(part.trim());
                if (!Files.exists(entry)) {
                    throw new ConfigError(option + ": " + entry.toAbsolutePath() + " does not exist");
                }
                entries.add(entry);
                try {
                    urls.add(entry.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new ConfigError(option + ": " + entry + " is not a usable path", e);
                }
            }
        }
        ClassLoader parent = ModelClasses.class.getClassLoader();
        return new ModelClasses(entries, urls.isEmpty() ? parent : new URLClassLoader(urls.toArray(new URL[0]), parent));
    }

    /** The loader the classes come from. */
    ClassLoader loader() {
        return loader;
    }

    /**
     * The concrete classes of {@code type} that {@code names} (comma-separated) denote: a class name is
     * that class, anything else a package searched in the {@code --classpath} entries.
     */
    <T> List<Class<? extends T>> find(String names, Class<T> type, String option) {
        List<Class<? extends T>> found = new ArrayList<>();
        for (String raw : names.split(",")) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            Class<?> single = load(name);
            if (single != null) {
                if (!type.isAssignableFrom(single) || Modifier.isAbstract(single.getModifiers())) {
                    throw new ConfigError(option + ": " + name + " is not a concrete " + type.getSimpleName());
                }
                found.add(single.asSubclass(type));
                continue;
            }
            int before = found.size();
            for (String className : classesIn(name)) {
                Class<?> c = load(className);
                if (c != null && type.isAssignableFrom(c) && c != type && !c.isInterface()
                        && !Modifier.isAbstract(c.getModifiers()) && !c.isAnonymousClass() && !c.isLocalClass()
                        && (!c.isMemberClass() || Modifier.isStatic(c.getModifiers()))) {
                    found.add(c.asSubclass(type));
                }
            }
            if (found.size() == before) {
                throw new ConfigError(option + ": no class or package " + name + " with a " + type.getSimpleName()
                        + " in " + (entries.isEmpty() ? "the tool's class path (pass --classpath)" : entries));
            }
        }
        return found;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The class names in a package and its subpackages, across the class-path entries, sorted. */
    private TreeSet<String> classesIn(String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        TreeSet<String> names = new TreeSet<>();
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    Path folder = entry.resolve(prefix);
                    if (Files.isDirectory(folder)) {
                        try (Stream<Path> files = Files.walk(folder)) {
                            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(
                                    className(entry.relativize(f).toString().replace(java.io.File.separatorChar, '/'))));
                        }
                    }
                } else {
                    try (JarFile jar = new JarFile(entry.toFile())) {
                        Enumeration<JarEntry> all = jar.entries();
                        while (all.hasMoreElements()) {
                            String file = all.nextElement().getName();
                            if (file.startsWith(prefix) && file.endsWith(".class")) {
                                names.add(className(file));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + entry, e);
            }
        }
        names.removeIf(n -> n.endsWith("module-info") || n.endsWith("package-info"));
        return names;
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
