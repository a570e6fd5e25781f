package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Linear operations on tape nodes: matrix products, sums, element-wise products, bias
 * broadcast, concatenation, row gathering, stop-gradient and gradient reversal.
 *
 * <p>Each method records one node and, when an input needs a gradient, the rule that adds the
 * input's share of the output gradient G in the reverse sweep.
 */
public final class MatrixOps {

    private MatrixOps() {
    }

    /** Returns A B. Reverse rule: dA += G B<sup>T</sup>, dB += A<sup>T</sup> G. */
    public static Node matmul(Node a, Node b) {
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("matmul needs a.cols == b.rows, got "
                    + Shapes.describe(a) + " times " + Shapes.describe(b));
        }
        DMatrixRMaj out = new DMatrixRMaj(a.rows(), b.cols());
        CommonOps_DDRM.mult(a.value(), b.value(), out);
        return a.tape().record(out, g -> {
            if (a.requiresGradient()) {
                CommonOps_DDRM.multAddTransB(g, b.value(), a.gradientBuffer());
            }
            if (b.requiresGradient()) {
                CommonOps_DDRM.multAddTransA(a.value(), g, b.gradientBuffer());
            }
        }, a, b);
    }

    /**
     * Returns A B<sup>T</sup>, the form of a linear layer x W<sup>T</sup> with W stored as
     * outputs x inputs. Reverse rule: dA += G B, dB += G<sup>T</sup> A.
     */
    public static Node matmulTransB(Node a, Node b) {
        if (a.cols() != b.cols()) {
            throw new IllegalArgumentException("matmulTransB needs a.cols == b.cols, got "
                    + Shapes.describe(a) + " times the transpose of " + Shapes.describe(b));
        }
        DMatrixRMaj out = new DMatrixRMaj(a.rows(), b.rows());
        CommonOps_DDRM.multTransB(a.value(), b.value(), out);
        return a.tape().record(out, g -> {
            if (a.requiresGradient()) {
                CommonOps_DDRM.multAdd(g, b.value(), a.gradientBuffer());
            }
            if (b.requiresGradient()) {
                CommonOps_DDRM.multAddTransA(g, a.value(), b.gradientBuffer());
            }
        }, a, b);
    }

    /** Returns A + B for operands of the same shape. */
    public static Node add(Node a, Node b) {
        return linearCombination("add", a, b, 1.0);
    }

    /** Returns A - B for operands of the same shape. */
    public static Node subtract(Node a, Node b) {
        return linearCombination("subtract", a, b, -1.0);
    }

    private static Node linearCombination(String name, Node a, Node b, double signB) {
        Shapes.requireSameShape(name, a, b);
        DMatrixRMaj out = new DMatrixRMaj(a.rows(), a.cols());
        CommonOps_DDRM.add(a.value(), signB, b.value(), out);
        return a.tape().record(out, g -> {
            if (a.requiresGradient()) {
                CommonOps_DDRM.addEquals(a.gradientBuffer(), g);
            }
            if (b.requiresGradient()) {
                CommonOps_DDRM.addEquals(b.gradientBuffer(), signB, g);
            }
        }, a, b);
    }

    /** Returns the element-wise (Hadamard) product of operands of the same shape. */
    public static Node multiply(Node a, Node b) {
        Shapes.requireSameShape("multiply", a, b);
        DMatrixRMaj out = new DMatrixRMaj(a.rows(), a.cols());
        CommonOps_DDRM.elementMult(a.value(), b.value(), out);
        return a.tape().record(out, g -> {
            if (a.requiresGradient()) {
                addProduct(a.gradientBuffer(), g, b.value());
            }
            if (b.requiresGradient()) {
                addProduct(b.gradientBuffer(), g, a.value());
            }
        }, a, b);
    }

    private static void addProduct(DMatrixRMaj target, DMatrixRMaj x, DMatrixRMaj y) {
        for (int i = 0; i < target.getNumElements(); i++) {
            target.data[i] += x.data[i] * y.data[i];
        }
    }

    /** Returns c A for a constant c. */
    public static Node scale(Node a, double c) {
        DMatrixRMaj out = new DMatrixRMaj(a.rows(), a.cols());
        CommonOps_DDRM.scale(c, a.value(), out);
        return a.tape().record(out,
                g -> CommonOps_DDRM.addEquals(a.gradientBuffer(), c, g), a);
    }

    /**
     * Returns A + 1 b, adding the 1 x n row {@code bias} to every row of the m x n matrix
     * {@code a}. Reverse rule: db += the column sums of G.
     */
    public static Node addRowVector(Node a, Node bias) {
        if (bias.rows() != 1 || bias.cols() != a.cols()) {
            throw new IllegalArgumentException("addRowVector needs a 1 x " + a.cols()
                    + " bias for a " + Shapes.describe(a) + " matrix, got "
                    + Shapes.describe(bias));
        }
        int rows = a.rows();
        int cols = a.cols();
        DMatrixRMaj out = a.value().copy();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.data[i * cols + j] += bias.value().data[j];
            }
        }
        return a.tape().record(out, g -> {
            if (a.requiresGradient()) {
                CommonOps_DDRM.addEquals(a.gradientBuffer(), g);
            }
            if (bias.requiresGradient()) {
                double[] db = bias.gradientBuffer().data;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        db[j] += g.data[i * cols + j];
                    }
                }
            }
        }, a, bias);
    }

    /** Returns [A, B, ...], the side-by-side concatenation of nodes with equal row counts. */
    public static Node concatColumns(Node... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concatColumns needs at least one node");
        }
        int totalCols = 0;
        for (Node part : parts) {
            Shapes.requireSameRows("concatColumns", parts[0], part);
            totalCols += part.cols();
        }
        int rows = parts[0].rows();
        DMatrixRMaj out = new DMatrixRMaj(rows, totalCols);
        int offset = 0;
        for (Node part : parts) {
            CommonOps_DDRM.insert(part.value(), out, 0, offset);
            offset += part.cols();
        }
        return parts[0].tape().record(out, g -> {
            int start = 0;
            for (Node part : parts) {
                if (part.requiresGradient()) {
                    DMatrixRMaj slice = CommonOps_DDRM.extract(g, 0, rows, start,
                            start + part.cols());
                    CommonOps_DDRM.addEquals(part.gradientBuffer(), slice);
                }
                start += part.cols();
            }
        }, parts);
    }

    /**
     * Returns the rows {@code indices} of A in that order: the lookup of an embedding table.
     * An index may repeat, and the reverse rule adds each output row's gradient back into the
     * row it came from, so a repeated index receives the sum.
     *
     * @throws IllegalArgumentException if an index lies outside [0, rows of A)
     */
    public static Node gatherRows(Node a, int[] indices) {
        int cols = a.cols();
        DMatrixRMaj out = new DMatrixRMaj(indices.length, cols);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] >= a.rows()) {
                throw new IllegalArgumentException("gatherRows index " + indices[i]
                        + " at position " + i + " lies outside the " + a.rows() + " rows of "
                        + Shapes.describe(a));
            }
            System.arraycopy(a.value().data, indices[i] * cols, out.data, i * cols, cols);
        }
        int[] rows = indices.clone();
        return a.tape().record(out, g -> {
            double[] target = a.gradientBuffer().data;
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < cols; j++) {
                    target[rows[i] * cols + j] += g.data[i * cols + j];
                }
            }
        }, a);
    }

    /** Returns A unchanged on the forward pass and passes no gradient back. */
    public static Node stopGradient(Node a) {
        return a.tape().constant(a.value().copy());
    }

    /**
     * Returns A unchanged on the forward pass and passes -lambda G back: the gradient-reversal
     * layer of Ganin and Lempitsky (2015), ICML, "Unsupervised domain adaptation by
     * backpropagation". Parameters before the layer then ascend what parameters after it
     * descend.
     *
     * @param a the input
     * @param lambda the reversal weight, finite and at least 0
     */
    public static Node gradientReversal(Node a, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("gradient-reversal weight must be finite and at"
                    + " least 0, got " + lambda);
        }
        return a.tape().record(a.value().copy(),
                g -> CommonOps_DDRM.addEquals(a.gradientBuffer(), -lambda, g), a);
    }
}
