package org.causalworkbench.estimators.obsexp.simulate;

/**
 * The truth of the IHDP-like simulation: \( \tau(x) = x^\top w_1 + h_1(x) - h_0(x) \), the
 * fitted observational CATE \( \hat\omega(x) = x^\top \hat\beta \) and their difference.
 */
final class IhdpLikeTruth implements TrueEffects {

    private final double[] interactionWeights;
    private final double[] omegaCoefficients;
    private final RandomFourierFunction untreatedShift;
    private final RandomFourierFunction treatedShift;

    IhdpLikeTruth(double[] interactionWeights, double[] omegaCoefficients,
            RandomFourierFunction untreatedShift, RandomFourierFunction treatedShift) {
        this.interactionWeights = interactionWeights.clone();
        this.omegaCoefficients = omegaCoefficients.clone();
        this.untreatedShift = untreatedShift;
        this.treatedShift = treatedShift;
    }

    @Override
    public int dimension() {
        return interactionWeights.length;
    }

    @Override
    public double tau(double[] x) {
        return valuesAt(x).tau();
    }

    @Override
    public double omega(double[] x) {
        SimulationChecks.checkDimension(x, dimension());
        return dot(x, omegaCoefficients);
    }

    @Override
    public double delta(double[] x) {
        return valuesAt(x).delta();
    }

    @Override
    public Values valuesAt(double[] x) {
        SimulationChecks.checkDimension(x, dimension());
        double tau = dot(x, interactionWeights) + treatedShift.value(x)
                - untreatedShift.value(x);
        double omega = dot(x, omegaCoefficients);
        return new Values(tau, omega, tau - omega);
    }

    /** Returns the RCT arm shift (1 - t)h0(x) + t h1(x). */
    double armShift(int t, double[] x) {
        return t == 1 ? treatedShift.value(x) : untreatedShift.value(x);
    }

    static double dot(double[] x, double[] weights) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            sum += x[j] * weights[j];
        }
        return sum;
    }
}
