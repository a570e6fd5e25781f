package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates mean potential outcomes under exposure conditions, and their contrasts, by
 * Horvitz-Thompson and Hajek weighting with exposure probabilities from a known design
 * (general interference with an exposure mapping).
 *
 * <p>With {@code I_i(k) = 1{D_i = d_k}}, {@code pi_i = pi_i(d_k)} and
 * {@code pi_ij = pi_ij(d_k, d_k)}:
 * <pre>
 *   HT total  T_k = sum_i I_i(k) Y_i / pi_i        HT mean    = T_k / N
 *   Hajek mean    = T_k / sum_i I_i(k) / pi_i      contrasts  tau(d_k, d_l) = mu(d_k) - mu(d_l)
 *   V_k = sum_i I_i(k) (1 - pi_i) (Y_i / pi_i)^2
 *       + sum_{i != j, pi_ij > 0} I_i(k) I_j(k) (pi_ij - pi_i pi_j) / pi_ij * Y_i Y_j / (pi_i pi_j)
 *       + sum_{i != j, pi_ij = 0} [ I_i(k) Y_i^2 / (2 pi_i) + I_j(k) Y_j^2 / (2 pi_j) ]
 *   C_kl = sum_{i, j: pi_ij(k, l) > 0} I_i(k) I_j(l) (pi_ij(k, l) - pi_i(k) pi_j(l))
 *              / pi_ij(k, l) * Y_i Y_j / (pi_i(k) pi_j(l))
 *        - sum_{i, j: pi_ij(k, l) = 0} [ I_i(k) Y_i^2 / (2 pi_i(k)) + I_j(l) Y_j^2 / (2 pi_j(l)) ]
 *   v(tau_HT(d_k, d_l)) = (V_k + V_l - 2 C_kl) / N^2
 * </pre>
 * The sums in C_kl run over ordered pairs including i = j, where {@code pi_ii(k, l) = 0}.
 * A pair with joint probability 0 has the unidentified term {@code -y_i y_j} in the true
 * variance (or covariance), and Young's inequality bounds it by {@code (y_i^2 + y_j^2) / 2}
 * (or {@code -(y_i^2 + y_j^2) / 2}), so both estimators are conservative: in expectation V_k
 * is at least the true variance and C_kl at most the true covariance.
 *
 * <ul>
 *   <li>The pairs with joint probability 0 exclude units whose marginal probability is 0.
 *       Such units never enter the HT total, so they add no term to its variance. This
 *       tightens the bound and changes nothing when every {@code pi_i(d_k) > 0}.</li>
 *   <li>A condition no unit can receive gets {@code NaN} estimates and a warning. When only
 *       some units can never receive it, the HT mean estimates the sum over the others
 *       divided by N, and the result carries a warning.</li>
 *   <li>An observed exposure with probability 0 is rejected: the observed assignment lies
 *       outside the design's support, or the Monte Carlo draws missed it.</li>
 * </ul>
 *
 * <p>The Hajek variances are linearised: the same formulas applied to the residuals
 * {@code Y_i - mu_Hajek(D_i)}, divided by N^2, as the R package {@code interference} does.
 * They are approximations that improve with N, not conservative bounds.
 *
 * <p><strong>Limitations.</strong> The constant-effects variance of Aronow and Samii is not
 * implemented. The variance estimates may be negative in small samples, and are then reported
 * as they are. With Monte
 * Carlo probabilities the estimators are unbiased only up to the error of the frequencies.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>References: Aronow and Samii (2017), Estimating average causal effects under general
 * interference, with application to a social network experiment, Ann. Appl. Stat. 11(4),
 * 1912-1947, doi:10.1214/16-AOAS1005. The covariance bound follows the R package
 * {@code interference} (Zonszein, Samii and Aronow, MIT licence), function
 * {@code cov_yT_ht_adjusted}.
 */
public final class AronowSamii {

    private static final AronowSamii DEFAULTS = new AronowSamii();

    private AronowSamii() {
    }

    /** Returns the estimator; it has no settings yet. */
    public static AronowSamii withDefaults() {
        return DEFAULTS;
    }

