package org.causalworkbench.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Compares a generator's output with the resource that ships in the jar, line by line. */
final class ShippedResource {

    private ShippedResource() {
    }

    /**
     * Asserts that the shipped resource equals the generated text, naming the first line that
     * differs and how to regenerate the file.
     *
     * @param resource the class path resource, starting with {@code /}
     * @param generated the generator's text
     * @param generator the generator class whose main method rewrites the file
     */
    static void assertMatches(String resource, String generated, Class<?> generator)
            throws IOException {
        String shipped;
        try (InputStream stream = ShippedResource.class.getResourceAsStream(resource)) {
            assertNotNull(stream, resource + " is missing from the test class path");
            shipped = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
        String hint = "The shipped " + resource + " differs from generateCsv(). If the model"
                + " changed on purpose, regenerate the file by running "
                + generator.getSimpleName() + ".main with the path"
                + " sample-data/src/main/resources" + resource;

        String[] shippedLines = shipped.split("\n", -1);
        String[] generatedLines = generated.split("\n", -1);
        for (int i = 0; i < Math.min(shippedLines.length, generatedLines.length); i++) {
            assertEquals(shippedLines[i], generatedLines[i],
                    hint + ". First difference at line " + (i + 1));
        }
        assertEquals(shippedLines.length, generatedLines.length, hint);
        assertEquals(shipped, generated, hint);
    }
}
