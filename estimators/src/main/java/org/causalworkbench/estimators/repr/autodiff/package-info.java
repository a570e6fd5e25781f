/**
 * A small reverse-mode automatic-differentiation engine on EJML dense double matrices.
 *
 * <p>A {@link org.causalworkbench.estimators.repr.autodiff.Tape} records the operations of one
 * forward pass on {@link org.causalworkbench.estimators.repr.autodiff.Node}s, whose values are
 * {@code DMatrixRMaj} matrices with one example per row. {@code Tape.backward} runs the reverse
 * sweep from a scalar loss and accumulates gradients into the trainable
 * {@link org.causalworkbench.estimators.repr.autodiff.Parameter}s, which the optimisers
 * ({@link org.causalworkbench.estimators.repr.autodiff.Sgd},
 * {@link org.causalworkbench.estimators.repr.autodiff.Adam}) then update. A
 * {@link org.causalworkbench.estimators.repr.autodiff.ProjectionHook} keeps a parameter's
 * gradient or update off a given subspace, which gradient-projected fine-tuning needs.
 *
 * <p>The engine is meant for models of up to about 10<sup>5</sup> parameters. It has no GPU
 * support, no higher-order derivatives and no in-place operations on recorded values.
 */
package org.causalworkbench.estimators.repr.autodiff;
