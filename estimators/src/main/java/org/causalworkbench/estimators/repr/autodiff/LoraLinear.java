package org.causalworkbench.estimators.repr.autodiff;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A linear map with a frozen weight and a trainable low-rank correction (LoRA, Hu et al.
 * (2022), ICLR, arXiv:2106.09685): W = W<sub>0</sub> + s B A with scaling s = alpha / r,
 * W<sub>0</sub> of shape d<sub>out</sub> x d<sub>in</sub>, B of shape d<sub>out</sub> x r and A
 * of shape r x d<sub>in</sub>.
 *
 * <p>B starts at zero, so the adapted map equals the frozen one before training. A starts with
 * independent normal entries of standard deviation 1 / sqrt(d<sub>in</sub>). The forward pass
 * computes y = x W<sub>0</sub><sup>T</sup> + s (x A<sup>T</sup>) B<sup>T</sup> without forming
 * B A. No bias is included; add one with {@link MatrixOps#addRowVector}.
 */
public final class LoraLinear {

    private final Parameter frozenWeight;
    private final Parameter a;
    private final Parameter b;
    private final double alpha;

    private LoraLinear(Parameter frozenWeight, Parameter a, Parameter b, double alpha) {
        this.frozenWeight = frozenWeight;
        this.a = a;
        this.b = b;
        this.alpha = alpha;
    }

    /**
     * Adds the adapter factors {@code name + ".A"} and {@code name + ".B"} to {@code set} and
     * returns the layer.
     *
     * @param set the set that contains the frozen weight and receives A and B
     * @param name the adapter's name prefix
     * @param frozenWeight W<sub>0</sub>, in a frozen group
     * @param rank r, between 1 and min(d<sub>out</sub>, d<sub>in</sub>)
     * @param alpha the scaling numerator, positive and finite
     * @param adapterGroup the trainable group for A and B
     * @param random the generator for A
     */
    public static LoraLinear attach(ParameterSet set, String name, Parameter frozenWeight,
            int rank, double alpha, ParameterGroup adapterGroup, RandomGenerator random) {
        if (!set.contains(frozenWeight)) {
            throw new IllegalArgumentException("frozen weight '" + frozenWeight.name()
                    + "' is not in the parameter set; add it first");
        }
        if (frozenWeight.isTrainable()) {
            throw new IllegalArgumentException("LoRA needs a frozen base weight, but '"
                    + frozenWeight.name() + "' is in trainable group "
                    + frozenWeight.group().name() + "; put it in a ParameterGroup.frozen group");
        }
        if (!adapterGroup.isTrainable()) {
            throw new IllegalArgumentException("LoRA adapter group " + adapterGroup.name()
                    + " is frozen; the adapter would never train");
        }
        int outputs = frozenWeight.rows();
        int inputs = frozenWeight.cols();
        if (rank < 1 || rank > Math.min(outputs, inputs)) {
            throw new IllegalArgumentException("LoRA rank must lie in [1, " + Math.min(outputs,
                    inputs) + "] for a " + outputs + " x " + inputs + " weight, got " + rank);
        }
        Shapes.requireFinitePositive("LoRA alpha", alpha);
        Parameter a = set.add(name + ".A",
                Initializers.normal(rank, inputs, 1 / Math.sqrt(inputs), random), adapterGroup);
        Parameter b = set.add(name + ".B", Initializers.zeros(outputs, rank), adapterGroup);
        return new LoraLinear(frozenWeight, a, b, alpha);
    }

    /**
     * Records y = x W<sub>0</sub><sup>T</sup> + s (x A<sup>T</sup>) B<sup>T</sup>.
     *
     * @param x n x d<sub>in</sub> inputs on {@code tape}
     * @return n x d<sub>out</sub> outputs
     */
    public Node forward(Tape tape, Node x) {
        Node base = MatrixOps.matmulTransB(x, tape.parameter(frozenWeight));
        Node down = MatrixOps.matmulTransB(x, tape.parameter(a));
        Node up = MatrixOps.matmulTransB(down, tape.parameter(b));
        return MatrixOps.add(base, MatrixOps.scale(up, scaling()));
    }

    /** Returns the current weight change s B A, a new d<sub>out</sub> x d<sub>in</sub> matrix. */
    public DMatrixRMaj deltaWeight() {
        DMatrixRMaj delta = new DMatrixRMaj(b.rows(), a.cols());
        CommonOps_DDRM.mult(scaling(), b.value(), a.value(), delta);
        return delta;
    }

    /** Returns W<sub>0</sub> + s B A as a new matrix. */
    public DMatrixRMaj mergedWeight() {
        DMatrixRMaj merged = deltaWeight();
        CommonOps_DDRM.addEquals(merged, frozenWeight.value());
        return merged;
    }

    /** Returns s = alpha / r. */
    public double scaling() {
        return alpha / a.rows();
    }

    /** Returns the rank r. */
    public int rank() {
        return a.rows();
    }

    /** Returns the frozen weight W<sub>0</sub>. */
    public Parameter frozenWeight() {
        return frozenWeight;
    }

    /** Returns the down-projection A (r x d<sub>in</sub>), which reads the input. */
    public Parameter a() {
        return a;
    }

    /** Returns the up-projection B (d<sub>out</sub> x r), which writes the output. */
    public Parameter b() {
        return b;
    }
}
