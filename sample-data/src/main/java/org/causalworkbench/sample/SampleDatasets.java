package org.causalworkbench.sample;

import java.io.InputStream;
import java.util.Objects;

/**
 * Descriptions of the sample datasets that ship on the class path, with their column roles and
 * known true effects.
 */
public final class SampleDatasets {

    /**
     * The synthetic factor-model panel of 20 regions over 30 periods, in which
     * {@code Region 01} is treated from period 21 with a true effect of exactly -5.
     * {@link FactorModelPanelGenerator} documents the model and generates the file.
     */
    public static final SamplePanel FACTOR_PANEL = new SamplePanel(
            "/org/causalworkbench/sample/factor-panel.csv",
            "factor-panel.csv",
            FactorModelPanelGenerator.UNIT_COLUMN,
            FactorModelPanelGenerator.TIME_COLUMN,
            FactorModelPanelGenerator.OUTCOME_COLUMN,
            FactorModelPanelGenerator.TREATMENT_COLUMN,
            FactorModelPanelGenerator.TREATED_UNIT,
            FactorModelPanelGenerator.INTERVENTION_PERIOD,
            FactorModelPanelGenerator.TRUE_EFFECT);

    /**
     * The synthetic household table: 400 households of 2 to 6 people, a covariate with 4 levels
     * and a treatment that spills over within households, with a true average causal effect of
     * exactly 2. {@link HouseholdSampleGenerator} documents the model and generates the file.
     */
    public static final SampleUnitTable HOUSEHOLDS = new SampleUnitTable(
            "/org/causalworkbench/sample/households.csv",
            "households.csv",
            HouseholdSampleGenerator.ID_COLUMN,
            HouseholdSampleGenerator.GROUP_COLUMN,
            HouseholdSampleGenerator.COVARIATE_COLUMN,
            HouseholdSampleGenerator.TREATMENT_COLUMN,
            HouseholdSampleGenerator.OUTCOME_COLUMN,
            HouseholdSampleGenerator.TRUE_EFFECT);

    /**
     * The two-stage randomised household experiment: 256 households of 4, half on strategy
     * {@code low} (1 member treated) and half on {@code high} (3 treated), with known
     * Hudgens-Halloran effects. {@link TwoStageHouseholdGenerator} documents the design, the
     * true effects and generates the file.
     */
    public static final SampleTwoStageTable TWO_STAGE_HOUSEHOLDS = new SampleTwoStageTable(
            "/org/causalworkbench/sample/two-stage-households.csv",
            "two-stage-households.csv",
            TwoStageHouseholdGenerator.ID_COLUMN,
            TwoStageHouseholdGenerator.GROUP_COLUMN,
            TwoStageHouseholdGenerator.STRATEGY_COLUMN,
            TwoStageHouseholdGenerator.TREATMENT_COLUMN,
            TwoStageHouseholdGenerator.OUTCOME_COLUMN);

    /**
     * The synthetic graph sample: 300 units on a small-world network given as an edge list, a
     * binary covariate and a treatment that spills over along the edges, with a true average
     * causal effect of exactly 2. {@link GraphSampleGenerator} documents the model and generates
     * both files.
     */
    public static final SampleGraph GRAPH = new SampleGraph(
            "/org/causalworkbench/sample/" + GraphSampleGenerator.UNITS_FILE,
            GraphSampleGenerator.UNITS_FILE,
            "/org/causalworkbench/sample/" + GraphSampleGenerator.EDGES_FILE,
            GraphSampleGenerator.EDGES_FILE,
            GraphSampleGenerator.ID_COLUMN,
            GraphSampleGenerator.AREA_COLUMN,
            GraphSampleGenerator.COVARIATE_COLUMN,
            GraphSampleGenerator.TREATMENT_COLUMN,
            GraphSampleGenerator.OUTCOME_COLUMN,
            GraphSampleGenerator.TRUE_EFFECT);

    private SampleDatasets() {
    }

    /** Rejects a relative name, which would resolve against this class's package. */
    static void requireAbsolute(String resourcePath) {
        if (!resourcePath.startsWith("/")) {
            throw new IllegalArgumentException("Invalid resource path \"" + resourcePath
                    + "\": expected an absolute class path resource name that starts with /");
        }
    }

