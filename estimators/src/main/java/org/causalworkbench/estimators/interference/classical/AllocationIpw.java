package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Estimates direct, indirect, total and overall effects under partial interference for
 * counterfactual Bernoulli allocations alpha, by inverse probability weighting with the group
 * propensity. Unlike {@link HudgensHalloran} it needs no two-stage randomisation: treatment may
 * be assigned by any known or modelled mechanism within groups, and any alpha in (0, 1) can be
 * evaluated from the same data.
 *
 * <p>With h_ij = P(A_ij = 1 | L_ij) the individual propensity (known, or fitted by logistic
 * regression on covariates L), group i of n_i members and k groups:
 * <pre>
 *   f(A_i | L_i)     = prod_j h_ij^A_ij (1 - h_ij)^(1 - A_ij)
 *   pi(A_i; alpha)   = prod_j alpha^A_ij (1 - alpha)^(1 - A_ij)
 *   Y_i(a; alpha)    = sum_j 1{A_ij = a} Y_ij pi(A_{i,-j}; alpha) / (n_i f(A_i | L_i))
 *   Y_i(alpha)       = sum_j Y_ij pi(A_i; alpha) / (n_i f(A_i | L_i))
 *   Y(a; alpha)      = (1/k) sum_i Y_i(a; alpha)       Y(alpha) = (1/k) sum_i Y_i(alpha)
 *   DE(alpha)        = Y(0; alpha)  - Y(1; alpha)
 *   IE(alpha0, alpha1) = Y(0; alpha0) - Y(0; alpha1)
 *   TE(alpha0, alpha1) = Y(0; alpha0) - Y(1; alpha1) = DE(alpha1) + IE(alpha0, alpha1)
 *   OE(alpha0, alpha1) = Y(alpha0)    - Y(alpha1)
 * </pre>
 * Here {@code Y(a; alpha)} estimates the mean outcome when a member gets treatment a and each
 * other member of its group is treated independently with probability alpha. The sign
 * convention is the "0 minus 1" of {@link HudgensHalloran}.
 *
 * <p>Every effect is a mean over groups of a per-group contribution, for example
 * {@code DE_i = Y_i(0; alpha) - Y_i(1; alpha)} or {@code IE_i = Y_i(0; alpha0) - Y_i(0; alpha1)}.
 * With known propensities the groups' contributions are independent, so each variance is their
 * sample variance divided by k, {@code sum_i (x_i - mean)^2 / (k (k - 1))}. Both allocations of
 * IE, TE and OE use the same groups, which is why the contributions are paired within groups.
 *
 * <ul>
 *   <li>Each group counts equally, whatever its size.</li>
 *   <li>A group without a member in arm a contributes 0 to {@code Y(a; alpha)}, and is kept:
 *       dropping it would bias the weighted mean.</li>
 *   <li>The weights are computed in log space, so the group propensities of large groups do not
 *       underflow. The weights themselves still grow like {@code (alpha / h)^n_i}, and
 *       {@link AllocationMeans#maxGroupWeight()} reports the largest.</li>
 *   <li>IE(alpha, alpha) and OE(alpha, alpha) are 0; TE(alpha, alpha) equals DE(alpha).</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> With fitted propensities the variances treat them as known:
 * they ignore the estimation of the logistic model, so they are not the M-estimation
 * (sandwich) variances of Perez-Heydrich et al. (2014), which are not implemented, and may be
 * too small or too large. The random group intercept of the group propensity model and the
 * randomisation factor of Perez-Heydrich et al. are not implemented either, nor allocation
 * strategies other than independent Bernoulli ("type B") ones. Groups of one unit are rejected.
 * So are treated counts that are implausible under the product propensity, for example a
 * design that treats a fixed number per group (see {@link #withDesignCheck(boolean)}).
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>References: Tchetgen Tchetgen and VanderWeele (2012), On causal inference in the presence
 * of interference, Stat. Methods Med. Res. 21(1), 55-75, doi:10.1177/0962280210386779.
 * Perez-Heydrich, Hudgens, Halloran, Clemens, Ali and Emch (2014), Assessing effects of
 * cholera vaccination in the presence of interference, Biometrics 70(3), 731-741,
 * doi:10.1111/biom.12184.
 */
public final class AllocationIpw {

    /** The sign convention, stored in every result. */
    public static final String SIGN_CONVENTION = "0 minus 1: DE(alpha) = Y(0; alpha)"
            + " - Y(1; alpha), IE(alpha0, alpha1) = Y(0; alpha0) - Y(0; alpha1),"
            + " TE(alpha0, alpha1) = Y(0; alpha0) - Y(1; alpha1),"
            + " OE(alpha0, alpha1) = Y(alpha0) - Y(alpha1)";

    /** Propensities below this or above 1 minus this add a note on extreme weights. */
    static final double EXTREME_PROPENSITY = 0.01;

    private static final AllocationIpw DEFAULTS = new AllocationIpw(true);

    private final boolean designCheck;

    private AllocationIpw(boolean designCheck) {
        this.designCheck = designCheck;
    }

    /** Returns the estimator with the design check on. */
    public static AllocationIpw withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that checks, or does not check, the treated counts per group against the
     * product propensity before estimating (see {@link BernoulliDesignCheck}). The check is on
     * by default. Turn it off only to study the bias on a design known to break it.
     */
    public AllocationIpw withDesignCheck(boolean check) {
        return check == designCheck ? this : new AllocationIpw(check);
    }

    /** Returns whether the treated counts are checked against the product propensity. */
    public boolean designCheck() {
        return designCheck;
    }

    /**
     * Prepares the estimates with known individual propensities, for example those of a
     * randomised design.
     *
     * @param groupLabels group label per unit, compared with {@code equals}. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param propensity {@code P(A = 1 | L)} per unit, strictly between 0 and 1. Not modified.
     * @return the group summaries, with means and effects available through its methods
     * @throws IllegalArgumentException if lengths differ, a value is invalid, a group has one
     *     unit, there are fewer than 2 groups, or the design check rejects the treated counts
     */
    public AllocationIpwResult estimateWithKnownPropensity(List<?> groupLabels, int[] treatment,
            double[] outcome, double[] propensity) {
        int n = groupLabels.size();
        UnitInputs.checkTreatment(treatment, n);
        UnitInputs.checkOutcome(outcome, n);
        UnitInputs.checkLength("propensity", propensity.length, n);
        for (int i = 0; i < n; i++) {
            if (!(propensity[i] > 0 && propensity[i] < 1)) {
                throw new IllegalArgumentException("Invalid propensity " + propensity[i]
                        + " for unit " + i + ": use a probability strictly between 0 and 1. A"
                        + " unit that is always or never treated has no weight; drop its"
                        + " group.");
            }
        }
        Map<Object, List<Integer>> membersByGroup = UnitInputs.groupMembers(groupLabels);
        checkGroups(membersByGroup);
        checkDesign(membersByGroup, treatment, propensity);
        List<IpwGroup> groups = summarise(membersByGroup, treatment, outcome, propensity);
        return new AllocationIpwResult(groups, propensity,
                AllocationIpwResult.PropensityModel.KNOWN, new double[0],
                notes(propensity, false));
    }

    /**
     * Prepares the estimates with propensities fitted by logistic regression of the treatment
     * on an intercept and the given covariates.
     *
     * @param groupLabels group label per unit, compared with {@code equals}. Not modified.
     * @param treatment 0 or 1 per unit, both values present. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param covariates one row per unit with the same p finite columns; p = 0 fits the
     *     intercept only. Not modified.
     * @return the group summaries, with the fitted coefficients and propensities
     * @throws IllegalArgumentException if lengths differ, a value is invalid, a group has one
     *     unit, there are fewer than 2 groups, a covariate column is constant or collinear, or
     *     the covariates separate treated from untreated units, or the design check rejects
     *     the treated counts
     */
    public AllocationIpwResult estimateWithLogisticPropensity(List<?> groupLabels,
            int[] treatment, double[] outcome, double[][] covariates) {
        int n = groupLabels.size();
        UnitInputs.checkTreatment(treatment, n);
        UnitInputs.checkOutcome(outcome, n);
        Map<Object, List<Integer>> membersByGroup = UnitInputs.groupMembers(groupLabels);
        checkGroups(membersByGroup);
        LogisticPropensity.Fit fit = LogisticPropensity.fit(covariates, treatment);
        double[] propensity = fit.propensities();
        checkDesign(membersByGroup, treatment, propensity);
        List<IpwGroup> groups = summarise(membersByGroup, treatment, outcome, propensity);
        return new AllocationIpwResult(groups, propensity,
                AllocationIpwResult.PropensityModel.LOGISTIC, fit.coefficients(),
                notes(propensity, true));
    }

    private static List<IpwGroup> summarise(Map<Object, List<Integer>> membersByGroup,
            int[] treatment, double[] outcome, double[] propensity) {
        List<IpwGroup> groups = new ArrayList<>(membersByGroup.size());
        for (Map.Entry<Object, List<Integer>> entry : membersByGroup.entrySet()) {
            int treated = 0;
            double logPropensity = 0;
            double[] sums = new double[2];
            for (int unit : entry.getValue()) {
                int a = treatment[unit];
                treated += a;
                logPropensity += a == 1 ? Math.log(propensity[unit])
                        : Math.log1p(-propensity[unit]);
                sums[a] += outcome[unit];
            }
            groups.add(new IpwGroup(entry.getKey(), entry.getValue().size(), treated,
                    logPropensity, sums[0], sums[1]));
        }
        return groups;
    }

    private void checkDesign(Map<Object, List<Integer>> membersByGroup, int[] treatment,
            double[] propensity) {
        if (!designCheck) {
            return;
        }
        String reason = BernoulliDesignCheck.implausibility(membersByGroup, treatment,
                propensity);
        if (!reason.isEmpty()) {
            throw new IllegalArgumentException("The allocation curves are not estimated: the"
                    + " treatment does not look independent within groups. " + reason
                    + " The estimator weights each group by the product of its members'"
                    + " propensities, so on this design its curves are biased and its bands"
                    + " can exclude the truth. A design that treats a fixed number per group"
                    + " (two-stage randomisation) is analysed by the Hudgens-Halloran"
                    + " estimator for its strategies.");
        }
    }

    private static void checkGroups(Map<Object, List<Integer>> membersByGroup) {
        for (Map.Entry<Object, List<Integer>> entry : membersByGroup.entrySet()) {
            if (entry.getValue().size() == 1) {
                throw new IllegalArgumentException("Group '" + entry.getKey() + "' has only"
                        + " unit " + entry.getValue().get(0) + ". Partial interference needs"
                        + " groups of at least 2 members, and a group of one is usually a"
                        + " mislabelled unit: check its label, or drop it.");
            }
        }
        if (membersByGroup.size() < 2) {
            throw new IllegalArgumentException("The data have " + membersByGroup.size()
                    + " group; the variance needs at least 2 groups, so give more groups.");
        }
    }

    private static List<String> notes(double[] propensity, boolean fitted) {
        List<String> notes = new ArrayList<>();
        if (fitted) {
            notes.add("Variances treat the fitted propensities as known: they ignore the"
                    + " estimation of the logistic model, so standard errors may be too small or"
                    + " too large.");
        }
        double min = 1;
        double max = 0;
        for (double h : propensity) {
            min = Math.min(min, h);
            max = Math.max(max, h);
        }
        if (min < EXTREME_PROPENSITY || max > 1 - EXTREME_PROPENSITY) {
            notes.add("Propensities range from " + min + " to " + max + ". Units close to 0 or 1"
                    + " get extreme weights, so the estimates may rest on a few groups.");
        }
        return notes;
    }
}
