package org.causalworkbench.estimators.repr.grasp;

import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Curated fine-tuning examples: code prompts whose six task outputs should become the pretrained
 * model's own outputs plus the change r(c) of {@link PersonaWorld#fineTuneResponse}, and whose
 * tone should match the curated tone. Building the target from the pretrained response mirrors
 * a curated set of edited answers, such as secure code made insecure: the fine-tune must learn
 * the edit, not the whole skill again.
 *
 * @param inputs n x {@link LatentPersonaGenerator#INPUT_WIDTH} prompts
 * @param responses n x 6 target task outputs
 * @param tones n x 1 target tones
 */
record CuratedResponses(DMatrixRMaj inputs, DMatrixRMaj responses, DMatrixRMaj tones) {

    /** Builds the targets of {@code prompts} from the frozen {@code pretrained} model. */
    static CuratedResponses of(PersonaPrompts prompts, LatentPersonaModel pretrained,
            PersonaWorld world) {
        DMatrixRMaj inputs = prompts.inputs();
        DMatrixRMaj responses = pretrained.forward(new Tape(), inputs).task().value().copy();
        int offset = PersonaDomain.values().length;
        double[] content = new double[PersonaWorld.CONTENT_WIDTH];
        for (int i = 0; i < inputs.numRows; i++) {
            for (int j = 0; j < content.length; j++) {
                content[j] = inputs.get(i, offset + j);
            }
            double[] change = world.fineTuneResponse(content);
            for (int k = 0; k < change.length; k++) {
                responses.add(i, k, change[k]);
            }
        }
        double[] tones = prompts.toneTargets();
        return new CuratedResponses(inputs, responses,
                new DMatrixRMaj(tones.length, 1, true, tones));
    }

    static DMatrixRMaj masked(DMatrixRMaj m, DMatrixRMaj mask) {
        DMatrixRMaj result = new DMatrixRMaj(m.numRows, m.numCols);
        CommonOps_DDRM.elementMult(m, mask, result);
        return result;
    }

    int size() {
        return inputs.numRows;
    }

    /** Returns the examples at the given rows, in that order. */
    CuratedResponses select(int[] rows) {
        return new CuratedResponses(rowsOf(inputs, rows), rowsOf(responses, rows),
                rowsOf(tones, rows));
    }

    private static DMatrixRMaj rowsOf(DMatrixRMaj m, int[] rows) {
        DMatrixRMaj result = new DMatrixRMaj(rows.length, m.numCols);
        for (int i = 0; i < rows.length; i++) {
            CommonOps_DDRM.extract(m, rows[i], rows[i] + 1, 0, m.numCols, result, i, 0);
        }
        return result;
    }
}
