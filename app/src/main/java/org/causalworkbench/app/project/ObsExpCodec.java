package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.analysis.ObsExpRequest;
import org.causalworkbench.app.cli.ObsexpJson;
import org.causalworkbench.app.obsexp.ObsExpDataset;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.TrialData;

/**
 * Stores an observational-plus-experimental analysis: the trial with &omega; and the evaluation
 * points as one JSON data source (the workspace's dataset, whether read from a CSV or
 * generated), the test and model settings, the seed, and the result in the {@code obsexp}
 * command's JSON layout.
 */
public final class ObsExpCodec {

    private ObsExpCodec() {
    }

    /**
     * Writes a dataset as a JSON data source.
     *
     * @param id the data id
     * @param dataset the dataset
     * @return the source
     */
    public static DataSource source(String id, ObsExpDataset dataset) {
        ObjectNode node = JsonValues.MAPPER.createObjectNode();
        node.put("name", dataset.name());
        node.set("covariateNames", JsonValues.strings(dataset.covariateNames()));
        node.set("covariates", JsonValues.matrix(dataset.covariates()));
        node.set("treatment", JsonValues.doubles(dataset.treatment()));
        node.set("outcome", JsonValues.doubles(dataset.outcome()));
        JsonValues.putDouble(node, "propensity", dataset.propensity());
        node.put("omegaDescription", dataset.omegaDescription());
        node.set("omegaAtTrial", JsonValues.doubles(dataset.omegaAtTrial()));
        node.set("evaluationPoints", JsonValues.matrix(dataset.evaluationPoints()));
        node.set("omegaAtEvaluation", JsonValues.doubles(dataset.omegaAtEvaluation()));
        if (dataset.knownGap().isPresent()) {
            node.set("trueGap", JsonValues.doubles(dataset.trueGap()));
        }
        return DataSource.embedded(id, dataset.name().replaceAll("[^A-Za-z0-9._-]+", "-")
                + ".json", "application/json", JsonValues.bytes(node));
    }

    /**
     * Reads the dataset of an entry.
     *
     * @param entry the entry
     * @param project the project holding its data
     * @return the dataset
     */
    public static ObsExpDataset dataset(AnalysisEntry entry, ProjectDocument project) {
        DataSource source = ProjectData.require(entry, project, 0);
        ObjectNode node = JsonValues.object(source.name(), source.entryName(), source.bytes());
        JsonNode trueGap = node.get("trueGap");
        return new ObsExpDataset(JsonValues.text(node, "name"),
                JsonValues.toStrings(node.get("covariateNames"), "covariateNames"),
                JsonValues.toMatrix(node.get("covariates"), "covariates"),
                JsonValues.toDoubles(node.get("treatment"), "treatment"),
                JsonValues.toDoubles(node.get("outcome"), "outcome"),
                JsonValues.toDouble(node.get("propensity"), "propensity"),
                JsonValues.text(node, "omegaDescription"),
                JsonValues.toDoubles(node.get("omegaAtTrial"), "omegaAtTrial"),
                JsonValues.toMatrix(node.get("evaluationPoints"), "evaluationPoints"),
                JsonValues.toDoubles(node.get("omegaAtEvaluation"), "omegaAtEvaluation"),
                trueGap == null ? null : JsonValues.toDoubles(trueGap, "trueGap"));
    }

    /**
     * Describes an analysis as a project entry.
     *
     * @param id the entry id
     * @param dataId the id of the dataset's source
     * @param request the settings
     * @param outcome the result on screen, or {@code null}
     * @param stale whether the settings changed after the result
     * @return the entry
     */
    public static AnalysisEntry entry(String id, String dataId, ObsExpRequest request,
            ObsExpOutcome outcome, boolean stale) {
        ObjectNode c = JsonValues.MAPPER.createObjectNode();
        JsonValues.putDouble(c, "propensity", request.trial().propensity());
        c.set("tests", JsonValues.strings(request.tests()));
        c.put("score", request.aipw() ? "aipw" : "ipw");
        c.set("band", JsonValues.doubles(request.band()));
        c.put("bins", request.bins());
        c.put("binCovariate", request.binCovariate());
        JsonValues.putDouble(c, "alpha", request.alpha());
        JsonValues.putDouble(c, "uniformBoundDelta", request.uniformBoundDelta());
        GapHyperparameters h = request.hyperparameters();
        if (h == null) {
            c.putNull("hyperparameters");
        } else {
            ObjectNode fixed = c.putObject("hyperparameters");
            fixed.set("lengthscaleBias", JsonValues.doubles(h.lengthscaleBias()));
            fixed.set("lengthscaleNuisance", JsonValues.doubles(h.lengthscaleNuisance()));
            JsonValues.putDouble(fixed, "mean", h.mean());
            JsonValues.putDouble(fixed, "noiseVariance", h.noiseVariance());
        }
        ObjectNode seeds = JsonValues.MAPPER.createObjectNode();
        seeds.put("restartsFoldsAndBootstrap", request.seed());
        return new AnalysisEntry(id, AnalysisType.OBS_EXP, List.of(dataId), c, seeds,
                outcome == null ? null : result(outcome), stale);
    }

    /**
     * Rebuilds the request of an entry.
     *
     * @param entry the entry
     * @param project the project holding its data
     * @return the request
     */
    public static ObsExpRequest request(AnalysisEntry entry, ProjectDocument project) {
        ObsExpDataset data = dataset(entry, project);
        ObjectNode c = entry.configuration();
        double propensity = JsonValues.toDouble(c.get("propensity"), "propensity");
        TrialData trial = new TrialData(data.covariates(), data.treatment(), data.outcome(),
                propensity);
        GapHyperparameters h = hyperparameters(c);
        return new ObsExpRequest(trial, data.omegaAtTrial(), data.evaluationPoints(),
                data.omegaAtEvaluation(), h, JsonValues.toStrings(c.get("tests"), "tests"),
                score(c), JsonValues.toDoubles(c.get("band"), "band"),
                JsonValues.integer(c, "bins"), JsonValues.integer(c, "binCovariate"),
                JsonValues.toDouble(c.get("alpha"), "alpha"),
                JsonValues.longValue(entry.seeds(), "restartsFoldsAndBootstrap"),
                JsonValues.toDouble(c.get("uniformBoundDelta"), "uniformBoundDelta"));
    }

    /** Returns whether the tests use the AIPW score, rejecting names other than ipw and aipw. */
    static boolean score(ObjectNode configuration) {
        String score = JsonValues.text(configuration, "score");
        if (!score.equals("aipw") && !score.equals("ipw")) {
            throw new IllegalArgumentException("the field 'score' has the unknown value '"
                    + score + "'; expected ipw or aipw");
        }
        return score.equals("aipw");
    }

    /** Returns the stored fixed hyperparameters, or {@code null} when they are fitted. */
    static GapHyperparameters hyperparameters(ObjectNode configuration) {
        JsonNode fixed = configuration.get("hyperparameters");
        if (fixed == null || fixed.isNull()) {
            return null;
        }
        return new GapHyperparameters(
                JsonValues.toDoubles(fixed.get("lengthscaleBias"), "lengthscaleBias"),
                JsonValues.toDoubles(fixed.get("lengthscaleNuisance"), "lengthscaleNuisance"),
                JsonValues.toDouble(fixed.get("mean"), "mean"),
                JsonValues.toDouble(fixed.get("noiseVariance"), "noiseVariance"));
    }

    /** Returns the result JSON of an outcome. */
    public static ObjectNode result(ObsExpOutcome outcome) {
        return JsonValues.canonical(ObsexpJson.toJson(outcome));
    }
}
