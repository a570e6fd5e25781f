package org.causalworkbench.app.interference.teaching;

/**
 * The data-generating processes and fixed examples that the teaching tab offers. A study preset
 * draws R replicate data sets and shows bias distributions; an example preset shows one small
 * data set with its estimates.
 */
public enum TeachingPreset {

    /** Contexts with confounded, additive interference: O'Riordan and Gilligan-Lee (2025). */
    MAIN_SIMULATION("Main simulation (contexts)", true),
    /** The same process with the signature max(0, J - T/10), which depends on own treatment. */
    APPENDIX_VARIANT("Appendix variant (own treatment in I)", true),
    /** The context simulation with g(I, X) = 10 k X I^2 in place of k W. */
    COVARIATE_DEPENDENT("Covariate-dependent interference", true),
    /** Households of equal size with Bernoulli allocation and Y = 2T + 3I + noise. */
    HOUSEHOLDS("Additive households", true),
    /** A random graph whose neighbours' covariates confound the treatment. */
    GRAPH("Generated graph", true),
    /** Three units where one signature cell has both arms. */
    TOY_ONE("Toy example 1: three units", false),
    /** Three units with a vector signature and no overlap. */
    TOY_TWO("Toy example 2: overlap failure", false),
    /** Two outcome models on K3,3 components that give identical data. */
    NON_IDENTIFICATION("K3,3 non-identification (two models)", false),
    /** A product outcome whose difference changes with I but whose ratio does not. */
    PRODUCT_OUTCOME("Product outcome (TACRR)", false);

    private final String label;
    private final boolean study;

    TeachingPreset(String label, boolean study) {
        this.label = label;
        this.study = study;
    }

    /** Returns whether the preset runs replicates, rather than showing one fixed data set. */
    public boolean isStudy() {
        return study;
    }

    /** Returns whether the preset is one of the context simulations. */
    public boolean usesContexts() {
        return this == MAIN_SIMULATION || this == APPENDIX_VARIANT || this == COVARIATE_DEPENDENT;
    }

    @Override
    public String toString() {
        return label;
    }
}
