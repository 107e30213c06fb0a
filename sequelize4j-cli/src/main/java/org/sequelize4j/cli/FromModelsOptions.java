package org.sequelize4j.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code migration:generate --from-models}. */
final class FromModelsOptions {

    @Option(names = "--from-models",
            description = "Write the migration that brings the database to what the model classes declare")
    boolean fromModels;

    @Option(names = "--models", paramLabel = "PACKAGE|CLASSES",
            description = "The model classes: a package (searched with its subpackages in --classpath) or"
                    + " comma-separated class names")
    String models;

    @Option(names = "--classpath", paramLabel = "PATHS",
            description = "Folders and jars holding the compiled model classes, separated by the path separator"
                    + " or commas")
    String classpath;

    @Option(names = "--rename", paramLabel = "OLD=NEW",
            description = "A rename to make instead of a drop: table=newTable, or table.column=newColumn (repeatable)")
    List<String> renames = new ArrayList<>();

    @Option(names = "--allow-drops",
            description = "Drop a table or column that could have been renamed, instead of leaving it undecided")
    boolean allowDrops;

    @Option(names = "--java", paramLabel = "CLASS",
            description = "Write a Java migration calling the QueryInterface, as this fully qualified class, instead"
                    + " of the SQL pair")
    String javaClass;

    @Option(names = "--java-dir", paramLabel = "DIR", defaultValue = "src/main/java",
            description = "Source folder the --java class is written into (default: ${DEFAULT-VALUE})")
    java.nio.file.Path javaDir;

    @Option(names = "--keep-tables",
            description = "Leave tables that no model declares alone instead of dropping them")
    boolean keepTables;
}
