package org.causalworkbench.app.view;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.UnitTableImport;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.sample.SampleDatasets;
import org.causalworkbench.sample.SampleDatasets.SamplePanel;
import org.causalworkbench.sample.SampleDatasets.SampleUnitTable;

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

    /**
     * Returns the note shown beside the factor-model panel's results: its true effect.
     *
     * @return the note
     */
    public static String factorPanelNote() {
        SamplePanel sample = SampleDatasets.FACTOR_PANEL;
        return String.format(Locale.ROOT, "(simulated sample: the true effect is %s from %s %s)",
                Panel.formatTime(sample.trueEffect()), sample.timeColumn(),
                Panel.formatTime(sample.interventionTime()));
    }

    /**
     * Reads the synthetic household table with its column roles, the household column as the
     * interaction structure and a note that states the true effect.
     *
     * @return the dataset
     */
    public static InterferenceData households() {
        SampleUnitTable sample = SampleDatasets.HOUSEHOLDS;
        CsvTable table = CsvTable.read(new InputStreamReader(sample.open(),
                StandardCharsets.UTF_8), sample.fileName());
        UnitTableImport.Roles roles = new UnitTableImport.Roles(sample.idColumn(),
                sample.treatmentColumn(), sample.outcomeColumn(),
                List.of(sample.covariateColumn()), sample.groupColumn());
        return UnitTableImport.build(table, roles, String.format(Locale.ROOT,
                "(simulated households: the true TACE is %s)", sample.trueEffect()),
                sample.trueEffect());
    }
}
