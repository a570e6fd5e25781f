package org.causalworkbench.estimators.synth.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreen;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.junit.jupiter.api.Test;

/** Checks the S1 and S2 strategies on single panels against a direct screen. */
class ScreenStrategiesTest {

    private static final SpilloverProcess PROCESS = SpilloverProcess.withDefaults()
            .withDonors(30).withPrePeriods(25).withPostPeriods(5);

    private static DonorScreenResult screen(SpilloverPanel panel) {
        return DonorScreen.withDefaults().screen(panel.toSetup(List.of()), ProgressSink.NONE,
                CancellationToken.NEVER);
    }

    private static int index(String donor) {
        return Integer.parseInt(donor.substring("donor".length())) - 1;
    }

    @Test
    void strategies_matchDirectScreen() {
        SpilloverPanel panel = PROCESS.generate(5);
        DonorScreenResult direct = screen(panel);
        int[] expectedS2 = direct.keptByInterval().stream()
                .mapToInt(ScreenStrategiesTest::index).toArray();
        assertArrayEquals(expectedS2, ScreenStrategies.insideInterval(0.95).selection()
                .keptDonors(panel));

        int[] s1 = ScreenStrategies.topN(7).selection().keptDonors(panel);
        assertEquals(7, s1.length);
        double worstKept = Arrays.stream(s1)
                .mapToDouble(j -> direct.scoreOf(SpilloverPanel.donorName(j)).orElseThrow()
                        .score())
                .max().orElseThrow();
        for (DonorScore score : direct.scores()) {
            if (Arrays.stream(s1).noneMatch(j -> j == index(score.donor()))) {
                assertTrue(score.score() >= worstKept, score.toString());
            }
        }
    }

    @Test
    void largeSpillover_bothRulesKeepValidDonors() {
        // A spillover of -50 dwarfs the common shock, so both rules separate the donors.
        SpilloverPanel panel = PROCESS.withSpillover(-50).generate(9);
        int[] s1 = ScreenStrategies.topN(PROCESS.validDonorCount()).selection()
                .keptDonors(panel);
        int[] s2 = ScreenStrategies.insideInterval(0.95).selection().keptDonors(panel);
        Arrays.sort(s1);
        assertArrayEquals(panel.validDonors(), s1);
        for (int donor : s2) {
            assertTrue(!panel.isInvalid(donor), "S2 kept invalid donor " + donor);
        }
    }

    @Test
    void topN_largerThanPool_failsReplicate() {
        SpilloverReplicateRunner runner = SpilloverReplicateRunner.of(PROCESS).withReplicates(1)
                .withStrategies(ScreenStrategies.topN(31));
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> runner.run(ProgressSink.NONE, CancellationToken.NEVER));
        assertTrue(failure.getMessage().contains("larger than the donor pool of 30"),
                failure.getMessage());
    }

    @Test
    void strategies_haveColumnNames() {
        assertEquals("S1", ScreenStrategies.topN(3).name());
        assertEquals("S2", ScreenStrategies.insideInterval(0.9).name());
        assertThrows(IllegalArgumentException.class, () -> ScreenStrategies.insideInterval(1));
        assertThrows(IllegalArgumentException.class, () -> ScreenStrategies.topN(0));
    }
}
