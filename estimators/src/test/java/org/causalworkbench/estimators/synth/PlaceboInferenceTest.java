package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks in-space placebo inference on a seeded panel of one treated unit and six donors over
 * twelve periods, with the intervention at period 9 and an effect of {@link #EFFECT} after it.
 */
class PlaceboInferenceTest {

    private static final String TREATED = "Treated";
    private static final double INTERVENTION = 9;
    private static final int DONOR_COUNT = 6;
    private static final double EFFECT = -3;

    private static Panel panel;
    private static SyntheticControlSetup setup;

    /**
     * Builds donors with different levels and trends plus noise, and a treated unit that mixes
     * donors 1, 2 and 3, so that it is a useful donor for their placebo fits. Each donor also
     * shifts by a random amount from the intervention on, which spreads the placebo ratios so
     * that the treated unit ranks neither first nor last.
     */
    @BeforeAll
    static void buildPanel() {
        Random random = new Random(2024);
        int periods = 12;
        double[][] donors = new double[DONOR_COUNT][periods];
        for (int d = 0; d < DONOR_COUNT; d++) {
            double level = 20 + 12 * d;
            double trend = 0.5 * (d % 3) - 0.4;
            double postShift = 4 * random.nextGaussian();
            for (int t = 0; t < periods; t++) {
                donors[d][t] = level + trend * t + 2 * random.nextGaussian();
                if (t + 1 >= INTERVENTION) {
                    donors[d][t] += postShift;
                }
            }
        }
        StringBuilder csv = new StringBuilder("unit,period,outcome\n");
        for (int t = 0; t < periods; t++) {
            double value = 0.5 * donors[1][t] + 0.3 * donors[2][t] + 0.2 * donors[3][t]
                    + random.nextGaussian();
            if (t + 1 >= INTERVENTION) {
                value += EFFECT;
            }
            csv.append(TREATED).append(',').append(t + 1).append(',').append(value).append('\n');
        }
        for (int d = 0; d < DONOR_COUNT; d++) {
            for (int t = 0; t < periods; t++) {
                csv.append("Donor ").append(d + 1).append(',').append(t + 1).append(',')
                        .append(donors[d][t]).append('\n');
            }
        }
        panel = PanelReader.build(CsvTable.read(new StringReader(csv.toString()), "seeded.csv"),
                new PanelSpec("unit", "period", "outcome", null));
        setup = SyntheticControlSetup.of(panel, TREATED, INTERVENTION, List.of());
    }

    /** Records every progress report and cancels after a given number of them. */
    private static final class RecordingSink implements ProgressSink, CancellationToken {
        private final int cancelAfter;
        private final List<long[]> reports = new ArrayList<>();
        private int messages;

        RecordingSink(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public synchronized void progress(long workDone, long totalWork) {
            reports.add(new long[] {workDone, totalWork});
        }

        @Override
        public synchronized void message(String text) {
            messages++;
        }

        @Override
        public synchronized boolean isCancellationRequested() {
            return reports.size() >= cancelAfter;
        }
    }

    private static PlaceboResult run(PlaceboInference inference) {
        return inference.run(setup, ProgressSink.NONE, CancellationToken.NEVER);
    }

    /** Returns post-RMSPE over pre-RMSPE computed from a gap series. */
    private static double ratioFromGap(double[] gap) {
        int pre = setup.preCount();
        double preSum = 0;
        for (int t = 0; t < pre; t++) {
            preSum += gap[t] * gap[t];
        }
        double postSum = 0;
        for (int t = pre; t < gap.length; t++) {
            postSum += gap[t] * gap[t];
        }
        return Math.sqrt(postSum / (gap.length - pre)) / Math.sqrt(preSum / pre);
    }

    private static SyntheticControlResult directFit(String unit, Collection<String> excluded) {
        return SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(panel, unit, INTERVENTION, excluded));
    }

    private static PlaceboUnit placeboOf(PlaceboResult result, String unit) {
        return result.placebos().stream().filter(p -> p.unit().equals(unit)).findFirst()
                .orElseThrow();
    }

    @Test
    void run_fitsEachDonorAsPlacebo() {
        PlaceboResult result = run(PlaceboInference.withDefaults());

        List<String> units = result.placebos().stream().map(PlaceboUnit::unit).toList();
        assertEquals(setup.donors(), units);
        assertEquals(TREATED, result.treated().unit());
        assertTrue(result.treated().treated(), "treated entry is marked treated");
        assertTrue(result.placebos().stream().noneMatch(PlaceboUnit::treated),
                "no placebo is marked treated");
    }

    @Test
    void run_returnsRmspeMatchingGaps() {
        PlaceboResult result = run(PlaceboInference.withDefaults());

        List<PlaceboUnit> all = new ArrayList<>(result.placebos());
        all.add(result.treated());
        for (PlaceboUnit unit : all) {
            assertEquals(ratioFromGap(unit.gap()), unit.ratio(), 1e-12, unit.unit());
        }
    }

    @ParameterizedTest(name = "treated in placebo pools: {0}")
    @ValueSource(booleans = {false, true})
    void run_ranksTreatedAmongPlaceboRatios(boolean treatedInPools) {
        PlaceboResult result = run(PlaceboInference.withDefaults()
                .withTreatedInPlaceboPools(treatedInPools));

        double treatedRatio = ratioFromGap(result.treated().gap());
        int rank = 1;
        for (PlaceboUnit placebo : result.placebos()) {
            if (ratioFromGap(placebo.gap()) >= treatedRatio) {
                rank++;
            }
        }
        assertTrue(rank > 1, "the seeded panel must not rank the treated unit first, or the"
                + " count of placebos at or above it goes untested");
        assertEquals(rank, result.rank(), "rank");
        assertEquals(rank / (DONOR_COUNT + 1.0), result.pValue(), 1e-15, "p-value");
    }

    @Test
    void run_excludesTreatedFromPools_byDefault() {
        PlaceboResult result = run(PlaceboInference.withDefaults());

        assertFalse(result.treatedInPlaceboPools());
        for (String donor : setup.donors()) {
            double[] expected = directFit(donor, List.of(TREATED)).gap();
            assertArrayEquals(expected, placeboOf(result, donor).gap(), 1e-9, donor);
        }
    }

    @Test
    void run_includesTreatedInPools_whenEnabled() {
        PlaceboResult result = run(PlaceboInference.withDefaults()
                .withTreatedInPlaceboPools(true));

        assertTrue(result.treatedInPlaceboPools());
        for (String donor : setup.donors()) {
            double[] expected = directFit(donor, List.of()).gap();
            assertArrayEquals(expected, placeboOf(result, donor).gap(), 1e-9, donor);
        }
    }

    /**
     * Checks that some placebo fit puts weight on the treated unit when allowed to. Otherwise the
     * two pool tests above could not tell the settings apart.
     */
    @Test
    void directFit_givesTreatedWeight_inSomePlacebo() {
        double largest = 0;
        for (String donor : setup.donors()) {
            largest = Math.max(largest, directFit(donor, List.of()).weightOf(TREATED));
        }

        assertTrue(largest > 0.05, "largest weight of the treated unit: " + largest);
    }

    @Test
    void filteredPlacebos_applyPreMspeCutoff() {
        PlaceboResult unfiltered = run(PlaceboInference.withDefaults());
        double treatedPreMspe = unfiltered.treated().preMspe();
        double[] sorted = unfiltered.placebos().stream().mapToDouble(PlaceboUnit::preMspe)
                .sorted().toArray();
        double multiple = (sorted[2] + sorted[3]) / 2 / treatedPreMspe;

        PlaceboResult result = run(PlaceboInference.withDefaults().withPreMspeFilter(multiple));

        List<String> expected = new ArrayList<>();
        for (PlaceboUnit placebo : result.placebos()) {
            if (placebo.preMspe() <= multiple * result.treated().preMspe()) {
                expected.add(placebo.unit());
            }
        }
        List<String> kept = result.filteredPlacebos().stream().map(PlaceboUnit::unit).toList();
        assertEquals(3, expected.size(), "placebos below the cut-off");
        assertEquals(expected, kept);
    }

    @Test
    void run_keepsRankAndPValue_whenFiltered() {
        PlaceboResult unfiltered = run(PlaceboInference.withDefaults());

        PlaceboResult filtered = run(PlaceboInference.withDefaults().withPreMspeFilter(1e-6));

        assertEquals(unfiltered.rank(), filtered.rank(), "rank");
        assertEquals(unfiltered.pValue(), filtered.pValue(), "p-value");
        assertEquals(DONOR_COUNT, filtered.placebos().size(), "placebos");
        assertTrue(filtered.filteredPlacebos().size() < DONOR_COUNT, "placebos plotted");
    }

    @Test
    void run_throwsCancellation_afterThirdProgressReport() {
        RecordingSink sink = new RecordingSink(3);

        assertThrows(CancellationException.class,
                () -> PlaceboInference.withDefaults().run(setup, sink, sink));

        assertEquals(3, sink.reports.size(), "progress reports, one per finished fit");
        assertEquals(3, sink.messages, "fits started");
    }

    @Test
    void run_throwsCancellation_beforeFirstFit() {
        RecordingSink sink = new RecordingSink(0);

        assertThrows(CancellationException.class,
                () -> PlaceboInference.withDefaults().run(setup, sink, sink));

        assertEquals(0, sink.reports.size(), "progress reports");
        assertEquals(0, sink.messages, "fits started");
    }

    @Test
    void run_reportsProgressUpToDonorsPlusOne() {
        RecordingSink sink = new RecordingSink(Integer.MAX_VALUE);

        PlaceboInference.withDefaults().run(setup, sink, sink);

        int total = DONOR_COUNT + 1;
        assertEquals(total, sink.reports.size(), "reports");
        for (int i = 0; i < sink.reports.size(); i++) {
            long[] report = sink.reports.get(i);
            assertEquals(i + 1, report[0], "work done in report " + i);
            assertEquals(total, report[1], "total work in report " + i);
        }
    }

    @Test
    void run_rejectsSingleDonorPool() {
        List<String> allButOne = new ArrayList<>(setup.donors().subList(1, DONOR_COUNT));
        SyntheticControlSetup single = SyntheticControlSetup.of(panel, TREATED, INTERVENTION,
                allButOne);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlaceboInference.withDefaults().run(single, ProgressSink.NONE,
                        CancellationToken.NEVER));

        assertTrue(error.getMessage().contains("'" + TREATED + "'"), error.getMessage());
    }

    @Test
    void withPreMspeFilter_rejectsNonPositiveMultiple() {
        PlaceboInference defaults = PlaceboInference.withDefaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withPreMspeFilter(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withPreMspeFilter(-2));
        assertThrows(IllegalArgumentException.class,
                () -> defaults.withPreMspeFilter(Double.NaN));
    }

    @Test
    void placebosWithinPreMspe_keepsAll_forInfinity() {
        PlaceboResult result = run(PlaceboInference.withDefaults().withPreMspeFilter(1e-6));

        List<PlaceboUnit> kept = result.placebosWithinPreMspe(Double.POSITIVE_INFINITY);

        assertEquals(DONOR_COUNT, kept.size());
    }
}
