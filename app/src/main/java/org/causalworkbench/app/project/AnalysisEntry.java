package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One analysis of a project: what ran, on which data, with which settings and seeds, and the
 * result it gave.
 *
 * @param id the entry id, unique in the project
 * @param type the analysis type, one of {@link AnalysisType}
 * @param data the ids of the data sources it reads
 * @param configuration the settings, in the type's own JSON layout
 * @param seeds every seed the analysis uses, by name; empty for deterministic analyses
 * @param result the result as the application showed it, or {@code null} for a template or an
 *     analysis that never ran
 * @param stale whether the settings changed after the result was computed
 */
public record AnalysisEntry(String id, AnalysisType type, List<String> data,
        ObjectNode configuration, ObjectNode seeds, ObjectNode result, boolean stale) {

    /** Checks the parts and copies the data ids. */
    public AnalysisEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(seeds, "seeds");
        data = List.copyOf(data);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("Invalid analysis id '" + id + "': use lower-case"
                    + " letters, digits and hyphens.");
        }
    }

    /**
     * Returns whether the analysis had run when the project was saved, as its configuration's
     * {@code ran} flag records; analyses stored only when they ran have no flag.
     */
    public boolean ranWhenSaved() {
        return JsonValues.bool(configuration, "ran", true);
    }

    /**
     * Returns whether the analysis ran in the window before the save. An entry with a
     * {@code ran} flag records it even when it stores no result, as the lab panels do after a
     * settings change; an entry without one ran exactly when it stores a result.
     */
    public boolean ranInWindow() {
        return configuration.has("ran") ? ranWhenSaved() : result != null;
    }

    /** Returns a copy without a result, for templates. */
    public AnalysisEntry withoutResult() {
        return new AnalysisEntry(id, type, data, configuration, seeds, null, false);
    }

    /** Returns a copy with another result. */
    public AnalysisEntry withResult(ObjectNode replacement) {
        return new AnalysisEntry(id, type, data, configuration, seeds, replacement, false);
    }
}
