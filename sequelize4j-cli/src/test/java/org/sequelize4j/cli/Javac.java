package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a user's classes apart from the tool, against the test class path, as the user's build would. */
final class Javac {

    private Javac() {
    }

    /** Compiles each source (one public class each) into {@code dir/name} and returns that folder. */
    static Path compile(Path dir, String name, String... sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve(name + "-src"));
        List<String> files = new ArrayList<>();
        for (String source : sources) {
            String pkg = source.substring(source.indexOf("package ") + 8, source.indexOf(';')).trim();
            String cls = source.replaceAll("(?s).*public (?:final )?class (\\w+).*", "$1");
            Path file = Files.createDirectories(src.resolve(pkg.replace('.', '/'))).resolve(cls + ".java");
            Files.writeString(file, source);
            files.add(file.toString());
        }
        Path out = Files.createDirectories(dir.resolve(name));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path")));
        args.addAll(files);
        assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "the sources compile");
        return out;
    }
}
