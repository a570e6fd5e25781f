package org.causalworkbench.app.view;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.sample.SampleDatasets;
import org.causalworkbench.sample.SampleDatasets.SamplePanel;

/** Reads the panels that ship inside the application. */
public final class SampleLoader {

    private SampleLoader() {
    }

    /**
     * Reads the synthetic factor-model panel with its column roles.
     *
     * @return the panel
     */
    public static Panel factorPanel() {
        SamplePanel sample = SampleDatasets.FACTOR_PANEL;
        CsvTable table = CsvTable.read(new InputStreamReader(sample.open(),
                StandardCharsets.UTF_8), sample.fileName());
        return PanelReader.build(table, new PanelSpec(sample.unitColumn(), sample.timeColumn(),
                sample.outcomeColumn(), sample.treatmentColumn()));
    }
}
