package org.causalworkbench.app.interference;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.graph.EdgeListReader;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.sample.SampleDatasets;
import org.causalworkbench.sample.SampleDatasets.SampleGraph;

/**
 * The shipped graph sample: 300 units of a small-world network whose treatment spills over
 * along the edges, with a true TACE of 2.
 *
 * @param data the unit table, whose group column is the coarse area
 * @param graph the network over the same units
 */
public record GraphExample(InterferenceData data, InterferenceGraph graph) {

    /**
     * Reads the unit table and the edge list from the class path.
     *
     * @return the sample
     * @throws IllegalStateException if the sample-data module is missing from the class path
     */
    public static GraphExample read() {
        SampleGraph sample = SampleDatasets.GRAPH;
        CsvTable units = CsvTable.read(new InputStreamReader(sample.openUnits(),
                StandardCharsets.UTF_8), sample.unitsFileName());
        UnitTableImport.Roles roles = new UnitTableImport.Roles(sample.idColumn(),
                sample.treatmentColumn(), sample.outcomeColumn(),
                List.of(sample.covariateColumn()), sample.groupColumn());
        InterferenceData data = UnitTableImport.build(units, roles, String.format(Locale.ROOT,
                "(simulated small-world graph in %s: the true TACE is %s)",
                sample.edgesFileName(), sample.trueEffect()), sample.trueEffect());
        CsvTable edges = CsvTable.read(new InputStreamReader(sample.openEdges(),
                StandardCharsets.UTF_8), sample.edgesFileName());
        return new GraphExample(data, EdgeListReader.read(edges, data.ids()));
    }
}
