package org.causalworkbench.estimators.repr.lora;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.ejml.data.DMatrixRMaj;

/**
 * The singular spectrum and top directions of one module's update {@code scale * B * A}.
 *
 * <p>The matrices are not copied; callers must not change them.
 *
 * @param name the module's name
 * @param rank the LoRA rank r
 * @param alpha the scaling numerator
 * @param scale the factor in front of B * A
 * @param outputs the output dimension, the rows of the update
 * @param inputs the input dimension, the columns of the update
 * @param singularValues the singular values of the update, largest first
 * @param left the output-side directions as columns, outputs x k
 * @param right the input-side directions as columns, inputs x k
 */
public record ModuleSpectrum(String name, int rank, double alpha, double scale, int outputs,
        int inputs, double[] singularValues, DMatrixRMaj left, DMatrixRMaj right) {

    /** Sides of the update that a direction lives on. */
    public enum Side {
        /** Left singular vectors, in the module's output space (columns of B). */
        OUTPUT,
        /** Right singular vectors, in the module's input space (rows of A). */
        INPUT
    }

    /**
     * Decomposes one module's update.
     *
     * @param module the module
     * @return its spectrum
     */
    public static ModuleSpectrum of(LoraModule module) {
        LowRankSvd_DDRM.Result svd = LowRankSvd_DDRM.decompose(module.b(), module.a(),
                module.scale());
        return new ModuleSpectrum(module.name(), module.rank(), module.alpha(), module.scale(),
                module.outputs(), module.inputs(), svd.singularValues(), svd.left(),
                svd.right());
    }

    /**
     * Decomposes every module of an adapter.
     *
     * @param adapter the adapter
     * @param progress receives one step per module
     * @param cancellation checked between modules
     * @return the spectra in the adapter's module order
     */
    public static List<ModuleSpectrum> of(LoraAdapter adapter, ProgressSink progress,
            CancellationToken cancellation) {
        List<ModuleSpectrum> spectra = new ArrayList<>(adapter.modules().size());
        for (LoraModule module : adapter.modules()) {
            cancellation.throwIfCancellationRequested();
            spectra.add(of(module));
            progress.progress(spectra.size(), adapter.modules().size());
        }
        return List.copyOf(spectra);
    }

    /** Returns the dimension of the space the directions of a side live in. */
    public int dimension(Side side) {
        return side == Side.OUTPUT ? outputs : inputs;
    }

    /** Returns the number of directions, the number of singular values. */
    public int directionCount() {
        return singularValues.length;
    }

    /**
     * Returns whether direction {@code index} is defined by the update. A singular value at
     * round-off level of the largest, or an update that is exactly zero, leaves its singular
     * vectors arbitrary. So a freshly initialised adapter, whose B is zero, has none. The
     * cut-off is max(outputs, inputs) times the machine epsilon times the largest singular
     * value, the usual numerical-rank tolerance. Equal singular values also leave their
     * directions non-unique, which this check does not detect.
     */
    public boolean hasDirection(int index) {
        if (index < 0 || index >= singularValues.length || !(singularValues[0] > 0)) {
            return false;
        }
        double tolerance = Math.max(outputs, inputs) * Math.ulp(1.0) * singularValues[0];
        return singularValues[index] > tolerance;
    }

    /** Returns the number of directions that {@link #hasDirection} counts as defined. */
    public int definedDirectionCount() {
        int count = 0;
        while (hasDirection(count)) {
            count++;
        }
        return count;
    }

    /**
     * Returns one direction as a unit vector. Check {@link #hasDirection} first: an undefined
     * direction is returned as the decomposition left it, which is arbitrary.
     *
     * @param side the output or input side
     * @param index 0 for the direction of the largest singular value
     * @return a new array of length {@link #dimension}
     */
    public double[] direction(Side side, int index) {
        if (index < 0 || index >= singularValues.length) {
            throw new IllegalArgumentException("direction " + index + " of module " + name
                    + " does not exist; it has " + singularValues.length + " directions");
        }
        DMatrixRMaj vectors = side == Side.OUTPUT ? left : right;
        double[] direction = new double[vectors.numRows];
        for (int row = 0; row < direction.length; row++) {
            direction[row] = vectors.get(row, index);
        }
        return direction;
    }
}
