package org.causalworkbench.estimators.repr.autodiff;

import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.gaussian;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Checks the subspace projection and the invariants of projected LoRA fine-tuning. With the
 * update projected, no optimiser step writes along the subspace. With only the gradient
 * projected, Adam leaks into it and SGD with momentum does not.
 */
class ProjectionTest {

    private static final int OUTPUTS = 6;
    private static final int INPUTS = 5;
    private static final int STEPS = 400;

    /** Two non-orthogonal, non-normalised directions in the 6-dimensional output space. */
    private static final DMatrixRMaj DIRECTIONS = new DMatrixRMaj(OUTPUTS, 2, true,
            2, 1,
            0, 1,
            1, 0,
            0, 3,
            -1, 0,
            0, 0);

    @Test
    void offColumns_orthonormalisesAndKeepsSpan() {
        SubspaceProjection projection = SubspaceProjection.offColumns(DIRECTIONS);
        DMatrixRMaj u = projection.basis();

        DMatrixRMaj gram = new DMatrixRMaj(2, 2);
        CommonOps_DDRM.multTransA(u, u, gram);
        DMatrixRMaj directions = DIRECTIONS.copy();
        projection.removeFromColumns(directions);

        assertTrue(NormOps_DDRM.normF(subtractIdentity(gram)) < 1e-14, "U^T U - I");
        assertTrue(NormOps_DDRM.normF(directions) < 1e-14, "P leaves the directions");
    }

    @Test
    void removeFromColumns_keepsOrthogonalVector() {
        SubspaceProjection projection = SubspaceProjection.offColumns(DIRECTIONS);
        // Orthogonal to both columns of DIRECTIONS: 2a + c - e = 0 and a + b + 3d = 0.
        DMatrixRMaj orthogonal = new DMatrixRMaj(OUTPUTS, 1, true, 0, 0, 0, 0, 0, 1);
        DMatrixRMaj projected = orthogonal.copy();

        projection.removeFromColumns(projected);

        assertTrue(NormOps_DDRM.normF(subtract(projected, orthogonal)) < 1e-15);
    }

    @Test
    void removeFromRows_isTransposeOfColumns() {
        SubspaceProjection projection = SubspaceProjection.offColumns(DIRECTIONS);
        DMatrixRMaj m = gaussian(OUTPUTS, 3, 1);
        DMatrixRMaj byColumns = m.copy();
        DMatrixRMaj byRows = CommonOps_DDRM.transpose(m, null);

        projection.removeFromColumns(byColumns);
        projection.removeFromRows(byRows);

        DMatrixRMaj expected = CommonOps_DDRM.transpose(byColumns, null);
        assertTrue(NormOps_DDRM.normF(subtract(byRows, expected)) < 1e-14);
    }

    @Test
    void offColumns_rejectsDependentDirections() {
        DMatrixRMaj dependent = new DMatrixRMaj(3, 2, true, 1, 2, 2, 4, 3, 6);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SubspaceProjection.offColumns(dependent));

