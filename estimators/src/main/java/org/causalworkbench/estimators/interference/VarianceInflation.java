package org.causalworkbench.estimators.interference;

/**
 * Factor D by which {@link BlockBootstrap} multiplies the bootstrap variance, taken from
 * {@link DependencyInflation}.
 */
public enum VarianceInflation {
    /** D = 1: for blocks that already contain every dependent pair of units. */
    NONE,
    /** {@code D_avg}, the mean dependency count: optimistic. */
    AVERAGE,
    /** {@code D_sr}, the spectral radius of the dependency matrix: the usual choice. */
    SPECTRAL_RADIUS,
    /** {@code D_max}, the largest dependency count: conservative. */
    MAXIMUM;

    /** Returns this factor's value for the given dependency graph. */
    public double factor(DependencyInflation dependence) {
        return switch (this) {
            case NONE -> 1;
            case AVERAGE -> dependence.average();
            case SPECTRAL_RADIUS -> dependence.spectralRadius();
            case MAXIMUM -> dependence.maximum();
        };
    }
}
