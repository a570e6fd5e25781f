package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a project file in memory.
 *
 * @param kind a project or a template
 * @param title a short title shown in the window's title bar and the report
 * @param applicationVersion the version of the workbench that saved the file
 * @param saved when the file was saved
 * @param data the input files
 * @param analyses the analyses, in the order they appear in the report
 * @param layout the window layout (selected workspace and similar), free-form
 */
public record ProjectDocument(ProjectKind kind, String title, String applicationVersion,
        Instant saved, List<DataSource> data, List<AnalysisEntry> analyses, ObjectNode layout) {

    /** Checks the parts, copies the lists and rejects repeated ids. */
    public ProjectDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(applicationVersion, "applicationVersion");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(layout, "layout");
        data = List.copyOf(data);
        analyses = List.copyOf(analyses);
        requireDistinct(data.stream().map(DataSource::id).toList(), "data source");
        requireDistinct(analyses.stream().map(AnalysisEntry::id).toList(), "analysis");
        for (AnalysisEntry analysis : analyses) {
            for (String id : analysis.data()) {
                if (kind == ProjectKind.PROJECT && data.stream().noneMatch(d -> d.id().equals(id))) {
                    throw new IllegalArgumentException("The analysis " + analysis.id()
                            + " reads the data source '" + id + "', which the project lacks.");
                }
            }
        }
    }

    private static void requireDistinct(List<String> ids, String what) {
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException("Two " + what + " entries share an id in " + ids
                    + ".");
        }
    }

    /** Finds a data source by id. */
    public Optional<DataSource> source(String id) {
        return data.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Returns the data sources whose bytes are missing or changed. */
    public List<DataSource> unavailableData() {
        return data.stream().filter(d -> !d.isAvailable()).toList();
    }

    /**
     * Returns a template of this project: the same analyses and settings without data and
     * results.
     */
    public ProjectDocument asTemplate() {
        return new ProjectDocument(ProjectKind.TEMPLATE, title, applicationVersion, saved,
                List.of(), analyses.stream().map(AnalysisEntry::withoutResult).toList(), layout);
    }

    /** Returns a copy with one data source replaced by another of the same id. */
    public ProjectDocument withSource(DataSource replacement) {
        List<DataSource> replaced = data.stream()
                .map(d -> d.id().equals(replacement.id()) ? replacement : d).toList();
        return new ProjectDocument(kind, title, applicationVersion, saved, replaced, analyses,
                layout);
    }

    /** Returns a copy with other analyses. */
    public ProjectDocument withAnalyses(List<AnalysisEntry> replacement) {
        return new ProjectDocument(kind, title, applicationVersion, saved, data, replacement,
                layout);
    }
}
