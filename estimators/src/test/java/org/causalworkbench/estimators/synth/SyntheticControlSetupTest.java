package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.Test;

/** Checks the validation of synthetic-control problems and the dropping of incomplete donors. */
class SyntheticControlSetupTest {

    private static final PanelSpec SPEC = new PanelSpec("region", "year", "sales", null);
    private static final List<String> UNITS = List.of("A", "B", "C", "D", "E");
    private static final int FIRST_YEAR = 2001;
    private static final int YEARS = 6;

    /**
     * Builds a panel of five regions over 2001 to 2006, one row per region and year in that
     * order, so the row for region {@code u} and year index {@code t} is on line
     * {@code 2 + u * 6 + t}. The cell of {@code missingUnit} at {@code missingYear} is left empty.
     */
    private static Panel panel(String missingUnit, int missingYear) {
        StringBuilder csv = new StringBuilder("region,year,sales\n");
        for (int u = 0; u < UNITS.size(); u++) {
            for (int t = 0; t < YEARS; t++) {
                int year = FIRST_YEAR + t;
                csv.append(UNITS.get(u)).append(',').append(year).append(',');
                if (!(UNITS.get(u).equals(missingUnit) && year == missingYear)) {
                    csv.append(10.0 * (u + 1) + t * (u % 3));
                }
                csv.append('\n');
            }
        }
        return PanelReader.build(CsvTable.read(new StringReader(csv.toString()), "regions.csv"),
                SPEC);
    }

    private static Panel completePanel() {
        return panel(null, 0);
    }

    private static long lineOf(String unit, int year) {
        return 2 + UNITS.indexOf(unit) * YEARS + (year - FIRST_YEAR);
    }

    private static void assertContains(String expectedPart, String message) {
        assertTrue(message.contains(expectedPart),
                "expected '" + expectedPart + "' in the message: " + message);
    }

    @Test
    void of_splitsPeriodsAtInterventionTime() {
        SyntheticControlSetup setup = SyntheticControlSetup.of(completePanel(), "A", 2004,
                List.of());

        assertEquals(3, setup.preCount());
        assertEquals(List.of("B", "C", "D", "E"), setup.donors());
        assertTrue(setup.notes().isEmpty());
    }

    @Test
    void of_rejectsTimeBetweenPeriods() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(completePanel(), "A", 2003.5, List.of()));

        assertContains("regions.csv", error.getMessage());
        assertContains("intervention time 2003.5 is not a time in column 'year'",
                error.getMessage());
        assertContains("such as 2003 or 2004", error.getMessage());
    }

    @Test
    void of_leavesExcludedDonorsOut() {
        SyntheticControlSetup setup = SyntheticControlSetup.of(completePanel(), "C", 2004,
                List.of("A", "E"));

        assertEquals(List.of("B", "D"), setup.donors());
    }

    @Test
    void of_rejectsUnknownTreatedUnit() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(completePanel(), "Z", 2004, List.of()));

        assertContains("regions.csv", error.getMessage());
        assertContains("'Z'", error.getMessage());
        assertContains("column 'region'", error.getMessage());
        assertContains("'A', 'B', 'C', 'D', 'E'", error.getMessage());
    }

    @Test
    void of_rejectsSinglePrePeriod() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(completePanel(), "A", 2002, List.of()));

        assertContains("regions.csv", error.getMessage());
        assertContains("column 'year'", error.getMessage());
        assertContains("1 period(s) before the intervention at 2002", error.getMessage());
    }

    @Test
    void of_rejectsInterventionAfterLastPeriod() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(completePanel(), "A", 2007, List.of()));

        assertContains("regions.csv", error.getMessage());
        assertContains("column 'year'", error.getMessage());
        assertContains("2007", error.getMessage());
        assertContains("the last is 2006", error.getMessage());
    }

    @Test
    void of_rejectsUnknownExcludedDonor() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(completePanel(), "A", 2004, List.of("B", "Q")));

        assertContains("regions.csv", error.getMessage());
        assertContains("'Q'", error.getMessage());
        assertContains("column 'region'", error.getMessage());
    }

    @Test
    void of_rejectsEmptyDonorPool() {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(completePanel(), "A", 2004,
                        List.of("B", "C", "D", "E")));

        assertContains("regions.csv", error.getMessage());
        assertContains("no donor is left for 'A'", error.getMessage());
    }

    @Test
    void of_dropsDonor_withMissingPreOutcome() {
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel("C", 2002), "A", 2004,
                List.of());

        assertEquals(List.of("B", "D", "E"), setup.donors());
        assertEquals(1, setup.notes().size());
        String note = setup.notes().get(0);
        assertContains("'C'", note);
        assertContains("year 2002", note);
        assertContains("pre-intervention", note);
        assertContains("line " + lineOf("C", 2002), note);
    }

    @Test
    void of_dropsDonor_withMissingPostOutcome() {
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel("E", 2005), "A", 2004,
                List.of());

        assertFalse(setup.donors().contains("E"), "E dropped");
        assertContains("post-intervention", setup.notes().get(0));
    }

    @Test
    void of_rejectsTreated_withMissingOutcome() {
        Panel panel = panel("B", 2003);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SyntheticControlSetup.of(panel, "B", 2004, List.of()));

        assertContains("regions.csv", error.getMessage());
        assertContains("line " + lineOf("B", 2003), error.getMessage());
        assertContains("column 'sales'", error.getMessage());
        assertContains("'B'", error.getMessage());
    }

    @Test
    void of_acceptsProp99FromCovariateFile() {
        Panel panel = PanelReader.read(SharedDatasets.require("P99data.csv"),
                new PanelSpec("state", "year", "cigsale", null));

        SyntheticControlSetup setup = SyntheticControlSetup.of(panel, "California", 1989,
                List.of());

        assertEquals(38, setup.donors().size());
        assertEquals(19, setup.preCount());
        assertTrue(setup.notes().isEmpty(), "notes: " + setup.notes());
    }

    /** P99data.csv repeats the cigarette sales of smoking_data.csv, so the fit must agree. */
    @Test
    void fit_matchesProp99Reference_fromCovariateFile() {
        Panel panel = PanelReader.read(SharedDatasets.require("P99data.csv"),
                new PanelSpec("state", "year", "cigsale", null));
        SyntheticControlSetup setup = SyntheticControlSetup.of(panel, "California", 1989,
                List.of());

        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(setup);

        assertEquals(52.1296, fit.diagnostics().preSsr(), 52.1296 * 1e-4);
        assertEquals(0.3939, fit.weightOf("Utah"), 1e-3);
        assertTrue(fit.diagnostics().converged(), "converged");
    }

    @Test
    void of_ignoresRepeatedAndTreatedExclusions() {
        SyntheticControlSetup setup = SyntheticControlSetup.of(completePanel(), "A", 2004,
                List.of("A", "B", "B"));

        assertEquals(Set.of("C", "D", "E"), Set.copyOf(setup.donors()));
    }
}
