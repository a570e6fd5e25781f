package org.causalworkbench.app.project;

import java.util.Arrays;
import java.util.Locale;

/** The analysis types a project stores, with the id written in the file. */
public enum AnalysisType {
    /** Synthetic control with optional in-space placebo inference. */
    SYNTHETIC_CONTROL("synthetic-control", "Synthetic control"),
    /**
     * The spillover screen of the synthetic-control donors, with the donor pool's include,
     * trusted and reason decisions.
     */
    DONOR_SCREEN("donor-screen", "Donor spillover screen"),
    /**
     * Sensitivity of the synthetic-control fit to spillover: bounds, break-even values and the
     * refits with excluded donors put back.
     */
    SPILLOVER_SENSITIVITY("spillover-sensitivity", "Spillover sensitivity"),
    /** The proximal (instrumented) synthetic control beside the plain fit on the same pool. */
    DEBIASED_SYNTHETIC_CONTROL("debiased-synthetic-control", "Debiased synthetic control"),
    /** The in-time placebo and the leave-one-donor-out refits of the Checks tab. */
    ROBUSTNESS_CHECKS("robustness-checks", "Robustness checks"),
    /** The simulation of donor-screening strategies on panels with planted spillover. */
    SPILLOVER_SIMULATION_STUDY("spillover-simulation-study", "Spillover simulation study"),
    /** Observational CATE corrected by a trial: falsification tests and the gap model. */
    OBS_EXP("obs-exp-gap", "Observational plus experimental"),
    /** The coverage study of the gap intervals on simulated trials with known truth. */
    OBS_EXP_SIMULATION_STUDY("obs-exp-simulation-study", "Observational plus experimental:"
            + " simulation study"),
    /** The GRASP teaching experiment of the Representation lab on its latent-persona toy. */
    GRASP_EXPERIMENT("grasp-experiment", "GRASP experiment"),
    /**
     * The penalty sweep of the causal recommender in the Representation lab, on its synthetic
     * world.
     */
    RECOMMENDER_SWEEP("recommender-sweep", "Causal recommender sweep"),
    /** The structured-treatment lab of the Representation lab on its synthetic toy. */
    STRUCTURED_TREATMENTS("structured-treatments", "Structured-treatment lab"),
    /** The true average causal effect under local interference. */
    INTERFERENCE("interference-tace", "Interference (TACE)"),
    /**
     * Hudgens-Halloran direct, indirect, total and overall effects of a two-stage randomised
     * design, from the classical tab.
     */
    HUDGENS_HALLORAN("hudgens-halloran", "Hudgens-Halloran effects"),
    /** Aronow-Samii exposure means and contrasts under a known design, from the classical tab. */
    ARONOW_SAMII("aronow-samii", "Aronow-Samii exposure estimates"),
    /** Inverse-probability-weighted effects over a grid of allocations, from the classical tab. */
    ALLOCATION_CURVES("allocation-curves", "Allocation curves");

    private final String id;
    private final String title;

    AnalysisType(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Returns the id written in project files. */
    public String id() {
        return id;
    }

    /** Returns the title shown to users. */
    public String title() {
        return title;
    }

    /**
     * Finds the type of an id.
     *
     * @throws IllegalArgumentException naming the known ids
     */
    public static AnalysisType ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown analysis type '" + id
                        + "'; this version knows " + String.join(", ", Arrays.stream(values())
                                .map(AnalysisType::id).toList())
                        + ". A newer workbench may have written it."));
    }

    @Override
    public String toString() {
        return title.toLowerCase(Locale.ROOT);
    }
}
