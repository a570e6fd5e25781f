package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates direct, indirect, total and overall effects under partial interference from a
 * two-stage randomised experiment: groups are randomised to allocation strategies psi, then
 * members within each group to treatment under the group's strategy.
 *
 * <p>For group i with n_i members on strategy psi, and C groups on psi:
 * <pre>
 *   Y_i(a; psi) = sum_j Y_ij 1{A_ij = a} / sum_j 1{A_ij = a}     Y_i(psi) = (1/n_i) sum_j Y_ij
 *   Y(a; psi)   = (1/C) sum_{i on psi} Y_i(a; psi)               Y(psi)   = (1/C) sum Y_i(psi)
 *   DE(psi)        = Y(0; psi)  - Y(1; psi)
 *   IE(psi0, psi1) = Y(0; psi0) - Y(0; psi1)
 *   TE(psi0, psi1) = Y(0; psi0) - Y(1; psi1) = DE(psi1) + IE(psi0, psi1)
 *   OE(psi0, psi1) = Y(psi0)    - Y(psi1)
 * </pre>
 * The sign convention is "0 minus 1", as in Hudgens and Halloran, so a vaccine that lowers
 * the risk of infection has positive effects. {@link HudgensHalloranResult#signConvention()}
 * repeats it for display.
 *
 * <p>Variances are a convention of this project, not the exact forms of Hudgens and Halloran.
 * With {@code s^2_psi(x)} the sample variance (divisor C - 1) of a group-level quantity x over
 * the C groups on psi:
 * <pre>
 *   v(DE(psi))        = sum_{i on psi} (DE_i - DE)^2 / (C (C - 1)),  DE_i = Y_i(0) - Y_i(1)
 *   v(IE(psi0, psi1)) = s^2_psi0(Y_i(0)) / C0 + s^2_psi1(Y_i(0)) / C1
 *   v(TE(psi0, psi1)) = s^2_psi0(Y_i(0)) / C0 + s^2_psi1(Y_i(1)) / C1
 *   v(OE(psi0, psi1)) = s^2_psi0(Y_i)    / C0 + s^2_psi1(Y_i)    / C1
 * </pre>
 * The strategies of IE, TE and OE hold disjoint sets of groups, which is why their variance
 * adds two independent-sample terms instead of pairing groups.
 *
 * <ul>
 *   <li>Each group counts equally in {@code Y(a; psi)}, whatever its size.</li>
 *   <li>{@code Y_i(a; psi)} is undefined for a group without a member in arm a. The effects
 *       that need it raise an exception that names the group. OE is always defined.</li>
 *   <li>IE, TE and OE need two different strategies. TE(psi, psi) equals DE(psi).</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The group-mean estimators are unbiased when each strategy
 * treats a fixed number of members per group, chosen completely at random. Under Bernoulli
 * assignment within groups the number treated varies, and both the arm means and their
 * differences are biased for the Bernoulli-allocation estimands. Not covered: the exact
 * variance estimators of Hudgens and Halloran, the large-sample intervals of Liu and Hudgens
 * (2014), weighting by group size, covariates and observational (non-randomised) data.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Hudgens and Halloran (2008), Toward causal inference with interference,
 * J. Amer. Statist. Assoc. 103(482), 832-842, doi:10.1198/016214508000000292.
 */
public final class HudgensHalloran {

    /** The sign convention, stored in every result. */
    public static final String SIGN_CONVENTION = "0 minus 1: DE(psi) = Y(0; psi) - Y(1; psi),"
            + " IE(psi0, psi1) = Y(0; psi0) - Y(0; psi1), TE(psi0, psi1) = Y(0; psi0)"
            + " - Y(1; psi1), OE(psi0, psi1) = Y(psi0) - Y(psi1)";

    private static final HudgensHalloran DEFAULTS = new HudgensHalloran();

    private HudgensHalloran() {
    }

    /** Returns the estimator; it has no settings yet. */
    public static HudgensHalloran withDefaults() {
        return DEFAULTS;
    }

    /**
     * Computes the group and strategy summaries from which every effect follows.
     *
     * @param groupLabels group label per unit, compared with {@code equals}. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param strategyByGroup the allocation strategy of each group, keyed by group label.
     *     Not modified.
     * @return the summaries, with effects available through the result's methods
     * @throws IllegalArgumentException if lengths differ, a value is invalid, a group has no
     *     strategy, a strategy is assigned to a group without units, or a strategy has fewer
     *     than 2 groups
     */
    public HudgensHalloranResult estimate(List<?> groupLabels, int[] treatment, double[] outcome,
            Map<?, ?> strategyByGroup) {
        int n = groupLabels.size();
        UnitInputs.checkTreatment(treatment, n);
        UnitInputs.checkOutcome(outcome, n);
        Map<Object, List<Integer>> membersByGroup = UnitInputs.groupMembers(groupLabels);
        checkStrategies(membersByGroup, strategyByGroup);

        Map<Object, List<GroupSummary>> groupsByStrategy = new LinkedHashMap<>();
        for (Map.Entry<Object, List<Integer>> entry : membersByGroup.entrySet()) {
            Object strategy = strategyByGroup.get(entry.getKey());
            GroupSummary group = summarise(entry.getKey(), strategy, entry.getValue(),
                    treatment, outcome);
            groupsByStrategy.computeIfAbsent(strategy, key -> new ArrayList<>()).add(group);
        }

        List<StrategySummary> strategies = new ArrayList<>();
        for (Map.Entry<Object, List<GroupSummary>> entry : groupsByStrategy.entrySet()) {
            if (entry.getValue().size() < 2) {
                throw new IllegalArgumentException("Strategy '" + entry.getKey() + "' has "
                        + entry.getValue().size() + " group; the variance needs at least 2"
                        + " groups per strategy, so assign more groups to it or drop it.");
            }
            strategies.add(new StrategySummary(entry.getKey(), entry.getValue()));
        }
        return new HudgensHalloranResult(strategies, SIGN_CONVENTION);
    }

    private static void checkStrategies(Map<Object, List<Integer>> membersByGroup,
            Map<?, ?> strategyByGroup) {
        for (Object group : membersByGroup.keySet()) {
            if (strategyByGroup.get(group) == null) {
                throw new IllegalArgumentException("Group '" + group + "' has no allocation"
                        + " strategy: add it to the strategy map or drop its units.");
            }
        }
        for (Object group : strategyByGroup.keySet()) {
            if (!membersByGroup.containsKey(group)) {
                throw new IllegalArgumentException("Unknown group '" + group + "' in the"
                        + " strategy map: no unit has this group label, so check the spelling.");
            }
        }
    }

    private static GroupSummary summarise(Object label, Object strategy, List<Integer> members,
            int[] treatment, double[] outcome) {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (int unit : members) {
            sums[treatment[unit]] += outcome[unit];
            counts[treatment[unit]]++;
        }
        double untreatedMean = counts[0] == 0 ? Double.NaN : sums[0] / counts[0];
        double treatedMean = counts[1] == 0 ? Double.NaN : sums[1] / counts[1];
        double outcomeMean = (sums[0] + sums[1]) / members.size();
        return new GroupSummary(label, strategy, members.size(), counts[1], untreatedMean,
                treatedMean, outcomeMean);
    }
}
