package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

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
        if (stored.isObject()) {
            if (!rerun.isObject()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = stored.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode fresh = rerun.get(field.getKey());
                if (fresh == null || !reproduced(field.getValue(), fresh)) {
                    return false;
                }
            }
            return true;
        }
        if (stored.isArray()) {
            if (!rerun.isArray() || rerun.size() != stored.size()) {
                return false;
            }
            for (int i = 0; i < stored.size(); i++) {
                if (!reproduced(stored.get(i), rerun.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return stored.equals(rerun);
    }
}
