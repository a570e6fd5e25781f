package org.causalworkbench.estimators.interference.classical;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/** Enumerates and draws 0/1 vectors with a fixed number of ones. */
final class Combinations {

    private Combinations() {
    }

    /** Passes every 0/1 vector of length n with k ones to the consumer, each as a new array. */
    static void forEach(int n, int k, Consumer<int[]> consumer) {
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            chosen[i] = i;
        }
        while (true) {
            int[] vector = new int[n];
            for (int index : chosen) {
                vector[index] = 1;
            }
            consumer.accept(vector);

            // Advance to the next k-subset in lexicographic order.
            int position = k - 1;
            while (position >= 0 && chosen[position] == n - k + position) {
                position--;
            }
            if (position < 0) {
                return;
            }
            chosen[position]++;
            for (int i = position + 1; i < k; i++) {
                chosen[i] = chosen[i - 1] + 1;
            }
        }
    }

    /** Returns a uniformly random 0/1 vector of length n with k ones (Fisher-Yates). */
    static int[] shuffled(int n, int k, SplittableRandom random) {
        int[] vector = new int[n];
        for (int i = 0; i < k; i++) {
            vector[i] = 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = vector[i];
            vector[i] = vector[j];
            vector[j] = swap;
        }
        return vector;
    }
}
