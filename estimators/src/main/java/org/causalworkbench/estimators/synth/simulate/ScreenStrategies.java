package org.causalworkbench.estimators.synth.simulate;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.spillover.DonorScreen;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;

/**
 * The keep rules of O'Riordan and Gilligan-Lee (2025) as {@link DonorStrategy}s for a
 * {@link SpilloverReplicateRunner} study. Both run a {@link DonorScreen} on the simulated panel
 * without looking at its truth:
 *
 * <ul>
 *   <li>{@link #topN S1} keeps the n donors whose first post-intervention value the screen
 *       predicts best (smallest anomaly score).</li>
 *   <li>{@link #insideInterval S2} keeps the donors whose first post-intervention value lies
 *       inside the screen's predictive interval at level φ. If every donor falls outside, S2
 *       keeps the single best-predicted donor, because a synthetic control needs one.</li>
 * </ul>
 *
 * <p>The screen reads the panel through {@link SpilloverPanel#toSetup}, so its numbers match a
 * screen of the same data read from CSV.
 */
public final class ScreenStrategies {

    /** Column name of rule S1. */
    public static final String TOP_N_NAME = "S1";

    /** Column name of rule S2. */
    public static final String INTERVAL_NAME = "S2";

    private ScreenStrategies() {
    }

    /**
     * Returns rule S1 with the default lag-anchor screen.
     *
     * @param keep n, at least 1 and at most the panel's donor count
     * @return the strategy named {@value #TOP_N_NAME}
     */
    public static DonorStrategy topN(int keep) {
        return topN(DonorScreen.withDefaults(), keep);
    }

    /**
     * Returns rule S1 with a configured screen, whose own keep count is replaced by
     * {@code keep}.
     *
     * @param screen the screen settings
     * @param keep n, at least 1; a panel with fewer donors makes the replicate fail
     * @return the strategy named {@value #TOP_N_NAME}
     */
    public static DonorStrategy topN(DonorScreen screen, int keep) {
        DonorScreen configured = screen.withKeepCount(keep);
        return new DonorStrategy(TOP_N_NAME,
                panel -> indices(run(configured, panel).keptByTopN()));
    }

    /**
     * Returns rule S2 with the default lag-anchor screen.
     *
     * @param level φ, strictly between 0 and 1
     * @return the strategy named {@value #INTERVAL_NAME}
     */
    public static DonorStrategy insideInterval(double level) {
        return insideInterval(DonorScreen.withDefaults(), level);
    }

    /**
     * Returns rule S2 with a configured screen, whose level is replaced by {@code level}.
     *
     * @param screen the screen settings
     * @param level φ, strictly between 0 and 1
     * @return the strategy named {@value #INTERVAL_NAME}
     */
    public static DonorStrategy insideInterval(DonorScreen screen, double level) {
        DonorScreen configured = screen.withLevel(level);
        return new DonorStrategy(INTERVAL_NAME, panel -> {
            DonorScreenResult result = run(configured, panel);
            if (!result.keptByInterval().isEmpty()) {
                return indices(result.keptByInterval());
            }
            String best = result.scores().stream().filter(s -> s.rank() == result.scores().size())
                    .findFirst().orElseThrow().donor();
            return indices(List.of(best));
        });
    }

    private static DonorScreenResult run(DonorScreen screen, SpilloverPanel panel) {
        return screen.screen(panel.toSetup(List.of()), ProgressSink.NONE,
                CancellationToken.NEVER);
    }

    /** Maps names {@code donor<i + 1>} back to indices i. */
    private static int[] indices(List<String> donors) {
        int prefix = SpilloverPanel.donorName(0).length() - 1;
        return donors.stream().mapToInt(name -> Integer.parseInt(name.substring(prefix)) - 1)
                .toArray();
    }
}
