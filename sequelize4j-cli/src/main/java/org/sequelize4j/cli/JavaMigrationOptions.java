package org.sequelize4j.cli;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import org.sequelize4j.migrations.Migration;
import picocli.CommandLine.Option;

/**
 * The options that add Java migrations (classes implementing {@link Migration}, with a public no-argument
 * constructor) from the user's compiled classes to the SQL migrations of the folder.
 */
final class JavaMigrationOptions {

    @Option(names = "--classpath", paramLabel = "PATHS",
            description = "Folders and jars holding compiled Java migrations, separated by the path separator or"
                    + " commas")
    String classpath;

    @Option(names = "--migrations-package", paramLabel = "PACKAGE|CLASSES",
            description = "The Java migrations: a package (searched with its subpackages in --classpath) or"
                    + " comma-separated class names")
    String migrationsPackage;

    /** Whether Java migrations were asked for. */
    boolean given() {
        return migrationsPackage != null && !migrationsPackage.isBlank();
    }

    /** The Java migrations, one instance of each class found; none when {@code --migrations-package} is not given. */
    List<Migration> load() {
        if (!given()) {
            if (classpath != null) {
                throw new ConfigError("--classpath needs --migrations-package naming the Java migrations");
            }
            return List.of();
        }
        ModelClasses classes = ModelClasses.over(classpath, "--classpath");
        List<Migration> migrations = new ArrayList<>();
        for (Class<? extends Migration> type : classes.find(migrationsPackage, Migration.class, "--migrations-package")) {
            try {
                migrations.add(type.getConstructor().newInstance());
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new ConfigError("Java migration " + type.getName() + " needs a public constructor without"
                        + " arguments", e);
            } catch (InstantiationException | InvocationTargetException e) {
                throw new ConfigError("Java migration " + type.getName() + " could not be created: " + e.getMessage(), e);
            }
        }
        return migrations;
    }
}
