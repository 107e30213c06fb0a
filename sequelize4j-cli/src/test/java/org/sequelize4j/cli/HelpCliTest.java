package org.sequelize4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every verb's --help, as a user's shell gets it: a description, its options and examples of itself. */
class HelpCliTest {

    @TempDir
    Path dir;

    @Test
    void everyVerbHasHelpWithExamples() throws Exception {
        List<String> verbs = new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
        assertTrue(verbs.size() >= 14, verbs::toString);
        for (String verb : verbs) {
            Cli.Result help = Cli.run(dir, verb, "--help");
            assertEquals(0, help.code(), help::toString);
            assertTrue(help.out().startsWith("Usage: sequelize4j " + verb + " "), help::toString);
            int examples = help.out().indexOf("\nExamples:\n");
            assertTrue(examples > 0, () -> verb + " --help has examples: " + help);
            // The examples run up to the first blank line; every one of them uses the verb.
            String block = help.out().substring(examples + 11).split("\n\n", 2)[0];
            for (String line : block.split("\n")) {
                assertTrue((line + " ").contains(" sequelize4j " + verb + " "), () -> "an example of " + verb + ": " + line);
            }
        }
    }
}
