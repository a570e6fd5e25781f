package org.causalworkbench.estimators.interference.simulate;

/** Form of the interference part g(I, X) of the outcome in {@link ContextSimulation}. */
public enum InterferenceShape {
    /**
     * {@code g = k W} with {@code W ~ Bernoulli(I)}, so {@code E[g | I] = k I}, as in
     * O'Riordan and Gilligan-Lee (2025), Sec. 6.1.
     */
    BERNOULLI_LINEAR,
    /**
     * {@code g(I, X) = 10 k X I^2}, which is non-linear in I and grows with X but stays additive
     * in T, so the signature-adjusted estimate is still unbiased.
     */
    COVARIATE_DEPENDENT
}
