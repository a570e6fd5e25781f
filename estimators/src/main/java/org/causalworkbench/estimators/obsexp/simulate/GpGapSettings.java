package org.causalworkbench.estimators.obsexp.simulate;

import java.util.Objects;

/**
 * The settings of a {@link GpGapSimulation}, checked on construction.
 *
 * @param dimension the number of covariates d, at least 1
 * @param experimentalSize the RCT size n_E, at least 1
 * @param observationalSize the observational size n_O, 0 for no observational sample
 * @param treatmentProbability the RCT's P(T = 1), also used in the observational sample
 * @param noiseSd the outcome noise standard deviation σ, zero or positive
 * @param gapFunction the type of h0 and h1, or {@code null} to choose by dimension
 * @param gridSize the number of RBF grid points G, at least 2
 * @param featureCount the number of random Fourier features S, at least 1
 * @param lengthscale the lengthscale of either function type, positive
 * @param inSupportSize the number of evaluation points inside the support, at least 1
 * @param outOfSupportSize the number of evaluation points outside the support, at least 1
 * @param outOfSupportDraw how points outside the support are drawn
 */
public record GpGapSettings(int dimension, int experimentalSize, int observationalSize,
        double treatmentProbability, double noiseSd, GapFunctionType gapFunction, int gridSize,
        int featureCount, double lengthscale, int inSupportSize, int outOfSupportSize,
        OutOfSupportDraw outOfSupportDraw) {

    /**
     * Checks every setting.
     *
     * @throws IllegalArgumentException naming the first invalid setting, including an RBF grid
     *     requested for more than one covariate
     */
    public GpGapSettings {
        SimulationChecks.requireAtLeast(dimension, 1, "dimension");
        SimulationChecks.requireAtLeast(experimentalSize, 1, "RCT size");
        SimulationChecks.requireAtLeast(observationalSize, 0, "observational size");
        SimulationChecks.requireOpenProbability(treatmentProbability, "treatment probability");
        if (!(noiseSd >= 0 && Double.isFinite(noiseSd))) {
            throw new IllegalArgumentException("noise SD must be zero or a positive finite"
                    + " number, got " + noiseSd + ".");
        }
        if (gapFunction == GapFunctionType.RBF_GRID && dimension > 1) {
            throw new IllegalArgumentException("the RBF grid gap needs dimension 1, got "
                    + dimension + "; use random Fourier features for more covariates.");
        }
        SimulationChecks.requireAtLeast(gridSize, 2, "grid size");
        SimulationChecks.requireAtLeast(featureCount, 1, "feature count");
        SimulationChecks.requirePositive(lengthscale, "lengthscale");
        SimulationChecks.requireAtLeast(inSupportSize, 1, "number of in-support points");
        SimulationChecks.requireAtLeast(outOfSupportSize, 1, "number of out-of-support points");
        Objects.requireNonNull(outOfSupportDraw, "outOfSupportDraw");
    }

    /**
     * Returns the gap function type in effect: the requested one, else the RBF grid for one
     * covariate and random Fourier features for more.
     */
    public GapFunctionType effectiveGapFunction() {
        if (gapFunction != null) {
            return gapFunction;
        }
        return dimension == 1 ? GapFunctionType.RBF_GRID : GapFunctionType.RANDOM_FOURIER_FEATURES;
    }

    GpGapSettings withDimension(int value) {
        return new GpGapSettings(value, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, gapFunction, gridSize, featureCount, lengthscale,
                inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withExperimentalSize(int value) {
        return new GpGapSettings(dimension, value, observationalSize, treatmentProbability,
                noiseSd, gapFunction, gridSize, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withObservationalSize(int value) {
        return new GpGapSettings(dimension, experimentalSize, value, treatmentProbability,
                noiseSd, gapFunction, gridSize, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withTreatmentProbability(double value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize, value, noiseSd,
                gapFunction, gridSize, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withNoiseSd(double value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, value, gapFunction, gridSize, featureCount, lengthscale,
                inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withGapFunction(GapFunctionType value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, value, gridSize, featureCount, lengthscale,
                inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withGridSize(int value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, gapFunction, value, featureCount, lengthscale,
                inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withFeatureCount(int value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, gapFunction, gridSize, value, lengthscale,
                inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withLengthscale(double value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, gapFunction, gridSize, featureCount, value,
                inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    GpGapSettings withEvaluationSizes(int inSupport, int outOfSupport) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, gapFunction, gridSize, featureCount, lengthscale,
                inSupport, outOfSupport, outOfSupportDraw);
    }

    GpGapSettings withOutOfSupportDraw(OutOfSupportDraw value) {
        return new GpGapSettings(dimension, experimentalSize, observationalSize,
                treatmentProbability, noiseSd, gapFunction, gridSize, featureCount, lengthscale,
                inSupportSize, outOfSupportSize, value);
    }
}
