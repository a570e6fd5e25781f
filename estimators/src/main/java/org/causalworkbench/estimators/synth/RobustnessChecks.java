package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Runs the in-time placebo and the leave-one-donor-out refits of an outcome-only synthetic
 * control (Abadie, Diamond and Hainmueller 2015, Am. J. Political Sci. 59, 495-510).
 *
 * <ul>
 *   <li><strong>In-time placebo:</strong> a fake intervention time inside the pre-period. The
 *       weights are fitted on the periods before it only, and the placebo gap over the fake
 *       post-period (the fake time up to the real intervention, exclusive) should stay near zero.
 *       The ratio is the RMSPE over that window divided by the RMSPE before the fake time.</li>
 *   <li><strong>Leave one donor out:</strong> one refit per donor with positive weight, with that
 *       donor removed from the pool; the spread of the ATTs shows how much the estimate rests on
 *       any single donor.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class RobustnessChecks {

    /** Weights above this count as positive when choosing donors to leave out. */
    static final double POSITIVE_WEIGHT = 1e-6;

    private final SyntheticControl estimator;

    private RobustnessChecks(SyntheticControl estimator) {
        this.estimator = estimator;
    }

    /** Returns the checks with the default outcome-only estimator. */
    public static RobustnessChecks withDefaults() {
        return new RobustnessChecks(SyntheticControl.withDefaults());
    }

    /** Returns a copy that fits with another estimator. */
    public RobustnessChecks withEstimator(SyntheticControl syntheticControl) {
        return new RobustnessChecks(syntheticControl);
    }

    /**
     * Result of an in-time placebo.
     *
     * @param placeboTime the fake intervention time
     * @param fit the refit with the fake time; its series cover every panel time, and its ATT
     *     and post-RMSPE run over all times from the fake one, real post-period included
     * @param placeboGap the gap at each time from the fake time to the real intervention,
     *     exclusive
     * @param placeboRmspe the RMSPE over those times
     * @param ratio {@code placeboRmspe} divided by the fit's pre-RMSPE
     */
    public record InTimePlacebo(double placeboTime, SyntheticControlResult fit,
            double[] placeboGap, double placeboRmspe, double ratio) {

        /** Copies the gap. */
        public InTimePlacebo {
            placeboGap = placeboGap.clone();
        }

        @Override
        public double[] placeboGap() {
            return placeboGap.clone();
        }
    }

    /**
     * Result of the leave-one-donor-out refits.
     *
     * @param full the fit on the whole pool
     * @param leftOut the donors left out, those with positive weight in {@code full}
     * @param refits one fit per left-out donor, in the same order
     * @param minAtt the smallest ATT among the refits
     * @param maxAtt the largest ATT among the refits
     */
    public record LeaveOneOut(SyntheticControlResult full, List<String> leftOut,
            List<SyntheticControlResult> refits, double minAtt, double maxAtt) {

        /** Copies the lists. */
        public LeaveOneOut {
            leftOut = List.copyOf(leftOut);
            refits = List.copyOf(refits);
        }
    }

    /**
     * Refits with a fake intervention time.
     *
     * @param setup the real problem
     * @param placeboTime a panel time before the real intervention, with at least two periods
     *     before it
     * @return the placebo
     * @throws IllegalArgumentException if the time is not such a panel time
     */
    public InTimePlacebo inTime(SyntheticControlSetup setup, double placeboTime) {
        SyntheticControlSetup placebo = setup.withEarlierIntervention(placeboTime);
        SyntheticControlResult fit = estimator.fit(placebo);
        int from = placebo.preCount();
        int to = setup.preCount();
        double[] gap = fit.gap();
        double[] window = Arrays.copyOfRange(gap, from, to);
        double rmspe = GapStatistics.rmspe(gap, from, to, fit.observed(), from);
        return new InTimePlacebo(placeboTime, fit, window, rmspe, rmspe / fit.preRmspe());
    }

    /**
     * Refits once per positive-weight donor with that donor left out.
     *
     * @param setup the problem
     * @param progress one unit per refit
     * @param cancellation checked before every fit
     * @return the refits
     * @throws java.util.concurrent.CancellationException if cancelled
     * @throws IllegalArgumentException if the pool has only one donor
     */
    public LeaveOneOut leaveOneOut(SyntheticControlSetup setup, ProgressSink progress,
            CancellationToken cancellation) {
        cancellation.throwIfCancellationRequested();
        SyntheticControlResult full = estimator.fit(setup);
        List<String> leftOut = new ArrayList<>();
        for (String donor : setup.donors()) {
            if (full.weightOf(donor) > POSITIVE_WEIGHT) {
                leftOut.add(donor);
            }
        }
        List<SyntheticControlResult> refits = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < leftOut.size(); i++) {
            cancellation.throwIfCancellationRequested();
            progress.message("Refit without " + leftOut.get(i));
            SyntheticControlResult refit = estimator.fit(setup.withoutDonor(leftOut.get(i)));
            refits.add(refit);
            min = Math.min(min, refit.att());
            max = Math.max(max, refit.att());
            progress.progress(i + 1L, leftOut.size());
        }
        return new LeaveOneOut(full, leftOut, refits, min, max);
    }

    /**
     * Refits without one donor, which need not have positive weight.
     *
     * @param setup the problem
     * @param donor a donor of the pool
     * @return the refit
     */
    public SyntheticControlResult withoutDonor(SyntheticControlSetup setup, String donor) {
        return estimator.fit(setup.withoutDonor(donor));
    }
}