    static InputStream openResource(String resourcePath) {
        InputStream stream = SampleDatasets.class.getResourceAsStream(resourcePath);
        if (stream == null) {
            throw new IllegalStateException(
                    "Sample dataset resource " + resourcePath + " was not found on the class"
                            + " path. Rebuild the sample-data module so that its jar"
                            + " contains the file.");
        }
        return stream;
    }

    /**
     * A unit table CSV resource, one row per unit, with a group column that defines who
     * interferes with whom and a known true average causal effect.
     *
     * @param resourcePath absolute class path resource name, starting with {@code /}
     * @param fileName file name to show to users
     * @param idColumn name of the unit id column
     * @param groupColumn name of the group column, such as a household id
     * @param covariateColumn name of the discrete covariate column
     * @param treatmentColumn name of the 0/1 treatment column
     * @param outcomeColumn name of the outcome column
     * @param trueEffect the true average causal effect with interference removed
     */
    public record SampleUnitTable(
            String resourcePath,
            String fileName,
            String idColumn,
            String groupColumn,
            String covariateColumn,
            String treatmentColumn,
            String outcomeColumn,
            double trueEffect) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException if a string component is null
         * @throws IllegalArgumentException if {@code resourcePath} does not start with
         *     {@code /}, or the effect is not finite
         */
        public SampleUnitTable {
            Objects.requireNonNull(resourcePath, "resourcePath");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(idColumn, "idColumn");
            Objects.requireNonNull(groupColumn, "groupColumn");
            Objects.requireNonNull(covariateColumn, "covariateColumn");
            Objects.requireNonNull(treatmentColumn, "treatmentColumn");
            Objects.requireNonNull(outcomeColumn, "outcomeColumn");
            requireAbsolute(resourcePath);
            if (!Double.isFinite(trueEffect)) {
                throw new IllegalArgumentException(
                        "Invalid trueEffect " + trueEffect + ": expected a finite number");
            }
        }

