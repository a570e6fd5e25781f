package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sparse rows of the dependency matrix {@code D}, split into the connected components of
 * {@code D}. Because {@code D} is block diagonal over these components, its eigenvalues are the
 * union of the blocks' eigenvalues, so each block can be handled on its own.
 *
 * <p>Memory is the number of non-zero entries, {@code sum_i D_i}. A unit that acts on m others
 * makes all m mutually dependent, so a hub of degree m alone adds m^2 entries.
 */
record DependencyComponents(List<int[][]> blocks, int[] counts) {

    /**
     * Builds the rows of {@code D} grouped by component.
     *
     * @param neighbours {@code neighbours[j]} lists the units acting on {@code j}
     * @return per component, its rows in local indices ({@code rows[a]} lists the local
     *     indices dependent on local unit {@code a}, itself included), and {@code D_i} per unit
     *     in input order
     */
    static DependencyComponents build(int[][] neighbours) {
        int n = neighbours.length;
        int[][] actedOn = actedOn(neighbours);
        int[] component = components(actedOn, n);

        // Local index of every unit within its component.
        int componentCount = 0;
        for (int label : component) {
            componentCount = Math.max(componentCount, label + 1);
        }
        int[] sizes = new int[componentCount];
        int[] local = new int[n];
        for (int i = 0; i < n; i++) {
            local[i] = sizes[component[i]]++;
        }
        List<int[][]> blocks = new ArrayList<>(componentCount);
        for (int size : sizes) {
            blocks.add(new int[size][]);
        }

        // Row i of D is the union of actedOn(k) over the sources k of i, i itself included.
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] buffer = new int[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            int length = 0;
            for (int s = -1; s < neighbours[i].length; s++) {
                int source = s < 0 ? i : neighbours[i][s];
                for (int j : actedOn[source]) {
                    if (mark[j] != i) {
                        mark[j] = i;
                        buffer[length++] = local[j];
                    }
                }
            }
            int[] row = Arrays.copyOf(buffer, length);
            Arrays.sort(row);
            blocks.get(component[i])[local[i]] = row;
            counts[i] = length;
        }
        return new DependencyComponents(blocks, counts);
    }

    /** Returns, per unit k, the units that k acts on, k itself first. */
    private static int[][] actedOn(int[][] neighbours) {
        int n = neighbours.length;
        int[] counts = new int[n];
        Arrays.fill(counts, 1);
        for (int j = 0; j < n; j++) {
            for (int k : neighbours[j]) {
                if (k < 0 || k >= n) {
                    throw new IllegalArgumentException("Unit " + j + " lists neighbour " + k
                            + ", outside 0.." + (n - 1) + ".");
                }
                counts[k]++;
            }
        }
        int[][] actedOn = new int[n][];
        for (int k = 0; k < n; k++) {
            actedOn[k] = new int[counts[k]];
            actedOn[k][0] = k;
            counts[k] = 1;
        }
        for (int j = 0; j < n; j++) {
            for (int k : neighbours[j]) {
                actedOn[k][counts[k]++] = j;
            }
        }
        return actedOn;
    }

    /** Labels components 0, 1, ... in order of their first unit, by union-find. */
    private static int[] components(int[][] actedOn, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int[] group : actedOn) {
            for (int j : group) {
                union(parent, group[0], j);
            }
        }
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int next = 0;
        int[] component = new int[n];
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (label[root] < 0) {
                label[root] = next++;
            }
            component[i] = label[root];
        }
        return component;
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
