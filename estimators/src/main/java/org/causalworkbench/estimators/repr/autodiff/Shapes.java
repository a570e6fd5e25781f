package org.causalworkbench.estimators.repr.autodiff;

/** Shape checks shared by the operations, with messages that name both shapes. */
final class Shapes {

    private Shapes() {
    }

    static String describe(Node node) {
        return node.rows() + " x " + node.cols();
    }

    static void requireSameShape(String operation, Node a, Node b) {
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw new IllegalArgumentException(operation + " needs operands of the same shape, got "
                    + describe(a) + " and " + describe(b));
        }
    }

    static void requireSameRows(String operation, Node a, Node b) {
        if (a.rows() != b.rows()) {
            throw new IllegalArgumentException(operation + " needs the same number of rows, got "
                    + describe(a) + " and " + describe(b));
        }
    }

    static void requireFinitePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
    }
}
