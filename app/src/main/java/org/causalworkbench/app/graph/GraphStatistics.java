package org.causalworkbench.app.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts shown in the editor's status line, over all units of the unit table. Units that are not
 * placed count as isolated, because the estimators see them without neighbours.
 *
 * @param units the number of units in the table
 * @param placed the number of units on the canvas
 * @param edges the number of edges
 * @param minDegree the smallest degree, 0 without units
 * @param meanDegree the mean degree, 0 without units
 * @param maxDegree the largest degree, 0 without units
 * @param components the number of connected components, each isolated unit being one
 * @param isolated the number of units without edges
 */
public record GraphStatistics(int units, int placed, int edges, int minDegree, double meanDegree,
        int maxDegree, int components, int isolated) {

    /** Computes the statistics of a model, in time linear in units plus edges. */
    public static GraphStatistics of(GraphModel model) {
        List<String> ids = model.unitIds();
        int count = ids.size();
        Map<String, Integer> rowOf = new HashMap<>(count * 2);
        for (int row = 0; row < count; row++) {
            rowOf.put(ids.get(row), row);
        }
        int[] parent = new int[count];
        int[] degree = new int[count];
        for (int row = 0; row < count; row++) {
            parent[row] = row;
        }

        int components = count;
        for (NodePair pair : model.edges().keySet()) {
            int first = rowOf.get(pair.first());
            int second = rowOf.get(pair.second());
            degree[first]++;
            degree[second]++;
            int rootFirst = root(parent, first);
            int rootSecond = root(parent, second);
            if (rootFirst != rootSecond) {
                parent[rootFirst] = rootSecond;
                components--;
            }
        }

        int min = count == 0 ? 0 : Integer.MAX_VALUE;
        int max = 0;
        int isolated = 0;
        for (int value : degree) {
            min = Math.min(min, value);
            max = Math.max(max, value);
            isolated += value == 0 ? 1 : 0;
        }
        int edgeCount = model.edges().size();
        double mean = count == 0 ? 0 : 2.0 * edgeCount / count;
        return new GraphStatistics(count, model.positions().size(), edgeCount, min, mean, max,
                components, isolated);
    }

    /** Formats the statistics as one line for the status bar. */
    public String describe() {
        return String.format(Locale.ROOT, "%d of %d units placed, %d edges, degree min %d,"
                + " mean %.2f, max %d, %d components, %d isolated units (signature 0/0)",
                placed, units, edges, minDegree, meanDegree, maxDegree, components, isolated);
    }

    /** Finds the root of a union-find tree, halving the path on the way. */
    private static int root(int[] parent, int node) {
        int current = node;
        while (parent[current] != current) {
            parent[current] = parent[parent[current]];
            current = parent[current];
        }
        return current;
    }
}
