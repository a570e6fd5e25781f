package org.causalworkbench.estimators.interference.simulate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Two outcome models that give identical data but different TACEs, on a graph: the
 * non-identification result (Theorem 2) of O'Riordan and Gilligan-Lee (2025) made concrete.
 *
 * <p>The graph has two components, each a complete bipartite K3,3 between a "left" and a
 * "right" household of three, with no edges inside a household. In every household two of the
 * three members are treated, and X = 0. The signature is the number of treated neighbours,
 * which is 2 for all 12 units. Model 1 is {@code Y = T I} and Model 2 is {@code Y = 2 T}, so
 * both give Y = 2 T for every unit. With the product default I = 1 the TACEs are 1 and 2 (with
 * the default I = 0 they are 0 and 2). Every estimator returns one number for both, because
 * the default interference level lies outside the observed support of I.
 *
 * @param modelOne the data under {@code Y = T I}, TACE 1
 * @param modelTwo the data under {@code Y = 2 T}, TACE 2
 * @param defaultSignature the signature value at which the product model's TACE is defined
 */
public record NonIdentificationDemo(
        SimulatedUnits modelOne,
        SimulatedUnits modelTwo,
        ExactFraction defaultSignature) {

    private static final int HOUSEHOLD_SIZE = 3;
    private static final int HOUSEHOLDS = 4;

    /** Builds the two models on the 12-unit graph. */
    public static NonIdentificationDemo create() {
        int n = HOUSEHOLD_SIZE * HOUSEHOLDS;
        int[] groups = new int[n];
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = i / HOUSEHOLD_SIZE;
            t[i] = i % HOUSEHOLD_SIZE < 2 ? 1 : 0;
        }
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            int partner = groups[i] ^ 1;
            neighbours[i] = new int[HOUSEHOLD_SIZE];
            for (int k = 0; k < HOUSEHOLD_SIZE; k++) {
                neighbours[i][k] = partner * HOUSEHOLD_SIZE + k;
            }
        }
        ExactFraction[] count = SignatureBuilder.withDefaults()
                .treatedNeighbourCount(neighbours, t);
        List<Signature> signatures = SignatureBuilder.combine(count);
        double[] yOne = new double[n];
        double[] yTwo = new double[n];
        for (int i = 0; i < n; i++) {
            yOne[i] = t[i] * count[i].doubleValue();
            yTwo[i] = 2.0 * t[i];
        }
        String signature = "number of treated neighbours";
        ProcessTruth truthOne = new ProcessTruth("T I (product, default I = 1)", "0", signature,
                1, Double.NaN, Double.NaN);
        ProcessTruth truthTwo = new ProcessTruth("2T", "0 T I", signature, 2, 0, 0);
        return new NonIdentificationDemo(
                new SimulatedUnits("K3,3 model 1", groups, new double[n], t, yOne, signatures,
                        neighbours, truthOne),
                new SimulatedUnits("K3,3 model 2", groups, new double[n], t, yTwo, signatures,
                        neighbours, truthTwo),
                ExactFraction.of(1));
    }

    /** Returns the distinct signature values observed, which are the same in both models. */
    public Set<Signature> observedSupport() {
        Set<Signature> support = new HashSet<>();
        for (Signature signature : modelOne.signatures()) {
            if (signature != null) {
                support.add(signature);
            }
        }
        return support;
    }

    /**
     * Returns whether the default signature value was observed. When it was not, the data
     * cannot tell the two models apart and the TACE is not identified.
     */
    public boolean defaultInsideSupport() {
        return observedSupport().contains(Signature.of(defaultSignature));
    }
}
