package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;

/**
 * Keeps one parameter's gradient or update off a subspace during optimisation.
 *
 * <p>With {@link Target#UPDATE} the optimiser projects the step it is about to add, after all
 * its own rescaling, so the accumulated change of the parameter has no component in the
 * subspace after any number of steps, whatever the optimiser. With {@link Target#GRADIENT} the
 * gradient is projected before the optimiser uses it. That is exact for SGD with or without
 * momentum, whose steps are linear in past gradients, but not for Adam: Adam divides each
 * coordinate by its own root mean square, which turns a vector inside range(P) into one that in
 * general is not.
 *
 * <p>For a LoRA adapter W = W<sub>0</sub> + s B A with B = 0 at the start, an
 * {@link Side#OUTPUT} update hook on B keeps U<sup>T</sup>(W - W<sub>0</sub>) = 0: the
 * fine-tune writes nothing along U. An {@link Side#INPUT} hook on A keeps
 * (A - A<sub>0</sub>) U = 0; the change of W itself then satisfies
 * (W - W<sub>0</sub>) U = s B A<sub>0</sub> U, which vanishes only if A<sub>0</sub> U = 0.
 *
 * @param parameter the parameter to constrain, trainable
 * @param subspace the directions to keep out
 * @param side which index of the parameter lives in the subspace's space
 * @param target whether the gradient or the update is projected
 */
public record ProjectionHook(Parameter parameter, SubspaceProjection subspace, Side side,
        Target target) {

    /** Dimension of a weight, stored as outputs x inputs, that the hook projects. */
    public enum Side {
        /** Columns: rows of the parameter index the output (write) space, P M. */
        OUTPUT,
        /** Rows: columns of the parameter index the input (read) space, M P. */
        INPUT
    }

    /** Quantity that the optimiser projects. */
    public enum Target {
        /** The gradient before the optimiser step. Exact only for SGD and momentum. */
        GRADIENT,
        /** The change the optimiser is about to apply. Exact for every optimiser. */
        UPDATE
    }

    /** Checks that the subspace dimension matches the projected side of the parameter. */
    public ProjectionHook {
        if (parameter == null || subspace == null || side == null || target == null) {
            throw new IllegalArgumentException("projection hook needs a parameter, a subspace,"
                    + " a side and a target; one of them is null");
        }
        int length = side == Side.OUTPUT ? parameter.rows() : parameter.cols();
        if (length != subspace.dimension()) {
            throw new IllegalArgumentException("parameter '" + parameter.name() + "' has "
                    + length + (side == Side.OUTPUT ? " rows" : " columns") + " on the "
                    + side + " side but the subspace has dimension " + subspace.dimension());
        }
    }

    /** Returns a hook that projects the update, the exact choice for every optimiser. */
    public static ProjectionHook onUpdate(Parameter parameter, SubspaceProjection subspace,
            Side side) {
        return new ProjectionHook(parameter, subspace, side, Target.UPDATE);
    }

    /** Returns a hook that projects the gradient only, which Adam does not preserve. */
    public static ProjectionHook onGradient(Parameter parameter, SubspaceProjection subspace,
            Side side) {
        return new ProjectionHook(parameter, subspace, side, Target.GRADIENT);
    }

    /**
     * Projects {@code m} in place.
     *
     * @param m of the parameter's shape. Modified.
     */
    public void apply(DMatrixRMaj m) {
        if (side == Side.OUTPUT) {
            subspace.removeFromColumns(m);
        } else {
            subspace.removeFromRows(m);
        }
    }

    /** Returns the norm of the part of {@code m} inside the subspace on this hook's side. */
    public double normInside(DMatrixRMaj m) {
        return side == Side.OUTPUT ? subspace.normAlongColumns(m) : subspace.normAlongRows(m);
    }
}
