package org.causalworkbench.estimators.repr.contrastive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Checks the toy's shapes, hold-out split, confounding and argument checks. */
class StructuredTreatmentGeneratorTest {

    private static final StructuredTreatmentGenerator SMALL = StructuredTreatmentGenerator
            .withDefaults().withTrainingSize(800).withTestSize(200);

    @Test
    void generate_hasDocumentedShapes() {
        StructuredTreatmentData data = SMALL.generate(3);

        assertEquals(800, data.training().size());
        assertEquals(32, data.training().treatments().numCols);
        assertEquals(2, data.training().causalLatents().numCols);
        assertEquals(3, data.training().nonCausalLatents().numCols);
        assertEquals(200, data.test().size());
        assertEquals(32, data.test().referenceTreatments().numCols);
    }

    @Test
    void generate_isDeterministicForSeed() {
        StructuredTreatmentData first = SMALL.generate(5);
        StructuredTreatmentData second = SMALL.generate(5);

        assertArrayEquals(first.training().outcomes(), second.training().outcomes());
        assertArrayEquals(first.test().trueEffects(), second.test().trueEffects());
        assertArrayEquals(first.training().treatments().data,
                second.training().treatments().data);
    }

    @Test
    void generate_separatesSeenAndUnseenCombinations() {
        StructuredTreatmentData data = SMALL.generate(7);
        // With the default threshold h = 0.5 and latent SDs near 1, a held-out unit has both
        // first latents above about 0.5; training units never have both above their cut.
        double causalCut = minimum(data.test().causalLatents(), 0);
        double nonCausalCut = minimum(data.test().nonCausalLatents(), 0);
        DMatrixRMaj tc = data.training().causalLatents();
        DMatrixRMaj tn = data.training().nonCausalLatents();
        int inBoth = 0;
        for (int i = 0; i < tc.numRows; i++) {
            if (tc.get(i, 0) > causalCut && tn.get(i, 0) > nonCausalCut) {
                inBoth++;
            }
        }

        assertTrue(causalCut > 0.3, "smallest unseen T_C1 " + causalCut);
        assertTrue(nonCausalCut > 0.3, "smallest unseen T_N1 " + nonCausalCut);
        assertTrue(inBoth < 0.02 * tc.numRows, inBoth + " training units in the held-out corner");
    }

    @Test
    void generate_confoundsNonCausalLatentsWithCovariates() {
        StructuredTreatmentData data = SMALL.generate(11);

        double r2 = EffectMetrics.probeR2(data.training().covariates(),
                data.training().nonCausalLatents());

        // Var(A_N X) is about s^2 = 1 against noise 0.25, so X explains about 0.8.
        assertTrue(r2 > 0.6, "R2 of T_N on X " + r2);
    }

    @Test
    void withConfoundingStrength_rejectsNegative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StructuredTreatmentGenerator.withDefaults().withConfoundingStrength(-1));

        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void withTrainingSize_rejectsTooFew() {
        assertThrows(IllegalArgumentException.class,
                () -> StructuredTreatmentGenerator.withDefaults().withTrainingSize(10));
    }

    private static double minimum(DMatrixRMaj m, int column) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m.numRows; i++) {
            min = Math.min(min, m.get(i, column));
        }
        return min;
    }
}
