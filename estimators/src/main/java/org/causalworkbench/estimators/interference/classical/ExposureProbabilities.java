package org.causalworkbench.estimators.interference.classical;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Exposure probabilities of a design under an exposure mapping: the marginal
 * {@code pi_i(d_k) = P(D_i = d_k)} and the joint {@code pi_ij(d_k, d_l) = P(D_i = d_k,
 * D_j = d_l)}, summed over the design's assignments.
 *
 * <p>{@code pi_ii(d_k, d_k) = pi_i(d_k)}, and {@code pi_ii(d_k, d_l) = 0} for k != l because a
 * unit has one exposure at a time. Sums of positive probabilities stay exactly 0 where no
 * assignment contributes, so a zero test on these values is exact.
 *
 * <p><strong>Limitations.</strong> The joint probabilities are stored densely, K^2 N^2 values,
 * and each assignment costs O(N^2) time. {@link #MAX_JOINT_ENTRIES} bounds the storage, which
 * allows about 1000 units with the four AS4 conditions.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class ExposureProbabilities {

    /** Largest K^2 N^2 accepted: 2^24 doubles, 128 MiB. */
    public static final long MAX_JOINT_ENTRIES = 1L << 24;

    private final ExposureMapping mapping;
    private final List<String> conditions;
    private final int unitCount;
    private final boolean exact;
    private final long assignmentCount;
    private final String designDescription;
    private final double[][] marginal;
    /** joint[k][l][i * N + j] = pi_ij(d_k, d_l). */
    private final double[][][] joint;

    private ExposureProbabilities(ExposureMapping mapping, AssignmentDesign design,
            double[][] marginal, double[][][] joint) {
        this.mapping = mapping;
        this.conditions = List.copyOf(mapping.conditions());
        this.unitCount = mapping.unitCount();
        this.exact = design.isExact();
        this.assignmentCount = design.assignmentCount();
        this.designDescription = design.description();
        this.marginal = marginal;
        this.joint = joint;
    }

    /**
     * Applies the mapping to every assignment of the design and sums the probabilities.
     *
     * @param design the randomisation design
     * @param mapping the exposure mapping, on as many units as the design
     * @param progress receives one report per 1 % of the assignments
     * @param cancellation checked after every assignment
     * @return the probabilities
     * @throws IllegalArgumentException if the unit counts differ, the storage would exceed
     *     {@link #MAX_JOINT_ENTRIES}, or the mapping returns an invalid condition
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static ExposureProbabilities compute(AssignmentDesign design, ExposureMapping mapping,
            ProgressSink progress, CancellationToken cancellation) {
        int n = mapping.unitCount();
        int k = mapping.conditions().size();
        if (design.unitCount() != n) {
            throw new IllegalArgumentException("The design assigns " + design.unitCount()
                    + " units but the exposure mapping covers " + n + "; use the same units.");
        }
        if ((long) k * k * n * n > MAX_JOINT_ENTRIES) {
            throw new IllegalArgumentException("Joint exposure probabilities for " + n
                    + " units and " + k + " conditions need " + (long) k * k * n * n
                    + " values, more than " + MAX_JOINT_ENTRIES + "; reduce the units or"
                    + " the conditions.");
        }
        double[][] marginal = new double[k][n];
        double[][][] joint = new double[k][k][n * n];
        long total = design.assignmentCount();
        long step = Math.max(1, total / 100);
        long[] done = {0};
        progress.message("Exposure probabilities over " + design.description());
        design.forEach((assignment, probability) -> {
            int[] exposures = mapping.exposures(assignment);
            checkExposures(exposures, assignment, n, k);
            accumulate(exposures, probability, marginal, joint, n, k);
            done[0]++;
            if (done[0] % step == 0 || done[0] == total) {
                progress.progress(done[0], total);
            }
            cancellation.throwIfCancellationRequested();
        });
        return new ExposureProbabilities(mapping, design, marginal, joint);
    }

    private static void checkExposures(int[] exposures, int[] assignment, int n, int k) {
        if (exposures.length != n) {
            throw new IllegalArgumentException("The exposure mapping returned "
                    + exposures.length + " conditions for " + n + " units; it must return one"
                    + " per unit.");
        }
        for (int i = 0; i < n; i++) {
            if (exposures[i] < 0 || exposures[i] >= k) {
                throw new IllegalArgumentException("The exposure mapping returned condition "
                        + exposures[i] + " for unit " + i + " under assignment "
                        + java.util.Arrays.toString(assignment) + "; use an index in 0.."
                        + (k - 1) + ".");
            }
        }
    }

    private static void accumulate(int[] exposures, double probability, double[][] marginal,
            double[][][] joint, int n, int k) {
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[exposures[i]]++;
            marginal[exposures[i]][i] += probability;
        }
        int[][] members = new int[k][];
        for (int c = 0; c < k; c++) {
            members[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int i = 0; i < n; i++) {
            members[exposures[i]][counts[exposures[i]]++] = i;
        }
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                double[] pairs = joint[c][d];
                for (int i : members[c]) {
                    int row = i * n;
                    for (int j : members[d]) {
                        pairs[row + j] += probability;
                    }
                }
            }
        }
    }

    /** Returns the exposure mapping the probabilities were computed for. */
    public ExposureMapping mapping() {
        return mapping;
    }

    /** Returns the condition names d_1 .. d_K. */
    public List<String> conditions() {
        return conditions;
    }

    /** Returns the number of units N. */
    public int unitCount() {
        return unitCount;
    }

    /** Returns whether the probabilities are exact, not Monte Carlo frequencies. */
    public boolean isExact() {
        return exact;
    }

    /** Returns the number of assignments enumerated or drawn. */
    public long assignmentCount() {
        return assignmentCount;
    }

    /** Returns the description of the design. */
    public String designDescription() {
        return designDescription;
    }

    /**
     * Returns the index of a condition name.
     *
     * @throws IllegalArgumentException if the name is not a condition of the mapping
     */
    public int conditionIndex(String condition) {
        int index = conditions.indexOf(condition);
        if (index < 0) {
            throw new IllegalArgumentException("Unknown exposure condition '" + condition
                    + "': the mapping has " + conditions + ".");
        }
        return index;
    }

    /** Returns {@code pi_i(d_k)}. */
    public double marginal(int unit, int condition) {
        return marginal[condition][unit];
    }

    /** Returns {@code pi_ij(d_k, d_l)}. */
    public double joint(int unit, int condition, int otherUnit, int otherCondition) {
        return joint[condition][otherCondition][unit * unitCount + otherUnit];
    }

    /** Counts the units with {@code pi_i(d_k) = 0}, which can never receive the condition. */
    public int unitsWithZeroProbability(int condition) {
        int count = 0;
        for (double probability : marginal[condition]) {
            if (probability == 0) {
                count++;
            }
        }
        return count;
    }
}
