package org.causalworkbench.estimators.repr.grasp;

/** Fine-tuning methods that the GRASP experiment compares. */
public enum GraspMethod {
    /** Plain LoRA fine-tune on the curated set. */
    NAIVE,
    /**
     * LoRA fine-tune whose Adam update of the write-side factor B is projected off the
     * identified directions, so the weight change writes nothing along them.
     */
    GRASP,
    /** The naive fine-tune with the identified directions projected out of h<sub>1</sub> at test. */
    ABLATION,
    /**
     * Concept-ablation fine-tuning: the identified directions are projected out of
     * h<sub>1</sub> during training only.
     */
    ABLATION_DURING_TRAINING,
    /**
     * Preventative steering: a fixed vector along the identified direction is added to
     * h<sub>1</sub> during training only.
     */
    STEERING
}
