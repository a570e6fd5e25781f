package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DependencyInflationTest {

    @Test
    void fromNeighbours_reproducesPathValues_fourUnits() {
        int[][] path = {{1}, {0, 2}, {1, 3}, {2}};

        DependencyInflation inflation = DependencyInflation.fromNeighbours(path);

        assertArrayEquals(new int[] {3, 4, 4, 3}, inflation.dependencyCounts());
        assertEquals(3.5, inflation.average(), 1e-12);
        assertEquals(4, inflation.maximum());
        assertEquals((3 + Math.sqrt(17)) / 2, inflation.spectralRadius(), 1e-10);
        assertEquals(3.5616, inflation.spectralRadius(), 1e-4);
    }

    @Test
    void fromNeighbours_linksUnitsSharingSource_directedStar() {
        // Unit 0 acts on units 1 and 2, so the outcomes of 1 and 2 share the treatment of 0.
        int[][] star = {{}, {0}, {0}};

        DependencyInflation inflation = DependencyInflation.fromNeighbours(star);

        assertArrayEquals(new int[] {3, 3, 3}, inflation.dependencyCounts());
        assertEquals(3.0, inflation.spectralRadius(), 1e-10);
    }

    @Test
    void fromNeighbours_isolatedUnitsGiveOne_noEdges() {
        DependencyInflation inflation = DependencyInflation.fromNeighbours(new int[3][0]);

        assertEquals(1.0, inflation.average(), 1e-12);
        assertEquals(1.0, inflation.spectralRadius(), 1e-12);
        assertEquals(1, inflation.maximum());
    }

    @Test
    void fromNeighbours_ordersThreeFactors_randomGraphs() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int[][] graph = randomUndirectedGraph(random, 30, 0.05 + 0.01 * trial);

            DependencyInflation inflation = DependencyInflation.fromNeighbours(graph);

            assertTrue(inflation.average() <= inflation.spectralRadius() + 1e-9,
                    "trial " + trial + ": " + inflation);
            assertTrue(inflation.spectralRadius() <= inflation.maximum() + 1e-9,
                    "trial " + trial + ": " + inflation);
        }
    }

    @Test
    void fromNeighbours_indexOutOfRange_throws() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DependencyInflation.fromNeighbours(new int[][] {{1}, {2}}));

        assertTrue(error.getMessage().contains("Unit 1 lists neighbour 2"), error.getMessage());
    }

    private static int[][] randomUndirectedGraph(Random random, int n, double probability) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < probability) {
                    lists.get(i).add(j);
                    lists.get(j).add(i);
                }
            }
        }
        int[][] graph = new int[n][];
        for (int i = 0; i < n; i++) {
            graph[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return graph;
    }

    @Test
    void fromNeighbours_takesLargestBlock_manyCliques() {
        // 1,000 cliques of sizes 5 to 15: each block of D is all ones, with spectral radius
        // equal to its size. One dense matrix of this size made the eigenvalue solver fail.
        int n = 0;
        int[] sizes = new int[1000];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = 5 + c % 11;
            n += sizes[c];
        }
        int[][] neighbours = new int[n][];
        int start = 0;
        long squares = 0;
        for (int size : sizes) {
            for (int i = start; i < start + size; i++) {
                neighbours[i] = new int[size - 1];
                int k = 0;
                for (int j = start; j < start + size; j++) {
                    if (j != i) {
                        neighbours[i][k++] = j;
                    }
                }
            }
            start += size;
            squares += (long) size * size;
        }
        DependencyInflation inflation = DependencyInflation.fromNeighbours(neighbours);
        assertEquals(15.0, inflation.spectralRadius(), 1e-9);
        assertEquals(15, inflation.maximum());
        assertEquals((double) squares / n, inflation.average(), 1e-12);
    }

    @Test
    void fromNeighbours_combinesComponents_pathAndTriangle() {
        int[][] neighbours = {{1}, {0, 2}, {1, 3}, {2}, {5, 6}, {4, 6}, {4, 5}};
        DependencyInflation inflation = DependencyInflation.fromNeighbours(neighbours);
        assertArrayEquals(new int[] {3, 4, 4, 3, 3, 3, 3}, inflation.dependencyCounts());
        assertEquals((3 + Math.sqrt(17)) / 2, inflation.spectralRadius(), 1e-10);
    }
}
