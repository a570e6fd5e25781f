package org.causalworkbench.estimators.interference.classical;

/**
 * Conservative variance and covariance estimators of Horvitz-Thompson totals under a known
 * design, with Young's inequality {@code -ab <= (a^2 + b^2) / 2} standing in for the pair
 * terms whose joint probability is 0. Formulas and the choice of pairs are in
 * {@link AronowSamii}.
 */
final class HorvitzThompsonVariance {

    private HorvitzThompsonVariance() {
    }

    /** Variance estimate of one condition's HT total and its Young's-inequality part. */
    record Parts(double total, double young) {
    }

    static Parts variance(ExposureProbabilities p, int k, int[] exposures, double[] y) {
        int n = exposures.length;
        double single = 0;
        double pairs = 0;
        double young = 0;
        for (int i = 0; i < n; i++) {
            if (exposures[i] != k) {
                continue;
            }
            double pi = p.marginal(i, k);
            single += (1 - pi) * (y[i] / pi) * (y[i] / pi);
            int zeroPairs = 0;
            for (int j = 0; j < n; j++) {
                if (j == i || p.marginal(j, k) == 0) {
                    continue;
                }
                double pj = p.marginal(j, k);
                double pij = p.joint(i, k, j, k);
                if (pij == 0) {
                    zeroPairs++;
                } else if (exposures[j] == k) {
                    pairs += (pij - pi * pj) / pij * y[i] * y[j] / (pi * pj);
                }
            }
            // Pair (i, j) and pair (j, i) each carry the term y_i^2 / (2 pi_i).
            young += 2 * zeroPairs * y[i] * y[i] / (2 * pi);
        }
        return new Parts(single + pairs + young, young);
    }

    static double covarianceBound(ExposureProbabilities p, int k, int l, int[] exposures,
            double[] y) {
        int n = exposures.length;
        double pairs = 0;
        double young = 0;
        for (int i = 0; i < n; i++) {
            if (exposures[i] == k) {
                double pi = p.marginal(i, k);
                int zeroPairs = 0;
                for (int j = 0; j < n; j++) {
                    double pj = p.marginal(j, l);
                    if (pj == 0) {
                        continue;
                    }
                    double pij = p.joint(i, k, j, l);
                    if (pij == 0) {
                        zeroPairs++;
                    } else if (exposures[j] == l) {
                        pairs += (pij - pi * pj) / pij * y[i] * y[j] / (pi * pj);
                    }
                }
                young += zeroPairs * y[i] * y[i] / (2 * pi);
            }
            if (exposures[i] == l) {
                double pj = p.marginal(i, l);
                int zeroPairs = 0;
                for (int m = 0; m < n; m++) {
                    if (p.marginal(m, k) > 0 && p.joint(m, k, i, l) == 0) {
                        zeroPairs++;
                    }
                }
                young += zeroPairs * y[i] * y[i] / (2 * pj);
            }
        }
        return pairs - young;
    }
}
