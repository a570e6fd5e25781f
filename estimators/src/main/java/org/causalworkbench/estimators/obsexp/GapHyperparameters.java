package org.causalworkbench.estimators.obsexp;

/**
 * Hyperparameters of the fixed-nuisance multi-task GP for the gap.
 *
 * @param lengthscaleBias one lengthscale per covariate of the gap kernel k<sub>&Delta;</sub>
 * @param lengthscaleNuisance one lengthscale per covariate of the nuisance kernel k<sub>g</sub>,
 *     or none for a model without nuisance term
 * @param mean the constant prior mean c of the gap
 * @param noiseVariance the observation noise variance &sigma;<sup>2</sup>
 */
public record GapHyperparameters(double[] lengthscaleBias, double[] lengthscaleNuisance,
        double mean, double noiseVariance) {

    /** Checks the values and copies the arrays. */
    public GapHyperparameters {
        lengthscaleBias = positive(lengthscaleBias, "lengthscaleBias");
        lengthscaleNuisance = lengthscaleNuisance.length == 0 ? new double[0]
                : positive(lengthscaleNuisance, "lengthscaleNuisance");
        if (lengthscaleNuisance.length > 0
                && lengthscaleBias.length != lengthscaleNuisance.length) {
            throw new IllegalArgumentException("lengthscaleBias has " + lengthscaleBias.length
                    + " values but lengthscaleNuisance has " + lengthscaleNuisance.length
                    + "; give one per covariate in both");
        }
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be finite, got " + mean);
        }
        if (!(noiseVariance > 0) || !Double.isFinite(noiseVariance)) {
            throw new IllegalArgumentException("noiseVariance must be positive, got "
                    + noiseVariance);
        }
    }

    private static double[] positive(double[] values, String name) {
        for (double value : values) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException(name + " must hold positive lengthscales,"
                        + " got " + value);
            }
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " needs one lengthscale per covariate");
        }
        return values.clone();
    }

    @Override
    public double[] lengthscaleBias() {
        return lengthscaleBias.clone();
    }

    @Override
    public double[] lengthscaleNuisance() {
        return lengthscaleNuisance.clone();
    }
}
