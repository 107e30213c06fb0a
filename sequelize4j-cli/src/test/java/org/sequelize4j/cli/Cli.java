package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tool as a separate JVM on the test class path, as a user's shell would run the jar, so
 * exit codes and the split between stdout and stderr are the real ones.
 */
final class Cli {

    /** What one run produced. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    /** Runs {@code sequelize4j args} in {@code dir}, with the given extra environment variables. */
    static Result run(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return exec(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()), dir, env, args);
    }

    /** Runs the packaged tool, {@code java -jar JAR args}, in {@code dir}: nothing of the test class path. */
    static Result runJar(Path jar, Path dir, String... args) throws IOException, InterruptedException {
        return exec(List.of("-jar", jar.toString()), dir, Map.of(), args);
    }

    private static Result exec(List<String> launch, Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")); // a short run: start fast rather than peak
        command.addAll(launch);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        // The developer's own settings must not leak into what a test expects.
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("SEQUELIZE4J_ENV");
        builder.environment().remove("CLASSPATH");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the tool finished within a minute");
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, Map.of(), args);
    }

    /** Writes a SQL migration pair into {@code dir/migrations}. */
    static void migration(Path dir, String name, String up, String down) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve(name + ".up.sql"), up);
        Files.writeString(folder.resolve(name + ".down.sql"), down);
    }
}
