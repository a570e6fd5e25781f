package org.causalworkbench.estimators.obsexp.simulate;

import java.util.function.ToDoubleFunction;
import org.causalworkbench.estimators.obsexp.SimulationDesigns;

/**
 * The truth of the GP-gap simulation: the closed-form observational CATE of the first covariate
 * and the gap h1 - h0 of two random functions.
 */
final class GpGapTruth implements TrueEffects {

    private final int dimension;
    private final ToDoubleFunction<double[]> untreatedShift;
    private final ToDoubleFunction<double[]> treatedShift;

    GpGapTruth(int dimension, ToDoubleFunction<double[]> untreatedShift,
            ToDoubleFunction<double[]> treatedShift) {
        this.dimension = dimension;
        this.untreatedShift = untreatedShift;
        this.treatedShift = treatedShift;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** Returns the arm shift (1 - t)h0(x) + t h1(x) added to the confounded mean in the RCT. */
    double armShift(int t, double[] x) {
        return t == 1 ? treatedShift.applyAsDouble(x) : untreatedShift.applyAsDouble(x);
    }

    @Override
    public double tau(double[] x) {
        return valuesAt(x).tau();
    }

    @Override
    public double omega(double[] x) {
        SimulationChecks.checkDimension(x, dimension);
        return SimulationDesigns.paperSimulationOmega(x[0]);
    }

    @Override
    public double delta(double[] x) {
        SimulationChecks.checkDimension(x, dimension);
        return treatedShift.applyAsDouble(x) - untreatedShift.applyAsDouble(x);
    }

    @Override
    public Values valuesAt(double[] x) {
        double omega = omega(x);
        double delta = delta(x);
        return new Values(omega + delta, omega, delta);
    }
}
