package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the additive, confounded interference process of O'Riordan and Gilligan-Lee (2025),
 * Sec. 6.1, at a chosen size: {@code X ~ U{0.1..0.4}}, a context per unit, a context effect
 * {@code U ~ U{0.1..0.4}}, {@code T ~ Bernoulli(X + U)}, I the treated fraction of the other
 * members, {@code W ~ Bernoulli(I)} and {@code Y ~ N(4X + T + 4W, 1)}. The TACE is 1.
 */
final class ContextSimulation {

    final int[] treatment;
    final double[] outcome;
    final List<String> covariates;
    final List<String> contexts;
    final List<Signature> signatures;

    ContextSimulation(int units, int contextCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] contextEffect = new double[contextCount];
        for (int c = 0; c < contextCount; c++) {
            contextEffect[c] = 0.1 * (1 + random.nextInt(4));
        }
        treatment = new int[units];
        double[] x = new double[units];
        covariates = new ArrayList<>(units);
        contexts = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            int level = 1 + random.nextInt(4);
            x[i] = 0.1 * level;
            int context = random.nextInt(contextCount);
            covariates.add("x" + level);
            contexts.add("c" + context);
            treatment[i] = random.nextDouble() < x[i] + contextEffect[context] ? 1 : 0;
        }
        ExactFraction[] fractions = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(IsolatedUnitPolicy.MISSING)
                .groupFraction(contexts, treatment);
        signatures = SignatureBuilder.combine(fractions);
        outcome = new double[units];
        for (int i = 0; i < units; i++) {
            double share = fractions[i] == null ? 0 : fractions[i].doubleValue();
            int w = random.nextDouble() < share ? 1 : 0;
            outcome[i] = 4 * x[i] + treatment[i] + 4 * w + random.nextGaussian();
        }
    }
}
