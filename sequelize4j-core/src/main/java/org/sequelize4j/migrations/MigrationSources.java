package org.sequelize4j.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.sequelize4j.errors.MigrationError;

/**
 * Reads SQL migrations ({@code NAME.up.sql} with {@code NAME.down.sql}) from a folder on disk or on
 * the class path (a directory or inside a jar). Files of other names are ignored; an up file without
 * its down file, or the reverse, is an error naming the migration.
 */
final class MigrationSources {

    private static final String UP = ".up.sql";
    private static final String DOWN = ".down.sql";

    private MigrationSources() {
    }

    /** The SQL migrations in a folder (not its subfolders). */
    static List<Migration> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new MigrationError(folder.toString(), MigrationError.Reason.INVALID_SOURCE,
                    "The migrations folder " + folder.toAbsolutePath() + " does not exist", List.of(), null);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(UP) || name.endsWith(DOWN)) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw unreadable(folder.toString(), e);
        }
        return pair(folder.toString(), files);
    }

    /** The SQL migrations in a class-path folder such as {@code "db/migrations"}. */
    static List<Migration> classpath(String folder, ClassLoader loader) {
        String prefix = folder.replaceAll("^/+|/+$", "");
        Map<String, String> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(prefix);
            if (!roots.hasMoreElements()) {
                throw new MigrationError(folder, MigrationError.Reason.INVALID_SOURCE,
                        "The class path has no folder '" + folder + "'", List.of(), null);
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    for (Migration m : folder(Path.of(root.toURI()))) {
                        SqlMigration sql = (SqlMigration) m;
                        files.put(sql.name() + UP, sql.upText());
                        files.put(sql.name() + DOWN, sql.downText());
                    }
                } else if (root.getProtocol().equals("jar")) {
                    readJar(root, prefix + "/", files);
                } else {
                    throw new MigrationError(folder, MigrationError.Reason.INVALID_SOURCE, "Cannot list the class-path"
                            + " folder '" + folder + "' at " + root + ": only directories and jars can be listed",
                            List.of(), null);
                }
            }
        } catch (IOException e) {
            throw unreadable(folder, e);
        } catch (URISyntaxException e) {
            throw new MigrationError(folder, MigrationError.Reason.INVALID_SOURCE, "Cannot read the class-path"
                    + " folder '" + folder + "': " + e.getMessage(), List.of(), e);
        }
        return pair(folder, files);
    }

    private static void readJar(URL root, String prefix, Map<String, String> files) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String rest = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : null;
                if (rest == null || rest.contains("/") || !(rest.endsWith(UP) || rest.endsWith(DOWN))) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(rest, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Pairs up and down files by name. */
    private static List<Migration> pair(String source, Map<String, String> files) {
        List<Migration> migrations = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String fileName = file.getKey();
            boolean up = fileName.endsWith(UP);
            String name = fileName.substring(0, fileName.length() - (up ? UP : DOWN).length());
            String other = name + (up ? DOWN : UP);
            if (!files.containsKey(other)) {
                throw new MigrationError(name, MigrationError.Reason.INVALID_SOURCE, "SQL migration '" + name + "' in "
                        + source + " has " + fileName + " but no " + other, List.of(), null);
            }
            if (up) {
                migrations.add(new SqlMigration(name, file.getValue(), files.get(other)));
            }
        }
        return migrations;
    }

    private static MigrationError unreadable(String source, IOException e) {
        return new MigrationError(source, MigrationError.Reason.INVALID_SOURCE,
                "Cannot read the migrations in " + source + ": " + e.getMessage(), List.of(), new UncheckedIOException(e));
    }
}
