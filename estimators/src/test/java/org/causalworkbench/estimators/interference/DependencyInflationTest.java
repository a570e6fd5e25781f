package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
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

    @Test
    void fromNeighbours_matchesDenseEigenvalues_severalComponents() {
        Random random = new Random(11);
        int[][] first = randomUndirectedGraph(random, 40, 0.08);
        int[][] second = randomUndirectedGraph(random, 25, 0.15);
        int[][] joined = new int[65][];
        for (int i = 0; i < 40; i++) {
            joined[i] = first[i];
        }
        for (int i = 0; i < 25; i++) {
            joined[40 + i] = second[i].clone();
            for (int k = 0; k < joined[40 + i].length; k++) {
                joined[40 + i][k] += 40;
            }
        }

        DependencyInflation inflation = DependencyInflation.fromNeighbours(joined);

        double[][] dense = denseDependency(joined);
        double expected = 0;
        for (double value : new EigenDecomposition(new Array2DRowRealMatrix(dense))
                .getRealEigenvalues()) {
            expected = Math.max(expected, Math.abs(value));
        }
        assertEquals(expected, inflation.spectralRadius(), 1e-9);
        for (int i = 0; i < joined.length; i++) {
            int count = 0;
            for (double entry : dense[i]) {
                count += (int) entry;
            }
            assertEquals(count, inflation.dependencyCounts()[i], "unit " + i);
        }
    }

    @Test
    void powerIteration_bracketsDenseRoot_randomBlocks() {
        Random random = new Random(5);
        for (int trial = 0; trial < 5; trial++) {
            int[][] graph = randomUndirectedGraph(random, 120, 0.03 + 0.01 * trial);
            DependencyComponents dependency = DependencyComponents.build(graph);
            for (int[][] block : dependency.blocks()) {
                if (block.length < 2) {
                    continue;
                }
                double exact = PerronRoot.of(block);

                double iterated = PerronRoot.powerIteration(block);

                assertTrue(iterated >= exact - 1e-9, "trial " + trial);
                assertEquals(exact, iterated, 1e-6 * exact, "trial " + trial);
            }
        }
    }

    @Test
    void powerIteration_matchesDense_cliqueWithLongTail() {
        // A clique of 10 with a path of 900 attached: the Perron vector falls below 1e-308
        // along the path, which once made the iteration return NaN.
        int clique = 10;
        int n = clique + 900;
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < clique; i++) {
            for (int j = i + 1; j < clique; j++) {
                lists.get(i).add(j);
                lists.get(j).add(i);
            }
        }
        for (int i = clique - 1; i < n - 1; i++) {
            lists.get(i).add(i + 1);
            lists.get(i + 1).add(i);
        }
        int[][] graph = new int[n][];
        for (int i = 0; i < n; i++) {
            graph[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        int[][] block = DependencyComponents.build(graph).blocks().get(0);

        double iterated = PerronRoot.powerIteration(block);

        double exact = PerronRoot.dense(block);
        assertFalse(Double.isNaN(iterated));
        assertTrue(iterated >= exact - 1e-9, iterated + " < " + exact);
        assertEquals(exact, iterated, 1e-8 * exact);
    }

    @Test
    void fromNeighbours_staysWithinBounds_longPathAboveDenseLimit() {
        int n = 3000;
        int[][] path = new int[n][];
        for (int i = 0; i < n; i++) {
            path[i] = i == 0 ? new int[] {1}
                    : i == n - 1 ? new int[] {n - 2} : new int[] {i - 1, i + 1};
        }

        DependencyInflation inflation = DependencyInflation.fromNeighbours(path);

        // Units two hops apart share a neighbour, so the infinite path has D_sr = 5.
        assertEquals(5, inflation.maximum());
        assertTrue(inflation.spectralRadius() <= 5 + 1e-12, inflation.toString());
        assertTrue(inflation.spectralRadius() >= inflation.average(), inflation.toString());
        assertTrue(inflation.spectralRadius() > 4.99, inflation.toString());
    }

    @Test
    void fromNeighbours_handlesMainSimulationSize_households() {
        // 110,000 units in 10,000 cliques of 11: each unit depends on its 11 housemates.
        int households = 10_000;
        int size = 11;
        int[][] neighbours = new int[households * size][];
        for (int h = 0; h < households; h++) {
            for (int a = 0; a < size; a++) {
                int[] others = new int[size - 1];
                int k = 0;
                for (int b = 0; b < size; b++) {
                    if (b != a) {
                        others[k++] = h * size + b;
                    }
                }
                neighbours[h * size + a] = others;
            }
        }

        DependencyInflation inflation = DependencyInflation.fromNeighbours(neighbours);

        assertEquals(11.0, inflation.average(), 1e-12);
        assertEquals(11.0, inflation.spectralRadius(), 1e-9);
        assertEquals(11, inflation.maximum());
    }

    private static double[][] denseDependency(int[][] neighbours) {
        int n = neighbours.length;
        double[][] acts = new double[n][n];
        for (int j = 0; j < n; j++) {
            acts[j][j] = 1;
            for (int k : neighbours[j]) {
                acts[k][j] = 1;
            }
        }
        double[][] dependency = new double[n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (acts[k][i] == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (acts[k][j] != 0) {
                        dependency[i][j] = 1;
                    }
                }
            }
        }
        return dependency;
    }

    @Test
    void betweenBlocks_givesOne_componentBlocks() {
        int[][] neighbours = {{1}, {0, 2}, {1}, {4}, {3}};
        int[] blocks = {0, 0, 0, 1, 1};

        DependencyInflation inflation = DependencyInflation.betweenBlocks(neighbours, blocks);

        assertArrayEquals(new int[] {1, 1}, inflation.dependencyCounts());
        assertEquals(1.0, inflation.spectralRadius(), 1e-12);
        assertEquals(1, inflation.maximum());
    }

    @Test
    void betweenBlocks_followsCrossingEdges_pathOfBlocks() {
        // Blocks {0,1}, {2,3}, {4,5}, {6,7} joined in a path by the edges 1-2, 3-4 and 5-6,
        // so the block graph is the path P4 with D_sr = (3 + sqrt 17) / 2.
        int[][] neighbours = {{1}, {0, 2}, {1, 3}, {2, 4}, {3, 5}, {4, 6}, {5, 7}, {6}};
        int[] blocks = {0, 0, 1, 1, 2, 2, 3, 3};

        DependencyInflation inflation = DependencyInflation.betweenBlocks(neighbours, blocks);

        assertArrayEquals(new int[] {3, 4, 4, 3}, inflation.dependencyCounts());
        assertEquals((3 + Math.sqrt(17)) / 2, inflation.spectralRadius(), 1e-10);
    }

    @Test
    void betweenBlocks_rejectsLengthMismatch() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DependencyInflation.betweenBlocks(new int[2][0], new int[] {0}));

        assertTrue(error.getMessage().contains("1 entries, expected 2"), error.getMessage());
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
