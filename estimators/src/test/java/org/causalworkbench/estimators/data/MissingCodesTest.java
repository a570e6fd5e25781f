package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A declared missing code never reaches a value, a panel or a fit. */
class MissingCodesTest {

    @TempDir
    Path folder;

    /**
     * Treated T is the mean of donors A and B before period 4, and C is far off. Donor A carries
     * the code 999 in period 2, and {@code x} contains a genuine 999.
     */
    private static String panel(String codeInA) {
        StringBuilder text = new StringBuilder("unit,t,y,x\n");
        double[][] series = {
            {10, 11, 12, 13, 14, 15},
            {20, 22, 24, 26, 28, 30},
            {50, 40, 60, 45, 70, 35},
        };
        String[] donors = {"A", "B", "C"};
        for (int d = 0; d < donors.length; d++) {
            for (int t = 0; t < 6; t++) {
                String y = d == 0 && t == 1 ? codeInA : Double.toString(series[d][t]);
                text.append(donors[d]).append(',').append(t + 1).append(',').append(y)
                        .append(",999\n");
            }
        }
        for (int t = 0; t < 6; t++) {
            double y = 0.5 * (series[0][t] + series[1][t]) + (t >= 3 ? 5 : 0);
            text.append("T,").append(t + 1).append(',').append(y).append(",1\n");
        }
        return text.toString();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static ImportSettings codeInY(String code) {
        return ImportSettings.defaults().withColumnMissingCodes("y", List.of(code));
    }

    private static SyntheticControlResult fit(CsvTable table) {
        Panel panel = PanelReader.build(table, new PanelSpec("unit", "t", "y", null));
        return SyntheticControl.withDefaults().fit(SyntheticControlSetup.of(panel, "T", 4,
                List.of()));
    }

    @Test
    void declared999_neverEntersPanel() throws IOException {
        Path file = write("coded.csv", panel("999"));

        Panel panel = PanelReader.build(ImportReader.read(file, codeInY("999")),
                new PanelSpec("unit", "t", "y", null));

        int a = panel.findUnit("A").orElseThrow();
        assertTrue(Double.isNaN(panel.outcome(a, 1)));
        for (int u = 0; u < panel.unitCount(); u++) {
            for (int t = 0; t < panel.timeCount(); t++) {
                assertNotEquals(999.0, panel.outcome(u, t), "unit " + u + " time " + t);
            }
        }
    }

    @Test
    void declared999_fitsAsIfBlank() throws IOException {
        Path coded = write("coded.csv", panel("999"));
        Path blank = write("blank.csv", panel(""));

        SyntheticControlResult withCode = fit(ImportReader.read(coded, codeInY("999")));
        SyntheticControlResult withBlank = fit(ImportReader.read(blank,
                ImportSettings.defaults()));

        assertFalse(withCode.donors().contains("A"), withCode.donors().toString());
        assertEquals(withBlank.donors(), withCode.donors());
        assertArrayEquals(withBlank.weights(), withCode.weights(), 0.0);
        assertArrayEquals(withBlank.synthetic(), withCode.synthetic(), 0.0);
    }

    @Test
    void undeclared999_changesFit() throws IOException {
        Path coded = write("coded.csv", panel("999"));

        SyntheticControlResult undeclared = fit(ImportReader.read(coded,
                ImportSettings.defaults()));

        // The control for the test above: read as a value, 999 keeps A in the pool.
        assertTrue(undeclared.donors().contains("A"), undeclared.donors().toString());
    }

    @Test
    void columnCode_leavesOtherColumnsAlone() throws IOException {
        Path file = write("coded.csv", panel("999"));

        CsvTable table = ImportReader.read(file, codeInY("999"));

        double[] x = NumericColumns.vector(table, "x", "covariate");
        assertEquals(999.0, x[0], 0.0);
    }

    @Test
    void fileCode_rejectedByCompleteColumnReader() throws IOException {
        Path file = write("coded.csv", panel("999"));
        ImportSettings settings = ImportSettings.defaults().withMissingCodes(List.of("999"));

        CsvTable table = ImportReader.read(file, settings);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> NumericColumns.vector(table, "x", "covariate"));
        assertTrue(error.getMessage().startsWith("coded.csv, line 2, column 'x'"),
                error.getMessage());
        assertTrue(error.getMessage().contains("missing"), error.getMessage());
    }

    @Test
    void everyCode_readAsMissing() throws IOException {
        Path file = write("codes.csv", "unit,t,y\nA,1,NA\nA,2,.\nA,3,#NULL!\nA,4,\nA,5,999\n"
                + "A,6,7\n");
        ImportSettings settings = ImportSettings.defaults()
                .withMissingCodes(List.of("NA", ".", "#NULL!"))
                .withColumnMissingCodes("y", List.of("999"));

        Panel panel = PanelReader.build(ImportReader.read(file, settings),
                new PanelSpec("unit", "t", "y", null));

        double[] y = panel.outcomes(0);
        for (int t = 0; t < 5; t++) {
            assertTrue(Double.isNaN(y[t]), "time " + (t + 1) + " read as " + y[t]);
        }
        assertEquals(7.0, y[5], 0.0);
    }

    @Test
    void codes_matchCaseExactly() {
        ImportSettings settings = ImportSettings.defaults();

        assertTrue(settings.isMissing("y", " NA "));
        assertFalse(settings.isMissing("y", "na"));
        assertTrue(settings.isMissing("y", "   "));
    }
}
