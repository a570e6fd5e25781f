package org.causalworkbench.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FactorModelPanelGeneratorTest {

    private static final String RESOURCE = "/org/causalworkbench/sample/factor-panel.csv";

    private static final String REGENERATE_HINT = "The shipped " + RESOURCE + " differs from"
            + " generateCsv(). If the model changed on purpose, regenerate the file by running"
            + " FactorModelPanelGenerator.main with the path"
            + " sample-data/src/main/resources" + RESOURCE;

    /** Donors of the treated unit's convex combination, as the generator's Javadoc states. */
    private static final List<String> STATED_DONORS =
            List.of("Region 06", "Region 11", "Region 18", "Region 19");

    /** Weights of {@link #STATED_DONORS}, as the generator's Javadoc states. */
    private static final double[] STATED_WEIGHTS = {0.4, 0.3, 0.2, 0.1};

    /** One parsed data row of the CSV text, with the outcome both as written and as parsed. */
    private record Row(
            String region, int period, String outcomeText, double outcome, String treated) {
    }

    @Test
    void generateCsv_matchesShippedResource() throws IOException {
        String shipped;
        Class<?> testClass = FactorModelPanelGeneratorTest.class;
        try (InputStream stream = testClass.getResourceAsStream(RESOURCE)) {
            assertNotNull(stream, RESOURCE + " is missing from the test class path");
            shipped = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        String generated = FactorModelPanelGenerator.generateCsv();

        // Compares line by line first, so a failure shows one line and not two 600-line texts.
        String[] shippedLines = shipped.split("\n", -1);
        String[] generatedLines = generated.split("\n", -1);
        int lineCount = Math.min(shippedLines.length, generatedLines.length);
        for (int i = 0; i < lineCount; i++) {
            assertEquals(shippedLines[i], generatedLines[i],
                    REGENERATE_HINT + ". First difference at line " + (i + 1));
        }
        assertEquals(shippedLines.length, generatedLines.length, REGENERATE_HINT + ". Line count");
        assertTrue(shipped.equals(generated), REGENERATE_HINT);
    }

    @Test
    void generateCsv_isRepeatable() {
        String first = FactorModelPanelGenerator.generateCsv();
        String second = FactorModelPanelGenerator.generateCsv();

        assertEquals(first, second);
    }

    @Test
    void generateCsv_hasHeaderAndLfLineEndings() {
        String csv = FactorModelPanelGenerator.generateCsv();

        assertTrue(csv.startsWith("region,period,outcome,treated\n"), "header row");
        assertFalse(csv.contains("\r"), "carriage return in the CSV text");
        assertTrue(csv.endsWith("\n"), "last line ends with \\n");
    }

    @Test
    void generateCsv_oneRowPerUnitAndPeriod() {
        List<Row> rows = parseRows(FactorModelPanelGenerator.generateCsv());

        assertEquals(20 * 30, rows.size(), "row count");
        for (int unit = 0; unit < 20; unit++) {
            String expectedRegion = String.format(Locale.ROOT, "Region %02d", unit + 1);
            for (int period = 1; period <= 30; period++) {
                Row row = rows.get(unit * 30 + period - 1);
                assertEquals(expectedRegion, row.region(), "region of row " + row);
                assertEquals(period, row.period(), "period of row " + row);
            }
        }
    }

    @Test
    void generateCsv_outcomesFiniteAndInRange() {
        List<Row> rows = parseRows(FactorModelPanelGenerator.generateCsv());

        for (Row row : rows) {
            assertTrue(Double.isFinite(row.outcome()), "finite outcome in " + row);
            assertTrue(row.outcome() >= FactorModelPanelGenerator.MIN_OUTCOME,
                    "outcome below " + FactorModelPanelGenerator.MIN_OUTCOME + " in " + row);
            assertTrue(row.outcome() <= FactorModelPanelGenerator.MAX_OUTCOME,
                    "outcome above " + FactorModelPanelGenerator.MAX_OUTCOME + " in " + row);
        }
    }

    @Test
    void generateCsv_outcomesHaveFourDecimals() {
        for (Row row : parseRows(FactorModelPanelGenerator.generateCsv())) {
            assertTrue(row.outcomeText().matches("\\d+\\.\\d{4}"), "outcome format in " + row);
        }
    }

    @Test
    void generateCsv_treatedOnlyForRegion01FromPeriod21() {
        for (Row row : parseRows(FactorModelPanelGenerator.generateCsv())) {
            boolean expected = row.region().equals("Region 01") && row.period() >= 21;
            assertEquals(expected ? "True" : "False", row.treated(), "treated flag in " + row);
        }
    }

    @Test
    void generateCsv_outcomesEqualObservedOutcomes() {
        double[][] observed = FactorModelPanelGenerator.generateOutcomes().observed();
        List<Row> rows = parseRows(FactorModelPanelGenerator.generateCsv());

        for (int unit = 0; unit < 20; unit++) {
            for (int period = 1; period <= 30; period++) {
                Row row = rows.get(unit * 30 + period - 1);
                String expected =
                        FactorModelPanelGenerator.formatOutcome(observed[unit][period - 1]);
                assertEquals(expected, row.outcomeText(), "outcome in " + row);
            }
        }
    }

    @Test
    void generateOutcomes_effectOnlyInTreatedPostPeriods() {
        FactorModelPanelGenerator.Outcomes outcomes = FactorModelPanelGenerator.generateOutcomes();

        for (int unit = 0; unit < 20; unit++) {
            for (int period = 1; period <= 30; period++) {
                double effect = outcomes.observed()[unit][period - 1]
                        - outcomes.untreated()[unit][period - 1];
                double expected = unit == 0 && period >= 21 ? -5.0 : 0.0;
                // No tolerance, because y - 5 is exact in double arithmetic for outcomes above 10.
                assertEquals(expected, effect, 0.0,
                        "effect for unit " + FactorModelPanelGenerator.unitNames().get(unit)
                                + " in period " + period);
            }
        }
    }

    @Test
    void generateCsv_effectExactInOutcomeText() {
        double[][] untreated = FactorModelPanelGenerator.generateOutcomes().untreated();
        List<Row> rows = parseRows(FactorModelPanelGenerator.generateCsv());

        for (int period = 21; period <= 30; period++) {
            Row row = rows.get(period - 1);
            String untreatedText =
                    FactorModelPanelGenerator.formatOutcome(untreated[0][period - 1]);
            BigDecimal expected = new BigDecimal(untreatedText).subtract(new BigDecimal("5"));

            assertEquals(expected.toPlainString(), row.outcomeText(),
                    "outcome text of Region 01 in period " + period + ", where the untreated"
                            + " outcome is " + untreatedText);
        }
    }

    @Test
    void donorCombination_matchesJavadoc() {
        assertEquals(STATED_DONORS, FactorModelPanelGenerator.COMBINED_DONORS);
        assertEquals(List.of(0.4, 0.3, 0.2, 0.1), FactorModelPanelGenerator.DONOR_WEIGHTS);
    }

    @Test
    void generateOutcomes_treatedMatchesDonorCombination() {
        double[][] untreated = FactorModelPanelGenerator.generateOutcomes().untreated();

        // The residual is e_1t minus the weighted donor noise, so its standard deviation is
        // sigma * sqrt(1 + 0.4^2 + 0.3^2 + 0.2^2 + 0.1^2), about 1.14 * sigma.
        double sigma = FactorModelPanelGenerator.NOISE_STANDARD_DEVIATION;
        double residualRms = combinationResidualRms(untreated, STATED_DONORS, STATED_WEIGHTS);
        assertTrue(residualRms < 1.5 * sigma,
                "RMS of treated minus stated combination is " + residualRms);
        assertTrue(residualRms > 0.5 * sigma,
                "RMS of treated minus stated combination is " + residualRms
                        + ", so the treated unit has too little noise");
    }

    @Test
    void generateOutcomes_wrongCombinationsMissTreated() {
        // Shows that the combination test can fail. Each likely mistake in the treated unit's
        // parameters misses its outcomes by far more than the noise.
        double[][] untreated = FactorModelPanelGenerator.generateOutcomes().untreated();
        double threshold = 4.0 * FactorModelPanelGenerator.NOISE_STANDARD_DEVIATION;

        double[] reversedWeights = {0.1, 0.2, 0.3, 0.4};
        double reversed = combinationResidualRms(untreated, STATED_DONORS, reversedWeights);
        assertTrue(reversed > threshold, "RMS with reversed weights is " + reversed);

        double[] equalWeights = {0.25, 0.25, 0.25, 0.25};
        double equal = combinationResidualRms(untreated, STATED_DONORS, equalWeights);
        assertTrue(equal > threshold, "RMS with equal weights is " + equal);

        for (int shift : new int[] {-1, 1}) {
            List<String> neighbors = shiftDonors(STATED_DONORS, shift);
            double shifted = combinationResidualRms(untreated, neighbors, STATED_WEIGHTS);
            assertTrue(shifted > threshold, "RMS with donors " + neighbors + " is " + shifted);
        }
    }

    /**
     * Computes the RMS over all periods of Region 01's untreated outcome minus the weighted
     * untreated outcomes of {@code donors}.
     */
    private static double combinationResidualRms(
            double[][] untreated, List<String> donors, double[] weights) {
        List<String> names = FactorModelPanelGenerator.unitNames();
        double sumOfSquares = 0.0;
        for (int period = 0; period < 30; period++) {
            double combination = 0.0;
            for (int j = 0; j < donors.size(); j++) {
                combination += weights[j] * untreated[names.indexOf(donors.get(j))][period];
            }
            double residual = untreated[0][period] - combination;
            sumOfSquares += residual * residual;
        }
        return Math.sqrt(sumOfSquares / 30);
    }

    /** Returns the donors whose region numbers differ from {@code donors} by {@code shift}. */
    private static List<String> shiftDonors(List<String> donors, int shift) {
        List<String> names = FactorModelPanelGenerator.unitNames();
        List<String> shifted = new ArrayList<>();
        for (String donor : donors) {
            String neighbor = names.get(names.indexOf(donor) + shift);
            assertFalse(neighbor.equals("Region 01"), "shifted donor is the treated unit");
            shifted.add(neighbor);
        }
        return shifted;
    }

    private static List<Row> parseRows(String csv) {
        String[] lines = csv.split("\n");
        List<Row> rows = new ArrayList<>(lines.length - 1);
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split(",", -1);
            assertEquals(4, fields.length, "field count in line " + (i + 1) + ": " + lines[i]);
            rows.add(new Row(fields[0], Integer.parseInt(fields[1]), fields[2],
                    Double.parseDouble(fields[2]), fields[3]));
        }
        return rows;
    }
}