    /**
     * Estimates every condition's mean and every pairwise contrast for one observed
     * assignment and outcome vector.
     *
     * @param probabilities the exposure probabilities of the design under the mapping
     * @param assignment the observed assignment, 0 or 1 per unit. Not modified.
     * @param outcome the observed outcome per unit, finite. Not modified.
     * @return the estimates with warnings
     * @throws IllegalArgumentException if a vector has the wrong length or an invalid entry,
     *     or a unit's observed exposure has probability 0
     */
    public AronowSamiiResult estimate(ExposureProbabilities probabilities, int[] assignment,
            double[] outcome) {
        int n = probabilities.unitCount();
        UnitInputs.checkTreatment(assignment, n);
        UnitInputs.checkOutcome(outcome, n);
        int[] exposures = probabilities.mapping().exposures(assignment.clone());
        List<String> conditions = probabilities.conditions();
        for (int i = 0; i < n; i++) {
            if (probabilities.marginal(i, exposures[i]) == 0) {
                throw new IllegalArgumentException("Unit " + i + " is observed in condition "
                        + conditions.get(exposures[i]) + ", which has probability 0 under "
                        + probabilities.designDescription() + ". The observed assignment is"
                        + " outside the design; check the design, or use more draws.");
            }
        }

        List<String> warnings = new ArrayList<>();
        if (!probabilities.isExact()) {
            warnings.add("Exposure probabilities are relative frequencies over "
                    + probabilities.assignmentCount() + " draws, so the estimates are"
                    + " unbiased only up to their Monte Carlo error.");
        }
        int k = conditions.size();
        double[] hajekMeans = new double[k];
        for (int c = 0; c < k; c++) {
            hajekMeans[c] = hajekMean(probabilities, c, exposures, outcome);
        }
        double[] residuals = new double[n];
        for (int i = 0; i < n; i++) {
            residuals[i] = outcome[i] - hajekMeans[exposures[i]];
        }

        List<ExposureEstimate> estimates = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            estimates.add(estimateCondition(probabilities, c, exposures, outcome, residuals,
                    hajekMeans[c], warnings));
        }
        List<ExposureContrast> contrasts = new ArrayList<>();
        for (int first = 0; first < k; first++) {
            for (int second = 0; second < k; second++) {
                if (first != second) {
                    contrasts.add(contrast(probabilities, first, second, estimates, exposures,
                            outcome, residuals));
                }
            }
        }
        return new AronowSamiiResult(n, conditions, exposures, estimates, contrasts,
                probabilities.isExact(), warnings);
    }

    /** Returns the Hajek mean of condition k, or {@code NaN} when no unit is observed in it. */
    private static double hajekMean(ExposureProbabilities p, int k, int[] exposures,
            double[] y) {
        double total = 0;
        double weights = 0;
        for (int i = 0; i < exposures.length; i++) {
            if (exposures[i] == k) {
                total += y[i] / p.marginal(i, k);
                weights += 1 / p.marginal(i, k);
            }
        }
        return weights == 0 ? Double.NaN : total / weights;
    }

    private static ExposureEstimate estimateCondition(ExposureProbabilities p, int k,
            int[] exposures, double[] y, double[] residuals, double hajek,
            List<String> warnings) {
        int n = exposures.length;
        String name = p.conditions().get(k);
        int zeroUnits = p.unitsWithZeroProbability(k);
        int observed = (int) Arrays.stream(exposures).filter(e -> e == k).count();
        if (zeroUnits == n) {
            warnings.add("No unit can receive condition " + name + " under "
                    + p.designDescription() + ", so its estimates are NaN.");
            return new ExposureEstimate(name, 0, n, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (zeroUnits > 0) {
            warnings.add(zeroUnits + " of " + n + " units can never receive condition " + name
                    + ", so its HT mean estimates the sum over the other units divided by N,"
                    + " not the mean over all units.");
        }
        if (observed == 0) {
            warnings.add("No unit is observed in condition " + name + ", so its means and"
                    + " every contrast with it are undefined.");
        }

        double total = 0;
        for (int i = 0; i < n; i++) {
            if (exposures[i] == k) {
                total += y[i] / p.marginal(i, k);
            }
        }
        double squaredN = (double) n * n;
        HorvitzThompsonVariance.Parts variance =
                HorvitzThompsonVariance.variance(p, k, exposures, y);
        if (observed == 0) {
            return new ExposureEstimate(name, 0, zeroUnits, total, Double.NaN, Double.NaN,
                    variance.total(), variance.young(), Double.NaN, Double.NaN);
        }
        double hajekVariance =
                HorvitzThompsonVariance.variance(p, k, exposures, residuals).total() / squaredN;
        return new ExposureEstimate(name, observed, zeroUnits, total, total / n, hajek,
                variance.total(), variance.young(), variance.total() / squaredN, hajekVariance);
    }

    private static ExposureContrast contrast(ExposureProbabilities p, int k, int l,
            List<ExposureEstimate> estimates, int[] exposures, double[] y,
            double[] residuals) {
        ExposureEstimate first = estimates.get(k);
        ExposureEstimate second = estimates.get(l);
        double squaredN = (double) exposures.length * exposures.length;
        double covariance = Double.NaN;
        double hajekVariance = Double.NaN;
        if (!Double.isNaN(first.horvitzThompsonTotal())
                && !Double.isNaN(second.horvitzThompsonTotal())) {
            covariance = HorvitzThompsonVariance.covarianceBound(p, k, l, exposures, y);
            double hajekCovariance =
                    HorvitzThompsonVariance.covarianceBound(p, k, l, exposures, residuals);
            hajekVariance = (first.hajekMeanVariance() + second.hajekMeanVariance())
                    - 2 * hajekCovariance / squaredN;
        }
        String reason = first.undefinedReason().isEmpty() ? second.undefinedReason()
                : first.undefinedReason();
        if (!reason.isEmpty()) {
            return new ExposureContrast(first.condition(), second.condition(), Double.NaN,
                    Double.NaN, covariance, Double.NaN, Double.NaN, reason);
        }
        double variance =
                (first.totalVariance() + second.totalVariance() - 2 * covariance) / squaredN;
        return new ExposureContrast(first.condition(), second.condition(),
                first.horvitzThompsonMean() - second.horvitzThompsonMean(),
                first.hajekMean() - second.hajekMean(), covariance, variance, hajekVariance,
                "");
    }
}
