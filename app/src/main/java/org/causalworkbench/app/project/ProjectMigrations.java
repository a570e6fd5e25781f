package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Upgrades the entries of an older project file, one format step at a time, so that each step
 * stays small and is tested on a stored file of the version it starts from.
 *
 * <p>Format 1.0 kept every analysis, result included, in one {@code analyses.json} array.
 * Format 1.1 writes one entry per analysis and one per result, so that a diff of two saves shows
 * which analysis changed and a reader can unpack one result without parsing the others.
 */
final class ProjectMigrations {

    private ProjectMigrations() {
    }

    /**
     * Brings entries written in {@code from} up to the current format.
     *
     * @param file the file name, for messages
     * @param from the version the file was written in, older than the current one
     * @param entries the entries as read
     * @return the entries in the current layout, with the manifest's version updated
     */
    static Map<String, byte[]> upgrade(String file, FormatVersion from,
            Map<String, byte[]> entries) {
        Map<String, byte[]> current = entries;
        FormatVersion version = from;
        if (version.equals(new FormatVersion(1, 0))) {
            current = splitAnalyses(file, current);
            version = new FormatVersion(1, 1);
        }
        if (!version.equals(ProjectFiles.CURRENT_VERSION)) {
            throw new ProjectFileException(file + " uses project format " + from + ", which no"
                    + " released workbench wrote; this version reads " + ProjectFiles.CURRENT_VERSION
                    + " and 1.0.");
        }
        ObjectNode manifest = JsonValues.object(file, ProjectFiles.MANIFEST,
                current.get(ProjectFiles.MANIFEST));
        manifest.put(ProjectFiles.VERSION_FIELD, version.toString());
        manifest.put("migrated-from", from.toString());
        Map<String, byte[]> upgraded = new LinkedHashMap<>(current);
        upgraded.put(ProjectFiles.MANIFEST, JsonValues.bytes(manifest));
        return upgraded;
    }

    /** Step 1.0 to 1.1: one entry per analysis and one per result. */
    private static Map<String, byte[]> splitAnalyses(String file, Map<String, byte[]> entries) {
        Map<String, byte[]> upgraded = new LinkedHashMap<>(entries);
        byte[] combined = upgraded.remove("analyses.json");
        if (combined == null) {
            return upgraded;
        }
        JsonNode list = JsonValues.object(file, "analyses.json", combined).get("analyses");
        if (list == null || !list.isArray()) {
            throw new ProjectFileException(file + ": 'analyses.json' of format 1.0 must hold an"
                    + " 'analyses' array; the file was damaged or edited by hand.");
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("id").isTextual()) {
                throw new ProjectFileException(file + ": an analysis in 'analyses.json' lacks"
                        + " its 'id'; the file was damaged or edited by hand.");
            }
            ObjectNode analysis = ((ObjectNode) item).deepCopy();
            String id = analysis.get("id").textValue();
            JsonNode result = analysis.remove("result");
            upgraded.put("analyses/" + id + ".json", JsonValues.bytes(analysis));
            if (result != null && result.isObject()) {
                upgraded.put("results/" + id + ".json", JsonValues.bytes(result));
            }
        }
        return upgraded;
    }
}
