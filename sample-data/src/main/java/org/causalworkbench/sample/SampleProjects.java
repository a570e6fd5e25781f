package org.causalworkbench.sample;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The sample projects that ship on the class path, one per method family, each a complete
 * analysis of a shipped dataset with its result. The application writes them from the sample
 * datasets, so they contain nothing beyond those datasets and their settings.
 */
public final class SampleProjects {

    /** Synthetic control with placebo inference on the factor-model panel. */
    public static final SampleProject SYNTHETIC_CONTROL = new SampleProject(
            "/org/causalworkbench/sample/projects/synthetic-control.cwproj",
            "synthetic-control.cwproj", "Synthetic control: factor-model panel",
            "Region 01 treated from period 21 with a true effect of -5; placebo inference"
                    + " over the 19 donors.");

    /** Observational plus experimental data on the teaching example. */
    public static final SampleProject OBS_EXP = new SampleProject(
            "/org/causalworkbench/sample/projects/observational-experimental.cwproj",
            "observational-experimental.cwproj", "Observational plus experimental: teaching"
                    + " example",
            "A trial on part of the covariate range and an observational CATE with a known"
                    + " gap; falsification tests and Gaussian-process intervals.");

    /** The TACE on the household sample with bootstrap intervals. */
    public static final SampleProject HOUSEHOLDS = new SampleProject(
            "/org/causalworkbench/sample/projects/interference-households.cwproj",
            "interference-households.cwproj", "Interference: households",
            "400 households with spillover within each household and a true TACE of 2;"
                    + " group-fraction signature with a block bootstrap.");

    /** The TACE on the graph sample. */
    public static final SampleProject GRAPH = new SampleProject(
            "/org/causalworkbench/sample/projects/interference-graph.cwproj",
            "interference-graph.cwproj", "Interference: small-world graph",
            "300 units on a small-world network with a true TACE of 2; neighbour-fraction"
                    + " signature over the graph.");

    /** The GRASP experiment of the representation lab on its latent-persona toy. */
    public static final SampleProject GRASP = new SampleProject(
            "/org/causalworkbench/sample/projects/grasp.cwproj", "grasp.cwproj",
            "Representation lab: GRASP",
            "Naive LoRA, GRASP and the ablation and steering baselines on the latent-persona"
                    + " toy, correlation 0.9, task complexity 4, rank 4, seed 1.");

    /** Every sample project, in menu order. */
    public static final List<SampleProject> ALL = List.of(SYNTHETIC_CONTROL, OBS_EXP,
            HOUSEHOLDS, GRAPH, GRASP);

    private SampleProjects() {
    }

    /**
     * A project file resource.
     *
     * @param resourcePath absolute class path resource name, starting with {@code /}
     * @param fileName the file name to suggest when saving a copy
     * @param title the menu entry
     * @param description one sentence on what it shows
     */
    public record SampleProject(String resourcePath, String fileName, String title,
            String description) {

        /** Checks the parts. */
        public SampleProject {
            SampleDatasets.requireAbsolute(Objects.requireNonNull(resourcePath, "resourcePath"));
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
        }

        /**
         * Opens the resource. The caller must close the stream.
         *
         * @return a new stream over the project file's bytes
         * @throws IllegalStateException if the resource is not on the class path
         */
        public InputStream open() {
            return SampleDatasets.openResource(resourcePath);
        }
    }
}