        /**
         * Opens the resource from the class path. The caller must close the stream.
         *
         * @return a new stream over the UTF-8 encoded CSV text
         * @throws IllegalStateException if the resource is not on the class path
         */
        public InputStream open() {
            return openResource(resourcePath);
        }
    }

    /**
     * A long-format panel CSV resource with one treated unit and a known effect.
     *
     * @param resourcePath absolute class path resource name, starting with {@code /}
     * @param fileName file name to show to users and to suggest when saving a copy
     * @param unitColumn name of the column that identifies the unit
     * @param timeColumn name of the column that contains the period
     * @param outcomeColumn name of the column that contains the observed outcome
     * @param treatmentColumn name of the column that contains {@code True} in treated rows
     *     and {@code False} elsewhere
     * @param treatedUnit value of {@code unitColumn} for the treated unit
     * @param interventionTime first post-intervention period
     * @param trueEffect effect of the intervention on the treated unit's outcome in every
     *     post-intervention period
     */
    public record SamplePanel(
            String resourcePath,
            String fileName,
            String unitColumn,
            String timeColumn,
            String outcomeColumn,
            String treatmentColumn,
            String treatedUnit,
            double interventionTime,
            double trueEffect) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException if a string component is null
         * @throws IllegalArgumentException if {@code resourcePath} does not start with
         *     {@code /}, or a number is not finite
         */
        public SamplePanel {
            Objects.requireNonNull(resourcePath, "resourcePath");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(unitColumn, "unitColumn");
            Objects.requireNonNull(timeColumn, "timeColumn");
            Objects.requireNonNull(outcomeColumn, "outcomeColumn");
            Objects.requireNonNull(treatmentColumn, "treatmentColumn");
            Objects.requireNonNull(treatedUnit, "treatedUnit");
            requireAbsolute(resourcePath);
            if (!Double.isFinite(interventionTime)) {
                throw new IllegalArgumentException(
                        "Invalid interventionTime " + interventionTime + ": expected a finite"
                                + " number");
            }
            if (!Double.isFinite(trueEffect)) {
                throw new IllegalArgumentException(
                        "Invalid trueEffect " + trueEffect + ": expected a finite number");
            }
        }

        /**
         * Opens the resource from the class path. The caller must close the stream.
         *
         * @return a new stream over the UTF-8 encoded CSV text
         * @throws IllegalStateException if the resource is not on the class path
         */
        public InputStream open() {
            return openResource(resourcePath);
        }
    }

    /**
     * A unit table CSV resource from a two-stage randomised experiment: groups were randomised
     * to allocation strategies, then members to treatment under their group's strategy.
     *
     * @param resourcePath absolute class path resource name, starting with {@code /}
     * @param fileName file name to show to users
     * @param idColumn name of the unit id column
     * @param groupColumn name of the group column
     * @param strategyColumn name of the column with the group's allocation strategy, equal for
     *     every member of a group
     * @param treatmentColumn name of the 0/1 treatment column
     * @param outcomeColumn name of the outcome column
     */
    public record SampleTwoStageTable(
            String resourcePath,
            String fileName,
            String idColumn,
            String groupColumn,
            String strategyColumn,
            String treatmentColumn,
            String outcomeColumn) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if {@code resourcePath} does not start with
         *     {@code /}
         */
        public SampleTwoStageTable {
            Objects.requireNonNull(resourcePath, "resourcePath");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(idColumn, "idColumn");
            Objects.requireNonNull(groupColumn, "groupColumn");
            Objects.requireNonNull(strategyColumn, "strategyColumn");
            Objects.requireNonNull(treatmentColumn, "treatmentColumn");
            Objects.requireNonNull(outcomeColumn, "outcomeColumn");
            requireAbsolute(resourcePath);
        }

        /**
         * Opens the resource from the class path. The caller must close the stream.
         *
         * @return a new stream over the UTF-8 encoded CSV text
         * @throws IllegalStateException if the resource is not on the class path
         */
        public InputStream open() {
            return openResource(resourcePath);
        }
    }

    /**
     * A unit table CSV resource with an edge-list CSV resource over the same units, which defines
     * who interferes with whom, and a known true average causal effect.
     *
     * @param unitsResourcePath absolute class path resource name of the unit table
     * @param unitsFileName unit table file name to show to users
     * @param edgesResourcePath absolute class path resource name of the edge list, whose header
     *     is {@code source,target}
     * @param edgesFileName edge list file name to show to users
     * @param idColumn name of the unit id column, whose values the edge list uses
     * @param groupColumn name of a coarse area column, a misspecified structure for teaching
     * @param covariateColumn name of the discrete covariate column
     * @param treatmentColumn name of the 0/1 treatment column
     * @param outcomeColumn name of the outcome column
     * @param trueEffect the true average causal effect with interference removed
     */
    public record SampleGraph(
            String unitsResourcePath,
            String unitsFileName,
            String edgesResourcePath,
            String edgesFileName,
            String idColumn,
            String groupColumn,
            String covariateColumn,
            String treatmentColumn,
            String outcomeColumn,
            double trueEffect) {

        /**
         * Validates the components.
         *
         * @throws NullPointerException if a string component is null
         * @throws IllegalArgumentException if a resource path does not start with {@code /}, or
         *     the effect is not finite
         */
        public SampleGraph {
            Objects.requireNonNull(unitsFileName, "unitsFileName");
            Objects.requireNonNull(edgesFileName, "edgesFileName");
            Objects.requireNonNull(idColumn, "idColumn");
            Objects.requireNonNull(groupColumn, "groupColumn");
            Objects.requireNonNull(covariateColumn, "covariateColumn");
            Objects.requireNonNull(treatmentColumn, "treatmentColumn");
            Objects.requireNonNull(outcomeColumn, "outcomeColumn");
            requireAbsolute(Objects.requireNonNull(unitsResourcePath, "unitsResourcePath"));
            requireAbsolute(Objects.requireNonNull(edgesResourcePath, "edgesResourcePath"));
            if (!Double.isFinite(trueEffect)) {
                throw new IllegalArgumentException(
                        "Invalid trueEffect " + trueEffect + ": expected a finite number");
            }
        }

        /**
         * Opens the unit table from the class path. The caller must close the stream.
         *
         * @throws IllegalStateException if the resource is not on the class path
         */
        public InputStream openUnits() {
            return openResource(unitsResourcePath);
        }

        /**
         * Opens the edge list from the class path. The caller must close the stream.
         *
         * @throws IllegalStateException if the resource is not on the class path
         */
        public InputStream openEdges() {
            return openResource(edgesResourcePath);
        }
    }
}
