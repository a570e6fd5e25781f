package org.causalworkbench.estimators.obsexp.simulate;

import java.util.Objects;

/**
 * The settings of a {@link LinearGapSimulation}, checked on construction.
 *
 * @param experimentalSize the RCT size n_E, at least 1
 * @param observationalSize the observational size n_O, 0 for no observational sample
 * @param treatmentProbability the RCT's P(T = 1), strictly inside (0, 1)
 * @param observationalTreatmentProbability P(T = 1) in the observational sample, in [0, 1]
 * @param noiseSd the outcome noise standard deviation σ, zero or positive
 * @param inSupportSize the number of evaluation points inside [-1, 1], at least 1
 * @param outOfSupportSize the number of evaluation points outside it, at least 1
 * @param outOfSupportDraw how points outside the support are drawn
 */
public record LinearGapSettings(int experimentalSize, int observationalSize,
        double treatmentProbability, double observationalTreatmentProbability, double noiseSd,
        int inSupportSize, int outOfSupportSize, OutOfSupportDraw outOfSupportDraw) {

    /**
     * Checks every setting.
     *
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public LinearGapSettings {
        SimulationChecks.requireAtLeast(experimentalSize, 1, "RCT size");
        SimulationChecks.requireAtLeast(observationalSize, 0, "observational size");
        SimulationChecks.requireOpenProbability(treatmentProbability, "treatment probability");
        SimulationChecks.requireProbability(observationalTreatmentProbability,
                "observational treatment probability");
        if (!(noiseSd >= 0 && Double.isFinite(noiseSd))) {
            throw new IllegalArgumentException("noise SD must be zero or a positive finite"
                    + " number, got " + noiseSd + ".");
        }
        SimulationChecks.requireAtLeast(inSupportSize, 1, "number of in-support points");
        SimulationChecks.requireAtLeast(outOfSupportSize, 1, "number of out-of-support points");
        Objects.requireNonNull(outOfSupportDraw, "outOfSupportDraw");
    }

    LinearGapSettings withExperimentalSize(int value) {
        return new LinearGapSettings(value, observationalSize, treatmentProbability,
                observationalTreatmentProbability, noiseSd, inSupportSize, outOfSupportSize,
                outOfSupportDraw);
    }

    LinearGapSettings withObservationalSize(int value) {
        return new LinearGapSettings(experimentalSize, value, treatmentProbability,
                observationalTreatmentProbability, noiseSd, inSupportSize, outOfSupportSize,
                outOfSupportDraw);
    }

    LinearGapSettings withTreatmentProbability(double value) {
        return new LinearGapSettings(experimentalSize, observationalSize, value,
                observationalTreatmentProbability, noiseSd, inSupportSize, outOfSupportSize,
                outOfSupportDraw);
    }

    LinearGapSettings withObservationalTreatmentProbability(double value) {
        return new LinearGapSettings(experimentalSize, observationalSize, treatmentProbability,
                value, noiseSd, inSupportSize, outOfSupportSize, outOfSupportDraw);
    }

    LinearGapSettings withNoiseSd(double value) {
        return new LinearGapSettings(experimentalSize, observationalSize, treatmentProbability,
                observationalTreatmentProbability, value, inSupportSize, outOfSupportSize,
                outOfSupportDraw);
    }

    LinearGapSettings withEvaluationSizes(int inSupport, int outOfSupport) {
        return new LinearGapSettings(experimentalSize, observationalSize, treatmentProbability,
                observationalTreatmentProbability, noiseSd, inSupport, outOfSupport,
                outOfSupportDraw);
    }

    LinearGapSettings withOutOfSupportDraw(OutOfSupportDraw value) {
        return new LinearGapSettings(experimentalSize, observationalSize, treatmentProbability,
                observationalTreatmentProbability, noiseSd, inSupportSize, outOfSupportSize, value);
    }
}
