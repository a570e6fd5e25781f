package org.causalworkbench.estimators.obsexp;

/**
 * Computes the closed-form effect functions of two simulation designs with a known gap
 * {@code Delta = tau - omega}.
 *
 * <p><strong>GP-gap simulation</strong> (Fawkes et al. 2025). The confounded arm means are
 * {@code mu_t(x) = 1 + t + x + 2tx + 0.5x^2 + 0.75tx^2 + 2(t - 1/2)x^2}, whose difference is
 * {@code omega(x) = 1 + 2x + 2.75x^2}. The true CATE adds a random gap, so only omega is closed.
 *
 * <p><strong>Kallus-style design</strong>, after Kallus, Puli and Shalit (2018). The outcome is
 * {@code Y = 1 + T + X + 2TX + 0.5X^2 + 0.75TX^2 + U + noise}. In the RCT, U is independent of
 * X, so {@code tau(x) = 1 + 2x + 0.75x^2}. In the observational data, {@code (X, U)} given
 * {@code T = t} is bivariate normal with unit variances and correlation {@code t - 1/2}, so
 * {@code E[U | X = x, T = t] = (t - 1/2) x}. The arm difference then gains x, which gives
 * {@code omega(x) = 1 + 3x + 0.75x^2} and the linear gap {@code Delta(x) = -x}.
 *
 * <p><strong>Thread safety.</strong> Stateless.
 *
 * <p>References: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), arXiv:2503.14795.
 * Kallus, Puli and Shalit (2018), Removing Hidden Confounding by Experimental Grounding,
 * Advances in Neural Information Processing Systems 31, 10888-10897, arXiv:1810.11646.
 */
public final class SimulationDesigns {

    private SimulationDesigns() {
    }

    /** Returns omega(x) = 1 + 2x + 2.75x^2 of the GP-gap simulation. */
    public static double paperSimulationOmega(double x) {
        return 1 + 2 * x + 2.75 * x * x;
    }

    /** Returns tau(x) = 1 + 2x + 0.75x^2 of the Kallus-style design. */
    public static double kallusTau(double x) {
        return 1 + 2 * x + 0.75 * x * x;
    }

    /** Returns omega(x) = 1 + 3x + 0.75x^2 of the Kallus-style design. */
    public static double kallusOmega(double x) {
        return 1 + 3 * x + 0.75 * x * x;
    }

    /** Returns the gap Delta(x) = tau(x) - omega(x) = -x of the Kallus-style design. */
    public static double kallusGap(double x) {
        return -x;
    }
}
