package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.simulate.EvaluationPoints;
import org.causalworkbench.estimators.obsexp.simulate.GpGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedData;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedSample;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares the method with the standard pseudo-outcome GP in the setting of the baseline figure of Fawkes et al. (2025):
 * one covariate, &pi; = 0.5, 200 trial rows, outcome noise 0.5 and a gap drawn from an RBF GP.
 * Without a nuisance term the standard GP must explain the arm-dependent part of the
 * pseudo-outcome as noise, so its noise variance explodes and its mean misses the gap, while the
 * method's band covers the gap on the trial's support.
 */
class BaselineComparisonTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void standardGp_collapsesWhileMethodCoversGap(long seed) {
        SimulatedData data = GpGapSimulation.withDefaults().withDimension(1)
                .withExperimentalSize(200).withTreatmentProbability(0.5).withNoiseSd(0.5)
                .withGridSize(1000).withEvaluationSizes(500, 500).generate(seed);
        SimulatedSample rct = data.experimental();
        double[] treatment = new double[rct.size()];
        for (int i = 0; i < treatment.length; i++) {
            treatment[i] = rct.treatment(i);
        }
        TrialData trial = new TrialData(rct.covariates(), treatment, rct.outcomes(), 0.5);
        double[] omega = rct.trueOmega();

        GapModel method = GapIntervals.withDefaults().fit(trial, omega, ProgressSink.NONE,
                CancellationToken.NEVER);
        GapModel standard = StandardPseudoOutcomeGp.withDefaults().fit(trial, omega,
                ProgressSink.NONE, CancellationToken.NEVER);
        EvaluationPoints in = data.inSupport();
        IntervalMetrics methodIn = IntervalMetrics.of(
                method.predict(in.covariates(), in.trueOmega()), in.trueDelta());
        IntervalMetrics standardIn = IntervalMetrics.of(
                standard.predict(in.covariates(), in.trueOmega()), in.trueDelta());

        assertTrue(methodIn.coverage() >= 0.8, "method coverage " + methodIn);
        assertTrue(standard.hyperparameters().noiseVariance()
                > 10 * method.hyperparameters().noiseVariance(),
                "noise " + standard.hyperparameters().noiseVariance() + " vs "
                        + method.hyperparameters().noiseVariance());
        assertTrue(standardIn.meanSquaredError() > 2 * methodIn.meanSquaredError(),
                "MSE " + standardIn + " vs " + methodIn);
        assertTrue(standardIn.width() > 2 * methodIn.width(),
                "width " + standardIn + " vs " + methodIn);
    }
}
