package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.classical.EffectEstimate.Kind;

/**
 * Group summaries and propensities of one {@link AllocationIpw} call, from which the mean
 * potential outcomes and effects follow for any Bernoulli allocation alpha in (0, 1) (formulas
 * in {@link AllocationIpw}).
 *
 * <p>In every {@link EffectEstimate} returned here, the strategies are the allocations as
 * {@link Double} values, and both group counts equal {@link #groupCount()}.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class AllocationIpwResult {

    /** Source of the individual propensities. */
    public enum PropensityModel {
        /** Given by the caller, for example a randomised design. */
        KNOWN,
        /** Fitted by logistic regression of the treatment on the covariates. */
        LOGISTIC
    }

    private final List<IpwGroup> groups;
    private final double[] propensities;
    private final PropensityModel propensityModel;
    private final double[] propensityCoefficients;
    private final List<String> notes;

    AllocationIpwResult(List<IpwGroup> groups, double[] propensities,
            PropensityModel propensityModel, double[] propensityCoefficients,
            List<String> notes) {
        this.groups = List.copyOf(groups);
        this.propensities = propensities.clone();
        this.propensityModel = propensityModel;
        this.propensityCoefficients = propensityCoefficients.clone();
        this.notes = List.copyOf(notes);
    }

    /** Returns the number of groups k. */
    public int groupCount() {
        return groups.size();
    }

    /** Returns the group labels, in order of first appearance in the input. */
    public List<Object> groupLabels() {
        List<Object> labels = new ArrayList<>(groups.size());
        for (IpwGroup group : groups) {
            labels.add(group.label());
        }
        return labels;
    }

    /** Returns the source of the propensities. */
    public PropensityModel propensityModel() {
        return propensityModel;
    }

    /** Returns a copy of the individual propensity {@code h_ij} per unit, in input order. */
    public double[] propensities() {
        return propensities.clone();
    }

    /**
     * Returns a copy of the logistic coefficients, intercept first and then one per covariate
     * column, or an empty array for known propensities.
     */
    public double[] propensityCoefficients() {
        return propensityCoefficients.clone();
    }

    /** Returns plain-sentence notes on fitted propensities and extreme weights. */
    public List<String> notes() {
        return notes;
    }

    /** Returns {@link AllocationIpw#SIGN_CONVENTION}, for display. */
    public String signConvention() {
        return AllocationIpw.SIGN_CONVENTION;
    }

    /**
     * Estimates {@code Y(0; alpha)}, {@code Y(1; alpha)} and {@code Y(alpha)}.
     *
     * @throws IllegalArgumentException if alpha is not strictly between 0 and 1
     */
    public AllocationMeans means(double alpha) {
        return contributions(alpha).means();
    }

    /**
     * Estimates {@code DE(alpha) = Y(0; alpha) - Y(1; alpha)}.
     *
     * @throws IllegalArgumentException if alpha is not strictly between 0 and 1
     */
    public EffectEstimate direct(double alpha) {
        Contributions at = contributions(alpha);
        return effect(Kind.DIRECT, alpha, at.untreated(), alpha, at.treated());
    }

    /**
     * Estimates {@code IE(alpha0, alpha1) = Y(0; alpha0) - Y(0; alpha1)}.
     *
     * @throws IllegalArgumentException if an allocation is not strictly between 0 and 1
     */
    public EffectEstimate indirect(double alpha0, double alpha1) {
        return effect(Kind.INDIRECT, alpha0, contributions(alpha0).untreated(), alpha1,
                contributions(alpha1).untreated());
    }

    /**
     * Estimates {@code TE(alpha0, alpha1) = Y(0; alpha0) - Y(1; alpha1)}.
     *
     * @throws IllegalArgumentException if an allocation is not strictly between 0 and 1
     */
    public EffectEstimate total(double alpha0, double alpha1) {
        return effect(Kind.TOTAL, alpha0, contributions(alpha0).untreated(), alpha1,
                contributions(alpha1).treated());
    }

    /**
     * Estimates {@code OE(alpha0, alpha1) = Y(alpha0) - Y(alpha1)}.
     *
     * @throws IllegalArgumentException if an allocation is not strictly between 0 and 1
     */
    public EffectEstimate overall(double alpha0, double alpha1) {
        return effect(Kind.OVERALL, alpha0, contributions(alpha0).marginal(), alpha1,
                contributions(alpha1).marginal());
    }

    /**
     * Estimates the means, {@code DE} at every allocation of a grid and {@code IE},
     * {@code TE} and {@code OE} at every ordered pair of its allocations. Work grows with
     * (grid size)^2 times the number of groups.
     *
     * @param allocations the grid, each strictly between 0 and 1, at least one. Not modified.
     * @param progress receives one step per grid row
     * @param cancellation checked before each grid row
     * @return the grid of estimates
     * @throws IllegalArgumentException if the grid is empty or an allocation is invalid
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public AllocationGrid grid(double[] allocations, ProgressSink progress,
            CancellationToken cancellation) {
        if (allocations.length == 0) {
            throw new IllegalArgumentException("The allocation grid is empty: give at least one"
                    + " allocation, for example 0.1, 0.2, ..., 0.9.");
        }
        int m = allocations.length;
        List<Double> alphas = new ArrayList<>(m);
        List<Contributions> columns = new ArrayList<>(m);
        for (double alpha : allocations) {
            alphas.add(alpha);
            columns.add(contributions(alpha));
        }

        List<AllocationMeans> means = new ArrayList<>(m);
        List<EffectEstimate> direct = new ArrayList<>(m);
        List<List<EffectEstimate>> indirect = new ArrayList<>(m);
        List<List<EffectEstimate>> total = new ArrayList<>(m);
        List<List<EffectEstimate>> overall = new ArrayList<>(m);
        for (int r = 0; r < m; r++) {
            cancellation.throwIfCancellationRequested();
            double alpha0 = allocations[r];
            Contributions row = columns.get(r);
            means.add(row.means());
            direct.add(effect(Kind.DIRECT, alpha0, row.untreated(), alpha0, row.treated()));
            List<EffectEstimate> indirectRow = new ArrayList<>(m);
            List<EffectEstimate> totalRow = new ArrayList<>(m);
            List<EffectEstimate> overallRow = new ArrayList<>(m);
            for (int c = 0; c < m; c++) {
                double alpha1 = allocations[c];
                Contributions column = columns.get(c);
                indirectRow.add(effect(Kind.INDIRECT, alpha0, row.untreated(), alpha1,
                        column.untreated()));
                totalRow.add(effect(Kind.TOTAL, alpha0, row.untreated(), alpha1,
                        column.treated()));
                overallRow.add(effect(Kind.OVERALL, alpha0, row.marginal(), alpha1,
                        column.marginal()));
            }
            indirect.add(indirectRow);
            total.add(totalRow);
            overall.add(overallRow);
            progress.progress(r + 1, m);
        }
        return new AllocationGrid(alphas, means, direct, indirect, total, overall);
    }

    /** Per-group values {@code Y_i(0; alpha)}, {@code Y_i(1; alpha)} and {@code Y_i(alpha)}. */
    private record Contributions(double alpha, double[] untreated, double[] treated,
            double[] marginal, double maxGroupWeight) {

        AllocationMeans means() {
            return new AllocationMeans(alpha, SampleMoments.mean(untreated),
                    SampleMoments.varianceOfMean(untreated), SampleMoments.mean(treated),
                    SampleMoments.varianceOfMean(treated), SampleMoments.mean(marginal),
                    SampleMoments.varianceOfMean(marginal), maxGroupWeight);
        }
    }

    private Contributions contributions(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("Invalid allocation alpha = " + alpha
                    + ": use a probability strictly between 0 and 1, for example 0.5.");
        }
        double logAlpha = Math.log(alpha);
        double logOneMinusAlpha = Math.log1p(-alpha);
        int k = groups.size();
        double[] untreated = new double[k];
        double[] treated = new double[k];
        double[] marginal = new double[k];
        double maxWeight = 0;
        for (int i = 0; i < k; i++) {
            IpwGroup group = groups.get(i);
            untreated[i] = group.armEstimate(0, logAlpha, logOneMinusAlpha);
            treated[i] = group.armEstimate(1, logAlpha, logOneMinusAlpha);
            marginal[i] = group.marginalEstimate(logAlpha, logOneMinusAlpha);
            maxWeight = Math.max(maxWeight, group.groupWeight(logAlpha, logOneMinusAlpha));
        }
        return new Contributions(alpha, untreated, treated, marginal, maxWeight);
    }

    /** Returns the mean and between-group variance of the paired differences x0_i - x1_i. */
    private EffectEstimate effect(Kind kind, double alpha0, double[] values0, double alpha1,
            double[] values1) {
        double[] differences = new double[values0.length];
        for (int i = 0; i < differences.length; i++) {
            differences[i] = values0[i] - values1[i];
        }
        int k = differences.length;
        return new EffectEstimate(kind, alpha0, alpha1, SampleMoments.mean(differences),
                SampleMoments.varianceOfMean(differences), k, k);
    }
}
