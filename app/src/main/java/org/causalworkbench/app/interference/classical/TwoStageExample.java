package org.causalworkbench.app.interference.classical;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.UnitTableImport;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.sample.SampleDatasets;
import org.causalworkbench.sample.SampleDatasets.SampleTwoStageTable;
import org.causalworkbench.sample.TwoStageHouseholdGenerator;

/** Reads the two-stage randomised household sample that ships inside the application. */
public final class TwoStageExample {

    private TwoStageExample() {
    }

    /**
     * Reads the sample with the strategy column as its only covariate and a note with the true
     * Hudgens-Halloran effects.
     *
     * @return the unit table, households as cliques
     */
    public static InterferenceData load() {
        SampleTwoStageTable sample = SampleDatasets.TWO_STAGE_HOUSEHOLDS;
        CsvTable table;
        try (InputStream stream = sample.open()) {
            table = CsvTable.read(new InputStreamReader(stream, StandardCharsets.UTF_8),
                    sample.fileName());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Failed to read the sample " + sample.fileName(),
                    unreadable);
        }
        UnitTableImport.Roles roles = new UnitTableImport.Roles(sample.idColumn(),
                sample.treatmentColumn(), sample.outcomeColumn(),
                List.of(sample.strategyColumn()), sample.groupColumn());
        return UnitTableImport.build(table, roles, note(), Double.NaN);
    }

    /** Returns the note with the true effects, "0 minus 1" signs. */
    static String note() {
        return String.format(Locale.ROOT, "(simulated two-stage experiment: true DE(low) = %s,"
                + " DE(high) = %s, IE = %s, TE = %s, OE = %s)",
                TwoStageHouseholdGenerator.DIRECT_LOW, TwoStageHouseholdGenerator.DIRECT_HIGH,
                TwoStageHouseholdGenerator.INDIRECT, TwoStageHouseholdGenerator.TOTAL,
                TwoStageHouseholdGenerator.OVERALL);
    }
}
