package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;

/**
 * A product outcome {@code Y = f(T) g(I) + e} with {@code f(1) = 3}, {@code f(0) = 1} and
 * {@code g(I) = 1 + I} at the two signature levels 0 and 1, ten units per arm and level. The
 * noise e alternates +0.1 and -0.1 within each cell, so cell means are exact: 3 and 1 at
 * {@code I = 0}, 6 and 2 at {@code I = 1}. The risk ratio is 3 at both levels, while the
 * difference is 2 at one level and 4 at the other.
 */
final class ProductModelData {

    final int[] treatment = new int[40];
    final double[] outcome = new double[40];
    final List<Signature> signatures = new ArrayList<>();

    ProductModelData() {
        int unit = 0;
        for (int level = 0; level <= 1; level++) {
            for (int t = 0; t <= 1; t++) {
                for (int k = 0; k < 10; k++) {
                    double f = t == 1 ? 3 : 1;
                    treatment[unit] = t;
                    outcome[unit] = f * (1 + level) + (k % 2 == 0 ? 0.1 : -0.1);
                    signatures.add(Signature.of(ExactFraction.of(level)));
                    unit++;
                }
            }
        }
    }
}
