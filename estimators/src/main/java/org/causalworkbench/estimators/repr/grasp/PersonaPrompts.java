package org.causalworkbench.estimators.repr.grasp;

import org.ejml.data.DMatrixRMaj;

/**
 * A batch of toy prompts with their latent persona and targets, one prompt per row.
 *
 * <p>Input columns: the one-hot domain (6, in {@link PersonaDomain} order), the content c (8),
 * the persona cue p, and a constant 1 (the "assistant" feature).
 *
 * @param inputs n x {@link LatentPersonaGenerator#INPUT_WIDTH} prompt features
 * @param domains the domain index of each prompt
 * @param persona the latent persona s of each prompt, in {-1, 0, +1}
 * @param taskTargets the target of the prompt's own domain task head
 * @param toneTargets the target of the tone head
 */
public record PersonaPrompts(DMatrixRMaj inputs, int[] domains, double[] persona,
        double[] taskTargets, double[] toneTargets) {

    /** Copies every array so that the record cannot change. */
    public PersonaPrompts {
        inputs = inputs.copy();
        domains = domains.clone();
        persona = persona.clone();
        taskTargets = taskTargets.clone();
        toneTargets = toneTargets.clone();
    }

    /** Returns a copy of the inputs. */
    @Override
    public DMatrixRMaj inputs() {
        return inputs.copy();
    }

    /** Returns a copy of the domain indices. */
    @Override
    public int[] domains() {
        return domains.clone();
    }

    /** Returns a copy of the latent personas. */
    @Override
    public double[] persona() {
        return persona.clone();
    }

    /** Returns a copy of the task targets. */
    @Override
    public double[] taskTargets() {
        return taskTargets.clone();
    }

    /** Returns a copy of the tone targets. */
    @Override
    public double[] toneTargets() {
        return toneTargets.clone();
    }

    /** Returns the number of prompts. */
    public int size() {
        return domains.length;
    }

    /**
     * Returns the prompts at the given row indices, in that order, for example a minibatch.
     *
     * @throws IllegalArgumentException if an index is outside [0, size)
     */
    public PersonaPrompts select(int[] rows) {
        int width = inputs.numCols;
        DMatrixRMaj selected = new DMatrixRMaj(rows.length, width);
        int[] selectedDomains = new int[rows.length];
        double[] selectedPersona = new double[rows.length];
        double[] selectedTask = new double[rows.length];
        double[] selectedTone = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            if (row < 0 || row >= size()) {
                throw new IllegalArgumentException("row index " + row + " at position " + i
                        + " is outside the " + size() + " prompts");
            }
            System.arraycopy(inputs.data, row * width, selected.data, i * width, width);
            selectedDomains[i] = domains[row];
            selectedPersona[i] = persona[row];
            selectedTask[i] = taskTargets[row];
            selectedTone[i] = toneTargets[row];
        }
        return new PersonaPrompts(selected, selectedDomains, selectedPersona, selectedTask,
                selectedTone);
    }

    /** Returns the prompts of {@code first} followed by those of {@code second}. */
    public static PersonaPrompts concat(PersonaPrompts first, PersonaPrompts second) {
        DMatrixRMaj joined = new DMatrixRMaj(first.size() + second.size(), first.inputs.numCols);
        org.ejml.dense.row.CommonOps_DDRM.concatRows(first.inputs, second.inputs, joined);
        return new PersonaPrompts(joined, join(first.domains, second.domains),
                join(first.persona, second.persona), join(first.taskTargets, second.taskTargets),
                join(first.toneTargets, second.toneTargets));
    }

    private static int[] join(int[] a, int[] b) {
        int[] result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static double[] join(double[] a, double[] b) {
        double[] result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
