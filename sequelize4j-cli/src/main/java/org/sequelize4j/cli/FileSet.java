package org.sequelize4j.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files that belong together (a model and its migration): written all or none. Every file is first
 * written in full next to its target under a temporary name; only when all are written are they moved
 * into place, and a failure on the way removes what was written, so an interrupted or failed run never
 * leaves a model without its migration.
 */
final class FileSet {

    private final Map<Path, String> files = new LinkedHashMap<>();

    /** Adds a file to write. */
    FileSet add(Path path, String content) {
        files.put(path, content);
        return this;
    }

    /** The files, in the order added. */
    List<Path> paths() {
        return List.copyOf(files.keySet());
    }

    /**
     * Refuses when a target exists (unless {@code overwrite} allows that path), before anything is written.
     *
     * @throws ConfigError naming the first file that exists
     */
    void checkAbsent(java.util.function.Predicate<Path> overwrite, String hint) {
        for (Path path : files.keySet()) {
            if (Files.exists(path) && !overwrite.test(path)) {
                throw new ConfigError("File " + path + " already exists; nothing was written (" + hint + ")");
            }
        }
    }

    /** Writes every file, or none. */
    void write() throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        List<Path> existed = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                Files.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    existed.add(target);
                }
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                staged.put(target, temp);
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
            }
            for (Map.Entry<Path, Path> stage : staged.entrySet()) {
                move(stage.getValue(), stage.getKey());
                moved.add(stage.getKey());
            }
            done = true;
        } finally {
            if (!done) {
                for (Path temp : staged.values()) {
                    Files.deleteIfExists(temp);
                }
                // A file that replaced an existing one (--force) is kept: the old content is gone either way.
                for (Path target : moved) {
                    if (!existed.contains(target)) {
                        Files.deleteIfExists(target);
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