        assertEquals("direction column 1 is zero or a linear combination of the columns before"
                + " it; remove it", error.getMessage());
    }

    @Test
    void hook_rejectsWrongDimension() {
        ParameterSet set = new ParameterSet();
        Parameter a = set.add("A", gaussian(2, INPUTS, 2), ParameterGroup.trainable("lora"));
        SubspaceProjection outputSpace = SubspaceProjection.offColumns(DIRECTIONS);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ProjectionHook.onUpdate(a, outputSpace, ProjectionHook.Side.INPUT));

        assertEquals("parameter 'A' has 5 columns on the INPUT side but the subspace has"
                + " dimension 6", error.getMessage());
    }

    @Test
    void naiveFineTune_writesAlongDirections() {
        Lab lab = new Lab();

        lab.train(Adam.withDefaults().withLearningRate(0.02));

        DMatrixRMaj delta = lab.lora.deltaWeight();
        double along = lab.outputSpace.normAlongColumns(delta);
        assertTrue(along > 0.3 * NormOps_DDRM.normF(delta), "component along U: " + along
                + " of " + NormOps_DDRM.normF(delta));
    }

    @Test
    void updateHookUnderAdam_keepsWriteSideInvariant() {
        Lab lab = new Lab();

        lab.train(Adam.withDefaults().withLearningRate(0.02).withWeightDecay(1e-3)
                .withMaxGradientNorm(5).withProjection(ProjectionHook.onUpdate(lab.lora.b(),
                        lab.outputSpace, ProjectionHook.Side.OUTPUT)));

        DMatrixRMaj delta = lab.lora.deltaWeight();
        double along = lab.outputSpace.normAlongColumns(delta);
        assertTrue(NormOps_DDRM.normF(delta) > 0.5, "the fine-tune still learns: "
                + NormOps_DDRM.normF(delta));
        assertTrue(along < 1e-12, "|U^T Delta W| = " + along);
        assertTrue(along < 1e-10 * NormOps_DDRM.normF(delta), "relative to |Delta W|");
    }

    @Test
    void gradientHookUnderAdam_leaksIntoDirections() {
        Lab lab = new Lab();

        lab.train(Adam.withDefaults().withLearningRate(0.02).withProjection(
                ProjectionHook.onGradient(lab.lora.b(), lab.outputSpace,
                        ProjectionHook.Side.OUTPUT)));

        DMatrixRMaj delta = lab.lora.deltaWeight();
        double along = lab.outputSpace.normAlongColumns(delta);
        assertTrue(along > 0.1 * NormOps_DDRM.normF(delta), "|U^T Delta W| = " + along
                + " of " + NormOps_DDRM.normF(delta));
    }

    @Test
    void gradientHookUnderMomentum_keepsWriteSideInvariant() {
        Lab lab = new Lab();

        lab.train(Sgd.withDefaults().withLearningRate(0.02).withMomentum(0.9).withProjection(
                ProjectionHook.onGradient(lab.lora.b(), lab.outputSpace,
                        ProjectionHook.Side.OUTPUT)));

        DMatrixRMaj delta = lab.lora.deltaWeight();
        double along = lab.outputSpace.normAlongColumns(delta);
        assertTrue(NormOps_DDRM.normF(delta) > 0.5, "the fine-tune still learns");
        assertTrue(along < 1e-12, "|U^T Delta W| = " + along);
    }

    @Test
    void updateHookUnderAdam_keepsReadSideInvariant() {
        Lab lab = new Lab();
        SubspaceProjection inputSpace = SubspaceProjection.offColumns(
                new DMatrixRMaj(INPUTS, 1, true, 1, -1, 0, 2, 0.5));
        DMatrixRMaj initialA = lab.lora.a().value().copy();

        lab.train(Adam.withDefaults().withLearningRate(0.02).withProjection(
                ProjectionHook.onUpdate(lab.lora.a(), inputSpace, ProjectionHook.Side.INPUT)));

        DMatrixRMaj changeOfA = subtract(lab.lora.a().value(), initialA);
        assertTrue(NormOps_DDRM.normF(changeOfA) > 0.1, "A still learns");
        assertTrue(inputSpace.normAlongRows(changeOfA) < 1e-12,
                "|(A - A0) U| = " + inputSpace.normAlongRows(changeOfA));
    }

    @Test
    void projectedStart_keepsProductReadSide() {
        Lab lab = new Lab();
        SubspaceProjection inputSpace = SubspaceProjection.offColumns(
                new DMatrixRMaj(INPUTS, 1, true, 1, -1, 0, 2, 0.5));
        inputSpace.removeFromRows(lab.lora.a().value());

        lab.train(Adam.withDefaults().withLearningRate(0.02).withProjection(
                ProjectionHook.onUpdate(lab.lora.a(), inputSpace, ProjectionHook.Side.INPUT)));

        DMatrixRMaj delta = lab.lora.deltaWeight();
        assertTrue(NormOps_DDRM.normF(delta) > 0.5, "the fine-tune still learns");
        assertTrue(inputSpace.normAlongRows(delta) < 1e-12,
                "|Delta W U| = " + inputSpace.normAlongRows(delta));
    }

    /**
     * A LoRA fine-tune of a frozen 6 x 5 map towards a target whose change writes mostly along
     * the first direction of {@link #DIRECTIONS}, so an unconstrained fine-tune uses it.
     */
    private static final class Lab {
        final ParameterSet set = new ParameterSet();
        final LoraLinear lora;
        final SubspaceProjection outputSpace = SubspaceProjection.offColumns(DIRECTIONS);
        final DMatrixRMaj inputs = gaussian(64, INPUTS, 3);
        final DMatrixRMaj targets;

        Lab() {
            Parameter w0 = set.add("w0", gaussian(OUTPUTS, INPUTS, 4),
                    ParameterGroup.frozen("base"));
            lora = LoraLinear.attach(set, "lora", w0, 2, 2.0, ParameterGroup.trainable("lora"),
                    new SplittableRandom(5));
            DMatrixRMaj change = new DMatrixRMaj(OUTPUTS, INPUTS);
            CommonOps_DDRM.multTransB(CommonOps_DDRM.extractColumn(DIRECTIONS, 0, null),
                    gaussian(INPUTS, 1, 6), change);
            CommonOps_DDRM.addEquals(change, 0.3, gaussian(OUTPUTS, INPUTS, 7));
            DMatrixRMaj target = w0.value().copy();
            CommonOps_DDRM.addEquals(target, change);
            targets = new DMatrixRMaj(64, OUTPUTS);
            CommonOps_DDRM.multTransB(inputs, target, targets);
        }

        void train(Adam adam) {
            run(adam::create);
        }

        void train(Sgd sgd) {
            run(sgd::create);
        }

        private void run(Function<ParameterSet, Optimizer> factory) {
            Optimizer optimizer = factory.apply(set);
            for (int step = 0; step < STEPS; step++) {
                set.zeroGradients();
                Tape tape = new Tape();
                Node prediction = lora.forward(tape, tape.constant(inputs));
                tape.backward(LossOps.meanSquaredError(prediction, tape.constant(targets)));
                optimizer.step();
            }
        }
    }

    private static DMatrixRMaj subtract(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, out);
        return out;
    }

    private static DMatrixRMaj subtractIdentity(DMatrixRMaj square) {
        return subtract(square, CommonOps_DDRM.identity(square.numRows));
    }
}
