package org.causalworkbench.estimators.obsexp.simulate;

/** The kind of random function drawn for the arm shifts h0 and h1 of the GP-gap simulation. */
public enum GapFunctionType {

    /**
     * One exact draw from an RBF GP on a grid over [-3, 3], evaluated at the first covariate by
     * lower-index lookup ({@link GridGaussianProcess}, {@link GridFunction}). One dimension only.
     */
    RBF_GRID,

    /** Random Fourier features of all covariates ({@link RandomFourierFunction}). */
    RANDOM_FOURIER_FEATURES
}
