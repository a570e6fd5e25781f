package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tests whether the treated counts per group are plausible under the product propensity
 * {@code f(A_i | L_i) = prod_j h_ij^A_ij (1 - h_ij)^(1 - A_ij)} that {@link AllocationIpw}
 * weights by. Under that model the number treated in group i has a Poisson-binomial
 * distribution {@code P_i(t)}. A design that treats a fixed number per group, as in the
 * two-stage randomisation of Hudgens and Halloran (JASA 2008), breaks it in two visible ways:
 *
 * <ul>
 *   <li>Groups with the same size and the same member propensities (the same strategy, when
 *       the strategy is a covariate) all treat the same number. Under the model that happens
 *       with probability {@code sum_t prod_i P_i(t)}.</li>
 *   <li>Among the groups of one size, a count that the model expects in many groups never
 *       occurs, with probability {@code prod_i (1 - P_i(t))}, at most {@code exp(-E_t)} for
 *       E_t groups expected.</li>
 * </ul>
 *
 * <p>Either probability below {@link #IMPLAUSIBLE} rejects the product propensity. The check
 * is one-sided: it finds only missing variation in the counts, so a few groups, or extra
 * variation from a shared household factor, pass it.
 */
final class BernoulliDesignCheck {

    /** Probability under the product propensity below which the counts reject it. */
    static final double IMPLAUSIBLE = 1e-6;

    private BernoulliDesignCheck() {
    }

    /**
     * Returns why the product propensity cannot describe the design, or an empty string when
     * the treated counts are plausible under it.
     */
    static String implausibility(Map<Object, List<Integer>> membersByGroup, int[] treatment,
            double[] propensity) {
        Map<String, List<int[]>> sameProfile = new LinkedHashMap<>();
        Map<Integer, List<double[]>> distributionsBySize = new LinkedHashMap<>();
        Map<Integer, int[]> observedBySize = new LinkedHashMap<>();
        for (List<Integer> members : membersByGroup.values()) {
            int size = members.size();
            double[] h = new double[size];
            int treated = 0;
            for (int k = 0; k < size; k++) {
                h[k] = propensity[members.get(k)];
                treated += treatment[members.get(k)];
            }
            double[] distribution = countDistribution(h);
            Arrays.sort(h);
            sameProfile.computeIfAbsent(profileKey(h), key -> new ArrayList<>())
                    .add(new int[] {size, treated});
            distributionsBySize.computeIfAbsent(size, key -> new ArrayList<>())
                    .add(distribution);
            observedBySize.computeIfAbsent(size, key -> new int[size + 1])[treated]++;
        }
        for (Map.Entry<String, List<int[]>> entry : sameProfile.entrySet()) {
            String reason = allSameCount(entry.getValue(), entry.getKey());
            if (!reason.isEmpty()) {
                return reason;
            }
        }
        for (Map.Entry<Integer, List<double[]>> entry : distributionsBySize.entrySet()) {
            String reason = missingCount(entry.getKey(), entry.getValue(),
                    observedBySize.get(entry.getKey()));
            if (!reason.isEmpty()) {
                return reason;
            }
        }
        return "";
    }

    /** Returns the Poisson-binomial probabilities of 0..n treated for propensities h. */
    static double[] countDistribution(double[] h) {
        double[] p = new double[h.length + 1];
        p[0] = 1;
        for (int k = 0; k < h.length; k++) {
            for (int t = k + 1; t >= 1; t--) {
                p[t] = p[t] * (1 - h[k]) + p[t - 1] * h[k];
            }
            p[0] *= 1 - h[k];
        }
        return p;
    }

    private static String profileKey(double[] sortedPropensities) {
        StringBuilder key = new StringBuilder();
        for (double h : sortedPropensities) {
            key.append(String.format(Locale.ROOT, "%.9f;", h));
        }
        return key.toString();
    }

    private static String allSameCount(List<int[]> groups, String profile) {
        int size = groups.get(0)[0];
        int count = groups.get(0)[1];
        for (int[] group : groups) {
            if (group[1] != count) {
                return "";
            }
        }
        double[] h = Arrays.stream(profile.split(";")).mapToDouble(Double::parseDouble)
                .toArray();
        double[] distribution = countDistribution(h);
        double logAllSame = Double.NEGATIVE_INFINITY;
        for (double p : distribution) {
            logAllSame = logSum(logAllSame, groups.size() * Math.log(p));
        }
        if (logAllSame >= Math.log(IMPLAUSIBLE)) {
            return "";
        }
        return String.format(Locale.ROOT, "All %d groups of %d members with propensities %s"
                + " treat exactly %d, which has probability %.2g under independent treatment"
                + " with those propensities.", groups.size(), size, describe(h), count,
                Math.exp(logAllSame));
    }

    private static String missingCount(int size, List<double[]> distributions,
            int[] observed) {
        for (int t = 0; t <= size; t++) {
            if (observed[t] > 0) {
                continue;
            }
            double logNone = 0;
            double expected = 0;
            for (double[] distribution : distributions) {
                logNone += Math.log1p(-Math.min(distribution[t], 1 - 1e-300));
                expected += distribution[t];
            }
            if (logNone < Math.log(IMPLAUSIBLE)) {
                return String.format(Locale.ROOT, "No group of %d members treats %d, although"
                        + " independent treatment with the fitted propensities expects %.1f of"
                        + " the %d such groups to (probability %.2g of none).", size, t,
                        expected, distributions.size(), Math.exp(logNone));
            }
        }
        return "";
    }

    private static String describe(double[] h) {
        double min = h[0];
        double max = h[h.length - 1];
        return min == max ? String.format(Locale.ROOT, "%.3g", min)
                : String.format(Locale.ROOT, "%.3g to %.3g", min, max);
    }

    private static double logSum(double logA, double logB) {
        if (logA == Double.NEGATIVE_INFINITY) {
            return logB;
        }
        if (logB == Double.NEGATIVE_INFINITY) {
            return logA;
        }
        double max = Math.max(logA, logB);
        return max + Math.log(Math.exp(logA - max) + Math.exp(logB - max));
    }
}
