package org.causalworkbench.estimators.synth;

import java.util.List;

/**
 * Result of a predictor-weighted synthetic control.
 *
 * @param fit the weights, series, ATT and RMSPE of the chosen donor weights {@code W}. Its
 *     diagnostics describe the inner solve, which matches predictors, not outcomes.
 * @param predictorLabels one label per predictor, in the configured order
 * @param predictorWeights the diagonal of {@code V}, non-negative and summing to one. Not
 *     uniquely identified: different {@code V} often give the same {@code W} and loss.
 * @param treatedPredictors the treated unit's predictor values, in data units
 * @param syntheticPredictors the weighted donors' predictor values, in data units
 * @param outerLoss the pre-period mean squared gap of the outcome at {@code W}
 * @param startLosses the best outer loss reached from each start, regression-based start first
 * @param notes messages such as predictors averaged over part of their window
 */
public record PredictorSyntheticControlResult(SyntheticControlResult fit,
        List<String> predictorLabels, double[] predictorWeights, double[] treatedPredictors,
        double[] syntheticPredictors, double outerLoss, double[] startLosses,
        List<String> notes) {

    /** Copies the arrays and lists. */
    public PredictorSyntheticControlResult {
        predictorLabels = List.copyOf(predictorLabels);
        predictorWeights = predictorWeights.clone();
        treatedPredictors = treatedPredictors.clone();
        syntheticPredictors = syntheticPredictors.clone();
        startLosses = startLosses.clone();
        notes = List.copyOf(notes);
    }

    /** Returns true: the predictor weights {@code V} are never uniquely identified. */
    public boolean predictorWeightsNotIdentified() {
        return true;
    }

    @Override
    public double[] predictorWeights() {
        return predictorWeights.clone();
    }

    @Override
    public double[] treatedPredictors() {
        return treatedPredictors.clone();
    }

    @Override
    public double[] syntheticPredictors() {
        return syntheticPredictors.clone();
    }

    @Override
    public double[] startLosses() {
        return startLosses.clone();
    }
}
