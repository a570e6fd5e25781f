package org.causalworkbench.app.interference;

/** The source of a run's interaction structure. */
public enum StructureSource {
    /** Each group of the group column is a clique. */
    GROUP_COLUMN("Group column (cliques)"),
    /** The graph in the structure editor, drawn or imported from a file. */
    GRAPH("Graph (editor / imported file)"),
    /**
     * A distance matrix for the inverse-distance signature. The neighbour components and the
     * bootstrap blocks still use the group cliques, because a complete distance matrix makes
     * every unit a neighbour of every other.
     */
    DISTANCE_MATRIX("Distance matrix (CSV)");

    private final String label;

    StructureSource(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
