package org.sequelize4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays the golden file recorded from Sequelize 6.37.8 itself (validator.js 13.15.35 plus
 * Sequelize's extensions, each called as {@code validator[name](String(value), ...args)}):
 * every case must give the same verdict here.
 */
class BuiltinValidatorsGoldenTest {

    private static final String RESOURCE = "/golden/sequelize-validators.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseAgreesWithSequelize() throws IOException {
        JsonNode cases = load().get("cases");
        assertNotNull(cases, "golden file has no \"cases\" array");
        // Guards against a truncated or emptied resource passing vacuously.
        assertTrue(cases.size() >= 500, "expected at least 500 golden cases, found " + cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : cases) {
            String validator = c.get("validator").asText();
            List<Object> args = JSON.convertValue(c.get("args"),
                    JSON.getTypeFactory().constructCollectionType(List.class, Object.class));
            String input = c.get("input").asText();
            boolean expected = c.get("valid").asBoolean();
            String name = validator + " " + c.get("args") + " " + JSON.valueToTree(input);
            tests.add(DynamicTest.dynamicTest(name, () -> assertEquals(expected,
                    BuiltinValidators.test(validator, input, args),
                    () -> validator + args + " on " + JSON.valueToTree(input) + " should be "
                            + (expected ? "valid" : "invalid"))));
        }
        return tests.stream();
    }

    private static JsonNode load() throws IOException {
        try (InputStream in = BuiltinValidatorsGoldenTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "missing classpath resource " + RESOURCE);
            return JSON.readTree(in);
        }
    }
}
