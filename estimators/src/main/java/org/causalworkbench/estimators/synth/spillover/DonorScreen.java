package org.causalworkbench.estimators.synth.spillover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Screens a synthetic control's donors for post-intervention spillovers by checking how well each
 * donor's untreated value is predicted.
 *
 * <p>The default {@link AnchorMode#LAG} mode follows O'Riordan and Gilligan-Lee (2025): after
 * standardising every donor on the pre-period, each donor's first post-intervention value is
 * forecast from all donors' values one period earlier. A donor reached by the intervention misses
 * its forecast. Later periods are not tested because their lags may already be contaminated.
 * The forecaster is a conjugate Bayesian ridge with a closed-form Student-t predictive (see
 * {@link #withPenalty(double)} and {@link #withPrior(double, double)}). Two keep rules follow:
 * S1 keeps the n donors with the smallest anomaly score, S2 those inside the predictive interval
 * at level φ.
 *
 * <p>The tested period is the setup's intervention time, the first post-intervention period.
 * O'Riordan and Gilligan-Lee index that period as T0, while here the pre-period ends just before
 * it.
 *
 * <p>The predictive standard deviation in {@link DonorScore} is the Student-t's own,
 * scale·sqrt(ν/(ν−2)) with ν = 2a, so z-scores are slightly smaller than error divided by the
 * scale. On Proposition 99 with 15 packs taken from Utah's post-period, Utah's z is −4.27 under
 * the defaults, where a frequentist ridge variance with effective degrees of freedom gives −4.15.
 *
 * <p>The screen assumes invariant mechanisms, donors that proxy every relevant latent factor and
 * no latent shock at the moment of the intervention. A shock common to all donors at that moment
 * looks like a spillover in every donor; {@link AnchorMode#ANCHORED} cancels it with donors the
 * user trusts. The result is evidence, not a verdict.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: O'Riordan and Gilligan-Lee (2025), Spillover detection for donor selection in
 * synthetic control models, J. Causal Inference 13, 20240036, doi:10.1515/jci-2024-0036.
 */
public final class DonorScreen {

    /** Default ridge penalty on standardised data. */
    public static final double DEFAULT_PENALTY = 1;

    /**
     * Default inverse-gamma prior shape and scale for the noise variance: a vague prior, so the
     * predictive scale is driven by the residuals.
     */
    public static final double DEFAULT_PRIOR_SHAPE = 1e-3;

    /** Default inverse-gamma prior scale, see {@link #DEFAULT_PRIOR_SHAPE}. */
    public static final double DEFAULT_PRIOR_SCALE = 1e-3;

    /** Default level φ of the predictive interval. */
    public static final double DEFAULT_LEVEL = 0.95;

    /** Linear system that the ridge factorises. */
    public enum RidgeForm {
        /** The dual form when donors outnumber fitting transitions, else the primal. */
        AUTO,
        /** The donors&times;donors system. */
        PRIMAL,
        /** The transitions&times;transitions Gram system. */
        DUAL;

        boolean usesDual(int donors, int transitions) {
            return this == DUAL || (this == AUTO && donors > transitions);
        }
    }

    private static final DonorScreen DEFAULTS = new DonorScreen(AnchorMode.LAG, DEFAULT_PENALTY,
            null, DEFAULT_PRIOR_SHAPE, DEFAULT_PRIOR_SCALE, DEFAULT_LEVEL, -1, 1, List.of(),
            RidgeForm.AUTO);

    private final AnchorMode anchor;
    private final double penalty;
    private final double[] penaltyGrid;
    private final double priorShape;
    private final double priorScale;
    private final double level;
    private final int keepCount;
    private final int window;
    private final List<String> trustedDonors;
    private final RidgeForm ridgeForm;

    private DonorScreen(AnchorMode anchor, double penalty, double[] penaltyGrid,
            double priorShape, double priorScale, double level, int keepCount, int window,
            List<String> trustedDonors, RidgeForm ridgeForm) {
        this.anchor = anchor;
        this.penalty = penalty;
        this.penaltyGrid = penaltyGrid;
        this.priorShape = priorShape;
        this.priorScale = priorScale;
        this.level = level;
        this.keepCount = keepCount;
        this.window = window;
        this.trustedDonors = List.copyOf(trustedDonors);
        this.ridgeForm = ridgeForm;
    }

    /**
     * Returns the screen with default settings: lag anchor, λ = 1, prior IG(0.001, 0.001),
     * φ = 0.95, no S1 cut (n = pool size), no time-averaging, automatic ridge form.
     */
    public static DonorScreen withDefaults() {
        return DEFAULTS;
    }

    /** Returns a copy with another anchor mode. */
    public DonorScreen withAnchor(AnchorMode anchorMode) {
        return new DonorScreen(anchorMode, penalty, penaltyGrid, priorShape, priorScale, level,
                keepCount, window, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy with a fixed ridge penalty λ, on standardised data.
     *
     * @param lambda a positive penalty
     * @return the copy
     */
    public DonorScreen withPenalty(double lambda) {
        requirePositive(lambda, "the ridge penalty");
        return new DonorScreen(anchor, lambda, null, priorShape, priorScale, level, keepCount,
                window, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy that picks λ from a grid by leave-last-out cross-validation: every candidate
     * is fitted without the last pre-period transition and scored by its mean squared forecast
     * error of that transition over all donors. Ties go to the larger penalty.
     *
     * @param candidates positive penalties, at least one
     * @return the copy
     */
    public DonorScreen withCrossValidatedPenalty(double... candidates) {
        if (candidates.length == 0) {
            throw new IllegalArgumentException("the penalty grid is empty; give at least one"
                    + " positive penalty, such as 0.01, 0.1, 1, 10 and 100.");
        }
        for (double candidate : candidates) {
            requirePositive(candidate, "every penalty in the cross-validation grid");
        }
        return new DonorScreen(anchor, penalty, candidates.clone(), priorShape, priorScale,
                level, keepCount, window, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy with another inverse-gamma prior IG(a0, b0) on the forecast noise variance
     * of standardised data.
     *
     * @param shape a0, positive
     * @param scale b0, positive
     * @return the copy
     */
    public DonorScreen withPrior(double shape, double scale) {
        requirePositive(shape, "the prior shape a0");
        requirePositive(scale, "the prior scale b0");
        return new DonorScreen(anchor, penalty, penaltyGrid, shape, scale, level, keepCount,
                window, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy with another predictive-interval level φ, which sets rule S2's
     * false-positive rate to about 1 − φ.
     *
     * @param phi a level strictly between 0 and 1, such as 0.9 or 0.95
     * @return the copy
     */
    public DonorScreen withLevel(double phi) {
        if (!(phi > 0 && phi < 1)) {
            throw new IllegalArgumentException("the interval level φ must lie strictly between"
                    + " 0 and 1, got " + phi + "; use a value such as 0.9 or 0.95.");
        }
        return new DonorScreen(anchor, penalty, penaltyGrid, priorShape, priorScale, phi,
                keepCount, window, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy whose rule S1 keeps the {@code n} donors with the smallest score. The pool
     * size is checked when screening.
     *
     * @param n a positive count
     * @return the copy
     */
    public DonorScreen withKeepCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the S1 keep count n must be at least 1, got "
                    + n + ".");
        }
        return new DonorScreen(anchor, penalty, penaltyGrid, priorShape, priorScale, level, n,
                window, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy that averages over buckets of {@code periods} periods before screening.
     *
     * @param periods a positive window, 1 for none
     * @return the copy
     */
    public DonorScreen withWindow(int periods) {
        if (periods < 1) {
            throw new IllegalArgumentException("the time-averaging window must be at least 1"
                    + " period, got " + periods + ".");
        }
        return new DonorScreen(anchor, penalty, penaltyGrid, priorShape, priorScale, level,
                keepCount, periods, trustedDonors, ridgeForm);
    }

    /**
     * Returns a copy with the trusted donors that {@link AnchorMode#ANCHORED} re-centres on.
     *
     * @param donors donors of the pool believed free of spillover
     * @return the copy
     */
    public DonorScreen withTrustedDonors(Collection<String> donors) {
        return new DonorScreen(anchor, penalty, penaltyGrid, priorShape, priorScale, level,
                keepCount, window, new ArrayList<>(new LinkedHashSet<>(donors)), ridgeForm);
    }

    /** Returns a copy that factorises the given ridge form. */
    public DonorScreen withRidgeForm(RidgeForm form) {
        return new DonorScreen(anchor, penalty, penaltyGrid, priorShape, priorScale, level,
                keepCount, window, trustedDonors, form);
    }

    /**
     * Screens the setup's donor pool. Progress is reported per cross-validation candidate or per
     * leave-one-out fit, and the token is checked before each.
     *
     * @param setup the synthetic-control problem whose donors are screened
     * @param progress receives progress
     * @param cancellation checked between fits
     * @return one score per donor and the donors each rule keeps
     * @throws IllegalArgumentException if a setting does not fit the setup
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public DonorScreenResult screen(SyntheticControlSetup setup, ProgressSink progress,
            CancellationToken cancellation) {
        List<String> donors = setup.donors();
        if (keepCount > donors.size()) {
            throw new IllegalArgumentException("the S1 keep count n = " + keepCount
                    + " is larger than the donor pool of " + donors.size() + "; choose n of at"
                    + " most " + donors.size() + ".");
        }
        int[] trusted = trustedIndices(donors);
        ScreenSeries series = ScreenSeries.of(setup, window);
        if (penaltyGrid != null && anchor != AnchorMode.LEAVE_ONE_OUT
                && series.preBuckets() < ScreenSeries.MIN_PRE_BUCKETS + 1) {
            throw new IllegalArgumentException("cross-validating the penalty needs at least "
                    + (ScreenSeries.MIN_PRE_BUCKETS + 1) + " pre-period buckets, but there are "
                    + series.preBuckets() + "; use a fixed penalty or a shorter window.");
        }

        Forecasts forecasts;
        double usedPenalty = Double.NaN;
        Optional<DonorScreenResult.CrossValidation> crossValidation = Optional.empty();
        boolean dual = false;
        int fittingRows = series.preBuckets() - 1;
        if (anchor == AnchorMode.LEAVE_ONE_OUT) {
            forecasts = LeaveOneOutAnchor.run(series, level, progress, cancellation);
            fittingRows = series.preBuckets();
        } else {
            LagAnchor.Outcome outcome = LagAnchor.run(series, this, trusted, progress,
                    cancellation);
            forecasts = outcome.forecasts();
            usedPenalty = outcome.penalty();
            crossValidation = outcome.crossValidation();
            dual = outcome.dualForm();
        }
        return assemble(donors, forecasts, series, usedPenalty, crossValidation, dual,
                fittingRows);
    }

    private DonorScreenResult assemble(List<String> donors, Forecasts forecasts,
            ScreenSeries series, double usedPenalty,
            Optional<DonorScreenResult.CrossValidation> crossValidation, boolean dual,
            int fittingRows) {
        int count = donors.size();
        double[] score = forecasts.score();
        Integer[] order = new Integer[count];
        for (int j = 0; j < count; j++) {
            order[j] = j;
        }
        // A stable sort, so equal scores keep pool order.
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> score[j]).reversed());
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[order[r]] = r + 1;
        }
        int kept = keepCount < 0 ? count : keepCount;

        List<String> trusted = anchor == AnchorMode.ANCHORED ? trustedDonors : List.of();
        List<DonorScore> scores = new ArrayList<>(count);
        List<String> keptByTopN = new ArrayList<>();
        List<String> keptByInterval = new ArrayList<>();
        List<String> protectedFromS1 = new ArrayList<>();
        List<String> protectedFromS2 = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            String donor = donors.get(j);
            double forecast = forecasts.forecast()[j];
            double observed = forecasts.observed()[j];
            double error = observed - forecast;
            double lower = forecast - forecasts.halfWidth()[j];
            double upper = forecast + forecasts.halfWidth()[j];
            boolean flagged = observed < lower || observed > upper;
            boolean topN = rank[j] > count - kept;
            boolean inside = !flagged;
            // Trusted donors are the user's anchors, so neither rule drops them.
            if (trusted.contains(donor)) {
                if (!topN) {
                    protectedFromS1.add(donor);
                }
                if (!inside) {
                    protectedFromS2.add(donor);
                }
                topN = true;
                inside = true;
            }
            scores.add(new DonorScore(donor, forecast, observed, error,
                    forecasts.predictiveSd()[j], error / forecasts.predictiveSd()[j], lower,
                    upper, flagged, score[j], rank[j], topN, inside));
            if (topN) {
                keptByTopN.add(donor);
            }
            if (inside) {
                keptByInterval.add(donor);
            }
        }
        List<String> notes = new ArrayList<>(series.notes());
        addTrustedNote(notes, "S1 (keep the " + kept + " smallest scores)", protectedFromS1);
        addTrustedNote(notes, "S2 (keep donors inside the interval)", protectedFromS2);
        if (anchor == AnchorMode.LEAVE_ONE_OUT) {
            notes.addAll(LeaveOneOutAnchor.notes(donors, forecasts.predictiveSd()));
        }
        return new DonorScreenResult(anchor, level, window, usedPenalty, crossValidation, dual,
                fittingRows, scores, keptByTopN, keptByInterval, trusted, notes);
    }

    private static void addTrustedNote(List<String> notes, String rule, List<String> kept) {
        if (!kept.isEmpty()) {
            notes.add("Rule " + rule + " would have dropped trusted donor(s) "
                    + String.join(", ", kept) + "; they are kept because trusted donors anchor"
                    + " the screen.");
        }
    }

    private int[] trustedIndices(List<String> donors) {
        if (anchor != AnchorMode.ANCHORED) {
            return new int[0];
        }
        if (trustedDonors.isEmpty()) {
            throw new IllegalArgumentException("the ANCHORED mode needs at least one trusted"
                    + " donor; mark donors believed free of spillover with withTrustedDonors,"
                    + " or use the LAG anchor.");
        }
        int[] indices = new int[trustedDonors.size()];
        for (int k = 0; k < indices.length; k++) {
            indices[k] = donors.indexOf(trustedDonors.get(k));
            if (indices[k] < 0) {
                throw new IllegalArgumentException("trusted donor '" + trustedDonors.get(k)
                        + "' is not in the donor pool; choose trusted donors among the pool's "
                        + donors.size() + " donors.");
            }
        }
        return indices;
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got "
                    + value + ".");
        }
    }

    /** Returns the anchor mode. */
    public AnchorMode anchor() {
        return anchor;
    }

    /** Returns the fixed ridge penalty, used unless a cross-validation grid is set. */
    public double penalty() {
        return penalty;
    }

    /** Returns the cross-validation grid, if the penalty is chosen that way. */
    public Optional<double[]> penaltyGrid() {
        return Optional.ofNullable(penaltyGrid).map(double[]::clone);
    }

    /** Returns the prior shape a0. */
    public double priorShape() {
        return priorShape;
    }

    /** Returns the prior scale b0. */
    public double priorScale() {
        return priorScale;
    }

    /** Returns the interval level φ. */
    public double level() {
        return level;
    }

    /** Returns the S1 keep count, or empty to keep every donor. */
    public OptionalInt keepCount() {
        return keepCount < 0 ? OptionalInt.empty() : OptionalInt.of(keepCount);
    }

    /** Returns the time-averaging window in periods. */
    public int window() {
        return window;
    }

    /** Returns the trusted donors. */
    public List<String> trustedDonors() {
        return trustedDonors;
    }

    /** Returns the ridge form. */
    public RidgeForm ridgeForm() {
        return ridgeForm;
    }
}
