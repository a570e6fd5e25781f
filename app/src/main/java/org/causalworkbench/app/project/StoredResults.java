package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a result stored in a project with a fresh re-run. Every value in the stored result
 * must come back equal. Object fields that only the re-run has are additions of a later version
 * (such as the GRASP steering curve), so they are not compared and a project saved before them
 * still reproduces.
 */
final class StoredResults {

    private StoredResults() {
    }

    /** Returns whether {@code rerun} contains every value of {@code stored}, equal and in place. */
    static boolean reproduced(JsonNode stored, JsonNode rerun) {
        return firstDifference(stored, rerun).isEmpty();
    }

    /**
     * Describes the first value of {@code stored} that {@code rerun} does not reproduce, such
     * as {@code methods.grasp.factorRate: stored 0.0, re-run 0.001}.
     *
     * @return the description, or empty when every stored value is reproduced
     */
    static Optional<String> firstDifference(JsonNode stored, JsonNode rerun) {
        return difference("", stored, rerun);
    }

    private static Optional<String> difference(String path, JsonNode stored, JsonNode rerun) {
        if (stored.isObject() && rerun.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = stored.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode fresh = rerun.get(field.getKey());
                if (fresh == null) {
                    return Optional.of(at + ": missing from the re-run");
                }
                Optional<String> inside = difference(at, field.getValue(), fresh);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        if (stored.isArray() && rerun.isArray()) {
            if (rerun.size() != stored.size()) {
                return Optional.of(path + ": stored " + stored.size() + " values, re-run "
                        + rerun.size());
            }
            for (int i = 0; i < stored.size(); i++) {
                Optional<String> inside = difference(path + "[" + i + "]", stored.get(i),
                        rerun.get(i));
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        return stored.equals(rerun) ? Optional.empty()
                : Optional.of(path + ": stored " + stored + ", re-run " + rerun);
    }
}
