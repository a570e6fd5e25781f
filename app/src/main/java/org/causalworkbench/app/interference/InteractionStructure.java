package org.causalworkbench.app.interference;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.graph.InterferenceGraph;

/**
 * The interaction structure settings of the interference workspace: the source (group column,
 * graph or distance matrix), the editor's graph and the loaded distance matrix. It turns a unit
 * table into the data a run analyses, whose neighbour lists drive the neighbour components, the
 * dependency factors and the bootstrap blocks (the connected components).
 *
 * <p>A graph or matrix over other units than the table's is ignored, so a table switch never
 * mixes units. The structure editor follows the table and replaces its graph at once.
 */
public final class InteractionStructure {

    private final ObjectProperty<StructureSource> source =
            new SimpleObjectProperty<>(this, "source", StructureSource.GROUP_COLUMN);
    private final ObjectProperty<InterferenceGraph> graph =
            new SimpleObjectProperty<>(this, "graph");
    private final ObjectProperty<DistanceMatrix> distances =
            new SimpleObjectProperty<>(this, "distances");
    private final ReadOnlyObjectWrapper<InterferenceGraph> importedGraph =
            new ReadOnlyObjectWrapper<>(this, "importedGraph");

    private InterferenceData cachedInput;
    private InterferenceGraph cachedGraph;
    private InterferenceData cachedResult;

    /** Returns where the structure of the next run comes from. */
    public ObjectProperty<StructureSource> sourceProperty() {
        return source;
    }

    /** Returns the graph of the structure editor, which the editor keeps current. */
    public ObjectProperty<InterferenceGraph> graphProperty() {
        return graph;
    }

    /** Returns the distance matrix of the inverse-distance signature, or {@code null}. */
    public ObjectProperty<DistanceMatrix> distancesProperty() {
        return distances;
    }

    /**
     * Returns the last graph read from a file or a sample, which the editor shows as one undo
     * step; {@code null} before the first import.
     */
    public ReadOnlyObjectProperty<InterferenceGraph> importedGraphProperty() {
        return importedGraph.getReadOnlyProperty();
    }

    /** Shows an imported graph: the editor takes it, and the source becomes the graph. */
    void showImported(InterferenceGraph imported) {
        importedGraph.set(imported);
        graph.set(imported);
        source.set(StructureSource.GRAPH);
    }

    /**
     * Restores a saved structure: the source, the graph (shown in the editor as an import) and
     * the distance matrix.
     *
     * @param savedSource the source of the next run
     * @param savedGraph the graph, or {@code null}
     * @param savedDistances the distance matrix, or {@code null}
     */
    public void restore(StructureSource savedSource, InterferenceGraph savedGraph,
            DistanceMatrix savedDistances) {
        distances.set(savedDistances);
        if (savedGraph != null) {
            showImported(savedGraph);
        }
        source.set(savedSource);
    }

    /**
     * Returns a copy of a table whose neighbour lists are a graph's.
     *
     * @param table the unit table
     * @param structureGraph a graph over the table's units
     * @return the copy
     */
    public static InterferenceData withGraph(InterferenceData table,
            InterferenceGraph structureGraph) {
        return table.withNeighbours(UnitTableImport.neighbours(structureGraph));
    }

    /**
     * Returns the data a run analyses: the table itself, or with the graph source a copy whose
     * neighbour lists are the graph's. The copy is kept while the table and the graph stay the
     * same objects, so the cached dependency factors of the same structure are reused.
     *
     * @param table the unit table, or {@code null}
     * @return the data to analyse, {@code null} without a table
     */
    public InterferenceData analysed(InterferenceData table) {
        InterferenceGraph current = graph.get();
        boolean useGraph = table != null && source.get() == StructureSource.GRAPH
                && current != null && current.unitIds().equals(table.ids());
        if (!useGraph) {
            return table;
        }
        if (cachedInput != table || cachedGraph != current) {
            cachedInput = table;
            cachedGraph = current;
            cachedResult = table.withNeighbours(UnitTableImport.neighbours(current));
        }
        return cachedResult;
    }

    /** Returns the distances for a run on the table, {@code null} unless that source is chosen. */
    public DistanceMatrix distancesFor(InterferenceData table) {
        DistanceMatrix matrix = distances.get();
        boolean use = table != null && source.get() == StructureSource.DISTANCE_MATRIX
                && matrix != null && matrix.unitIds().equals(table.ids());
        return use ? matrix : null;
    }

    /**
     * Builds the graph of a table's neighbour lists, the cliques of a group column.
     *
     * @param table the unit table
     * @return the graph over the table's units
     */
    public static InterferenceGraph graphOf(InterferenceData table) {
        List<String> ids = table.ids();
        InterferenceGraph.Builder builder = InterferenceGraph.builder(ids);
        int[][] neighbours = table.neighbours();
        for (int i = 0; i < neighbours.length; i++) {
            for (int j : neighbours[i]) {
                if (!builder.hasEdge(ids.get(i), ids.get(j))) {
                    builder.addEdge(ids.get(i), ids.get(j), null, table.name());
                }
            }
        }
        return builder.build();
    }
}
