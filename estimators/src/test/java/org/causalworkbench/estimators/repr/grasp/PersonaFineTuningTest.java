package org.causalworkbench.estimators.repr.grasp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.LoraLinear;
import org.causalworkbench.estimators.repr.autodiff.SubspaceProjection;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

/** Checks that the read-side option keeps both adapters off the blocked directions. */
class PersonaFineTuningTest {

    @Test
    void readSide_keepsWriteAndReadOffBlockedDirections() {
        GraspConfiguration config = GraspConfiguration.withDefaults().withPretraining(1_000, 2)
                .withFineTuning(400, 3);
        LatentPersonaModel pretrained = GraspExperiment.pretrain(config, ProgressSink.NONE,
                CancellationToken.NEVER);
        LatentPersonaGenerator generator = LatentPersonaGenerator.withDefaults();
        CuratedResponses examples = CuratedResponses.of(generator.fineTuningSet(400, 8),
                pretrained, generator.world());
        DMatrixRMaj blocked = new DMatrixRMaj(LatentPersonaModel.RESIDUAL_WIDTH, 2);
        blocked.set(0, 0, 1);
        blocked.set(5, 1, 0.6);
        blocked.set(7, 1, 0.8);

        LatentPersonaModel tuned = PersonaFineTuning.run(pretrained, config, examples,
                SubspaceProjection.offColumns(blocked), true, UnaryOperator.identity(),
                PersonaFineTuning.EpochLosses.NONE, ProgressSink.NONE, CancellationToken.NEVER);

        LoraLinear writer = tuned.downAdapter().orElseThrow();
        LoraLinear reader = tuned.upAdapter().orElseThrow();
        DMatrixRMaj written = new DMatrixRMaj(2, writer.deltaWeight().numCols);
        CommonOps_DDRM.multTransA(blocked, writer.deltaWeight(), written);
        DMatrixRMaj read = new DMatrixRMaj(reader.deltaWeight().numRows, 2);
        CommonOps_DDRM.mult(reader.deltaWeight(), blocked, read);

        assertTrue(NormOps_DDRM.normF(reader.deltaWeight()) > 1e-3, "read-side change "
                + NormOps_DDRM.normF(reader.deltaWeight()));
        assertTrue(CommonOps_DDRM.elementMaxAbs(written) < 1e-12, "max |U^T dW_down| "
                + CommonOps_DDRM.elementMaxAbs(written));
        assertTrue(CommonOps_DDRM.elementMaxAbs(read) < 1e-12, "max |dW_up U| "
                + CommonOps_DDRM.elementMaxAbs(read));
    }
}
