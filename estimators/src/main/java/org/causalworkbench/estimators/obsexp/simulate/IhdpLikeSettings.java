package org.causalworkbench.estimators.obsexp.simulate;

/**
 * The settings of an {@link IhdpLikeSimulation}, checked on construction.
 *
 * @param tableSize the number of rows of the synthetic covariate table, at least 2
 * @param experimentalSize the RCT size n_E, at least 1
 * @param observationalSize the observational size n_O, at least 1
 * @param treatmentProbability the RCT's P(T = 1), strictly inside (0, 1)
 * @param observationalTreatmentProbability P(T = 1) in the observational sample, strictly
 *     inside (0, 1) so that both arms enter the regression for ω̂
 * @param baseWeightProportion W_prop, the probability that an entry of w0 is nonzero
 * @param interactionWeightProportion WT_prop, the probability that an entry of w1 is nonzero
 * @param noiseSd the outcome noise standard deviation, zero or positive
 * @param featureCount the number of random Fourier features S of h0 and h1, at least 1
 * @param lengthscale the lengthscale of h0 and h1, positive
 * @param inSupportSize the number of evaluation rows inside the RCT support, at least 1
 * @param outOfSupportSize the number of evaluation rows from the wider table, at least 1
 * @param outOfSupportExcludesRctRows whether out-of-support rows skip rows with cig = 1 and
 *     sex = 1, where false draws from the whole table as the authors' code does
 */
public record IhdpLikeSettings(int tableSize, int experimentalSize, int observationalSize,
        double treatmentProbability, double observationalTreatmentProbability,
        double baseWeightProportion, double interactionWeightProportion, double noiseSd,
        int featureCount, double lengthscale, int inSupportSize, int outOfSupportSize,
        boolean outOfSupportExcludesRctRows) {

    /**
     * Checks every setting.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public IhdpLikeSettings {
        SimulationChecks.requireAtLeast(tableSize, 2, "table size");
        SimulationChecks.requireAtLeast(experimentalSize, 1, "RCT size");
        SimulationChecks.requireAtLeast(observationalSize, 1, "observational size");
        SimulationChecks.requireOpenProbability(treatmentProbability, "treatment probability");
        SimulationChecks.requireOpenProbability(observationalTreatmentProbability,
                "observational treatment probability");
        SimulationChecks.requireProbability(baseWeightProportion, "W_prop");
        SimulationChecks.requireProbability(interactionWeightProportion, "WT_prop");
        if (!(noiseSd >= 0 && Double.isFinite(noiseSd))) {
            throw new IllegalArgumentException("noise SD must be zero or a positive finite"
                    + " number, got " + noiseSd + ".");
        }
        SimulationChecks.requireAtLeast(featureCount, 1, "feature count");
        SimulationChecks.requirePositive(lengthscale, "lengthscale");
        SimulationChecks.requireAtLeast(inSupportSize, 1, "number of in-support rows");
        SimulationChecks.requireAtLeast(outOfSupportSize, 1, "number of out-of-support rows");
    }

    IhdpLikeSettings withTableSize(int value) {
        return new IhdpLikeSettings(value, experimentalSize, observationalSize,
                treatmentProbability, observationalTreatmentProbability, baseWeightProportion,
                interactionWeightProportion, noiseSd, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withSampleSizes(int experimental, int observational) {
        return new IhdpLikeSettings(tableSize, experimental, observational,
                treatmentProbability, observationalTreatmentProbability, baseWeightProportion,
                interactionWeightProportion, noiseSd, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withTreatmentProbabilities(double rct, double observational) {
        return new IhdpLikeSettings(tableSize, experimentalSize, observationalSize, rct,
                observational, baseWeightProportion, interactionWeightProportion, noiseSd,
                featureCount, lengthscale, inSupportSize, outOfSupportSize,
                outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withWeightProportions(double base, double interaction) {
        return new IhdpLikeSettings(tableSize, experimentalSize, observationalSize,
                treatmentProbability, observationalTreatmentProbability, base, interaction,
                noiseSd, featureCount, lengthscale, inSupportSize, outOfSupportSize,
                outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withNoiseSd(double value) {
        return new IhdpLikeSettings(tableSize, experimentalSize, observationalSize,
                treatmentProbability, observationalTreatmentProbability, baseWeightProportion,
                interactionWeightProportion, value, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withGapFunction(int features, double scale) {
        return new IhdpLikeSettings(tableSize, experimentalSize, observationalSize,
                treatmentProbability, observationalTreatmentProbability, baseWeightProportion,
                interactionWeightProportion, noiseSd, features, scale, inSupportSize,
                outOfSupportSize, outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withEvaluationSizes(int inSupport, int outOfSupport) {
        return new IhdpLikeSettings(tableSize, experimentalSize, observationalSize,
                treatmentProbability, observationalTreatmentProbability, baseWeightProportion,
                interactionWeightProportion, noiseSd, featureCount, lengthscale, inSupport,
                outOfSupport, outOfSupportExcludesRctRows);
    }

    IhdpLikeSettings withOutOfSupportExcludingRctRows(boolean value) {
        return new IhdpLikeSettings(tableSize, experimentalSize, observationalSize,
                treatmentProbability, observationalTreatmentProbability, baseWeightProportion,
                interactionWeightProportion, noiseSd, featureCount, lengthscale, inSupportSize,
                outOfSupportSize, value);
    }
}
