package org.causalworkbench.app.synth;

import java.util.List;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import java.util.List;
import org.causalworkbench.estimators.synth.spillover.DonorScreen;

/**
 * Settings of one donor screen as chosen in the screen panel.
 *
 * @param keepCount rule S1's n, clipped to the pool size when screening
 * @param level the predictive-interval level φ of rule S2
 * @param window the time-averaging window b, 1 for none
 * @param anchor the anchor mode
 * @param penalty the ridge penalty λ on standardised data
 */
public record ScreenSettings(int keepCount, double level, int window, AnchorMode anchor,
        double penalty) {

    /** The interval levels the panel offers. */
    public static final double[] LEVELS = {0.80, 0.90, 0.95, 0.99};

    /** Returns the defaults: n = 30 (the value O'Riordan and Gilligan-Lee, 2025, used for California), φ = 0.95, lag, λ = 1. */
    public static ScreenSettings defaults() {
        return new ScreenSettings(30, DonorScreen.DEFAULT_LEVEL, 1, AnchorMode.LAG,
                DonorScreen.DEFAULT_PENALTY);
    }

    /** Builds the estimator's screen for a pool of {@code poolSize} donors. */
    public DonorScreen toScreen(int poolSize, List<String> trusted) {
        DonorScreen screen = DonorScreen.withDefaults().withAnchor(anchor).withLevel(level)
                .withWindow(window).withPenalty(penalty)
                .withKeepCount(Math.max(1, Math.min(keepCount, poolSize)));
        return anchor == AnchorMode.ANCHORED ? screen.withTrustedDonors(trusted) : screen;
    }
}
