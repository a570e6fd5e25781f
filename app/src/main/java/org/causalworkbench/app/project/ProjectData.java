package org.causalworkbench.app.project;

/** Looks up the data source an analysis reads, with a message when it is not at hand. */
final class ProjectData {

    private ProjectData() {
    }

    /**
     * Returns the analysis' n-th data source, with its bytes.
     *
     * @throws ProjectFileException if the project lacks it or its file is missing or changed
     */
    static DataSource require(AnalysisEntry entry, ProjectDocument project, int index) {
        if (index >= entry.data().size()) {
            throw new ProjectFileException("The analysis " + entry.id() + " names no data"
                    + " source; a template needs its data first (File > New from template).");
        }
        String id = entry.data().get(index);
        DataSource source = project.source(id).orElseThrow(() -> new ProjectFileException(
                "The analysis " + entry.id() + " reads the data source '" + id + "', which the"
                        + " project lacks. Open the data again and save the project."));
        if (!source.isAvailable()) {
            throw new ProjectFileException("The data file " + source.name() + " referenced as '"
                    + source.reference() + "' is missing or no longer matches its SHA-256 "
                    + source.sha256() + ". Put the original file back beside the project, or"
                    + " locate it from the workbench's File > Open project.");
        }
        return source;
    }
}
