package org.causalworkbench.estimators.interference.classical;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.graph.InterferenceGraph;

/**
 * The four-condition exposure mapping of Aronow and Samii (2017) at hop 1: a unit's own
 * treatment crossed with whether at least one graph neighbour is treated.
 *
 * <pre>
 *   c11  treated,   at least one treated neighbour
 *   c10  treated,   no treated neighbour
 *   c01  untreated, at least one treated neighbour
 *   c00  untreated, no treated neighbour
 * </pre>
 * A unit without neighbours is always in c10 or c00.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Aronow and Samii (2017), Estimating average causal effects under general
 * interference, with application to a social network experiment, Ann. Appl. Stat. 11(4),
 * 1912-1947, doi:10.1214/16-AOAS1005.
 */
public final class As4ExposureMapping implements ExposureMapping {

    /** Condition index of c11: treated with at least one treated neighbour. */
    public static final int C11 = 0;
    /** Condition index of c10: treated with no treated neighbour. */
    public static final int C10 = 1;
    /** Condition index of c01: untreated with at least one treated neighbour. */
    public static final int C01 = 2;
    /** Condition index of c00: untreated with no treated neighbour. */
    public static final int C00 = 3;

    private static final List<String> CONDITIONS = List.of("c11", "c10", "c01", "c00");

    private final int[][] neighbours;

    private As4ExposureMapping(int[][] neighbours) {
        this.neighbours = neighbours;
    }

    /**
     * Builds the mapping from neighbour lists.
     *
     * @param neighbours the neighbour indices of each unit. Not modified.
     * @return the mapping
     * @throws IllegalArgumentException if an index is out of range, a unit lists itself or a
     *     neighbour twice
     */
    public static As4ExposureMapping of(int[][] neighbours) {
        int n = neighbours.length;
        int[][] copy = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> seen = new HashSet<>();
            for (int j : neighbours[i]) {
                if (j < 0 || j >= n) {
                    throw new IllegalArgumentException("Unit " + i + " lists neighbour " + j
                            + ", outside 0.." + (n - 1) + ".");
                }
                if (j == i || !seen.add(j)) {
                    throw new IllegalArgumentException("Unit " + i + " lists neighbour " + j
                            + (j == i ? " (itself)" : " twice") + ": remove that entry.");
                }
            }
            copy[i] = neighbours[i].clone();
        }
        return new As4ExposureMapping(copy);
    }

    /**
     * Builds the mapping from an interference graph, with unit i at the graph's row i.
     *
     * @param graph the undirected interference graph, whose edge weights are ignored
     * @return the mapping
     */
    public static As4ExposureMapping of(InterferenceGraph graph) {
        int n = graph.unitCount();
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            List<String> ids = graph.neighbours(graph.unitId(i));
            neighbours[i] = new int[ids.size()];
            for (int k = 0; k < ids.size(); k++) {
                neighbours[i][k] = graph.rowOf(ids.get(k)).orElseThrow();
            }
        }
        return new As4ExposureMapping(neighbours);
    }

    @Override
    public List<String> conditions() {
        return CONDITIONS;
    }

    @Override
    public int unitCount() {
        return neighbours.length;
    }

    @Override
    public int[] exposures(int[] assignment) {
        int[] exposures = new int[neighbours.length];
        for (int i = 0; i < neighbours.length; i++) {
            boolean treatedNeighbour = false;
            for (int j : neighbours[i]) {
                treatedNeighbour |= assignment[j] == 1;
            }
            if (assignment[i] == 1) {
                exposures[i] = treatedNeighbour ? C11 : C10;
            } else {
                exposures[i] = treatedNeighbour ? C01 : C00;
            }
        }
        return exposures;
    }
}
