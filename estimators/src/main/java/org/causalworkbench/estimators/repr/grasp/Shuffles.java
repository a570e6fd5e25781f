package org.causalworkbench.estimators.repr.grasp;

import java.util.SplittableRandom;

/** Seeded random permutations for sampling and minibatch order. */
final class Shuffles {

    private Shuffles() {
    }

    /** Returns a Fisher-Yates shuffle of 0, ..., n - 1 drawn from {@code random}. */
    static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
