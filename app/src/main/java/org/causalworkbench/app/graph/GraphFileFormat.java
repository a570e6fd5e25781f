package org.causalworkbench.app.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.AdjacencyMatrixReader;
import org.causalworkbench.estimators.graph.EdgeListReader;
import org.causalworkbench.estimators.graph.GraphFiles;
import org.causalworkbench.estimators.graph.InterferenceGraph;

/** The graph file formats the editor imports, each read by the estimators' reader for it. */
public enum GraphFileFormat {
    /** CSV with the columns source, target and an optional weight. */
    EDGE_LIST_CSV("Edge list CSV (source, target, weight)", "*.csv"),
    /** Square CSV matrix whose header and first column list unit ids. */
    ADJACENCY_MATRIX_CSV("Adjacency matrix CSV", "*.csv"),
    /** GraphML, as written by igraph, networkx, Gephi or Cytoscape. */
    GRAPHML("GraphML", "*.graphml", "*.xml"),
    /** GML, whose node labels are the unit ids. */
    GML("GML", "*.gml"),
    /** Graphviz DOT, undirected. */
    DOT("DOT", "*.dot", "*.gv");

    private final String description;
    private final List<String> patterns;

    GraphFileFormat(String description, String... patterns) {
        this.description = description;
        this.patterns = List.of(patterns);
    }

    /** Returns the name shown in the file chooser. */
    public String description() {
        return description;
    }

    /** Returns the file-name patterns for the file chooser, such as {@code *.gml}. */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * Reads a graph over the given units.
     *
     * @throws org.causalworkbench.estimators.data.DataFormatException naming the file, and the
     *     line or edge where known, when the file is invalid or names an id that is not a unit
     */
    public InterferenceGraph read(Path path, List<String> unitIds) {
        return switch (this) {
            case EDGE_LIST_CSV -> EdgeListReader.read(CsvTable.read(path), unitIds);
            case ADJACENCY_MATRIX_CSV -> AdjacencyMatrixReader.read(CsvTable.read(path), unitIds);
            case GRAPHML -> GraphFiles.readGraphMl(path, unitIds);
            case GML -> GraphFiles.readGml(path, unitIds);
            case DOT -> GraphFiles.readDot(path, unitIds);
        };
    }

    /**
     * Guesses the format from a file name. A {@code .csv} file counts as an edge list when its
     * header has both a source and a target column, and as an adjacency matrix otherwise.
     *
     * @return the format, or empty for an unknown extension
     */
    public static Optional<GraphFileFormat> guess(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            CsvTable table = CsvTable.read(path);
            boolean edgeList = table.findColumn("source").isPresent()
                    && table.findColumn("target").isPresent();
            return Optional.of(edgeList ? EDGE_LIST_CSV : ADJACENCY_MATRIX_CSV);
        }
        for (GraphFileFormat format : values()) {
            for (String pattern : format.patterns) {
                if (name.endsWith(pattern.substring(1))) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
