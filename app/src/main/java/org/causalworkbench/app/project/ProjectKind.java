package org.causalworkbench.app.project;

/** Whether an archive is a full project or a template without data and results. */
public enum ProjectKind {
    /** Data, settings, seeds and results. */
    PROJECT("project"),
    /**
     * Settings and column roles only, for teachers to hand out: "New from template" asks for the
     * data.
     */
    TEMPLATE("template");

    private final String id;

    ProjectKind(String id) {
        this.id = id;
    }

    /** Returns the id written in the manifest. */
    public String id() {
        return id;
    }

    static ProjectKind ofId(String file, String id) {
        for (ProjectKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new ProjectFileException(file + ": the manifest names the kind '" + id + "',"
                + " which is neither 'project' nor 'template'.");
    }
}
