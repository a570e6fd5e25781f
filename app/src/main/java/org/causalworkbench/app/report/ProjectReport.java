package org.causalworkbench.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.interference.InterferenceOutcome;
import org.causalworkbench.app.project.DataSource;
import org.causalworkbench.app.project.ObsExpCodec;
import org.causalworkbench.app.project.ProjectDocument;
import org.causalworkbench.app.project.ProjectRunner;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;

/**
 * Writes the reproducible HTML report of a project: a provenance block (data files with size
 * and SHA-256, versions, operating system, time), then per analysis its settings and seeds,
 * its results, charts as inline SVG, diagnostics and assumptions in words. The result JSON of
 * each analysis is embedded in a {@code script} element of type {@code application/json}, so
 * a reader or a test can compare the numbers exactly.
 */
public final class ProjectReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em"
            + " auto;line-height:1.45;color:#222}table{border-collapse:collapse;margin:.5em 0}"
            + "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:"
            + "top}table.pairs th{background:#f4f4f4}pre{background:#f7f7f7;padding:.6em;"
            + "overflow-x:auto}figure{margin:1em 0}svg{max-width:100%;height:auto}"
            + ".mismatch{color:#a00;font-weight:bold}";

    private ProjectReport() {
    }

    /**
     * Writes the report.
     *
     * @param project the project
     * @param fileName the project file's name, for the title and provenance
     * @param reruns one re-run per analysis, in project order
     * @param clock the clock of the report's time stamp
     * @return the HTML document
     */
    public static String html(ProjectDocument project, String fileName,
            List<ProjectRunner.Rerun> reruns, Clock clock) {
        Html html = new Html();
        String title = project.title().isBlank() ? fileName : project.title();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .element("title", "Causal Workbench report: " + title)
                .raw("<style>" + STYLE + "</style>\n</head>\n<body>\n")
                .element("h1", title);
        provenance(html, project, fileName, clock);
        for (ProjectRunner.Rerun rerun : reruns) {
            analysis(html, project, rerun);
        }
        List<String> absent = new ArrayList<>();
        for (var entry : project.analyses()) {
            if (reruns.stream().noneMatch(rerun -> rerun.entry().id().equals(entry.id()))) {
                absent.add(entry.type().title() + " (" + entry.id() + ")");
            }
        }
        if (reruns.isEmpty() && !absent.isEmpty()) {
            // Without the list, an empty report gives no hint why. Beside other sections it is
            // left out, because every project saved from the window contains the lab panels'
            // settings and most users never run them.
            html.element("h2", "Analyses without a run")
                    .paragraph("The project holds the settings of these analyses but no run of"
                            + " them, so they have no section: " + String.join(", ", absent)
                            + ". Run them in the window and save to add them.");
        }
        return html.raw("</body>\n</html>\n").toString();
    }

    private static void provenance(Html html, ProjectDocument project, String fileName,
            Clock clock) {
        html.element("h2", "Provenance");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Project file", fileName});
        rows.add(new String[] {"Project saved", project.saved()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " by Causal Workbench "
                + project.applicationVersion()});
        rows.add(new String[] {"Report generated", clock.instant()
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()});
        rows.addAll(Provenance.versions());
        html.pairs(rows);
        List<List<String>> data = new ArrayList<>();
        for (DataSource source : project.data()) {
            data.add(List.of(source.name(), source.isEmbedded() ? "embedded"
                    : "referenced as " + source.reference(), Long.toString(source.size()),
                    source.sha256()));
        }
        html.element("h3", "Input data").table(List.of("File", "Storage", "Bytes", "SHA-256"),
                data);
    }

    private static void analysis(Html html, ProjectDocument project,
            ProjectRunner.Rerun rerun) {
        var entry = rerun.entry();
        html.raw("<section id=\"analysis-" + Html.escape(entry.id()) + "\">\n")
                .element("h2", entry.type().title() + " (" + entry.id() + ")");
        if (entry.result() != null && entry.stale()) {
            html.paragraph("The result stored in the project predates the last change of its"
                    + " settings, so it is not compared; the numbers below are from a fresh run"
                    + " with the saved settings.");
        } else if (entry.result() == null) {
            html.paragraph("The project stores no result for these settings: they changed"
                    + " after the last run, or the result was removed from the file. The"
                    + " numbers below are from a fresh run.");
        } else {
            html.raw(rerun.matchesStored()
                    ? "<p>This re-run reproduces the result stored in the project exactly.</p>\n"
                    : "<p class=\"mismatch\">This re-run differs from the result stored in the"
                            + " project; the numbers below are from the re-run.</p>\n");
        }
        html.element("h3", "Settings").element("pre", pretty(entry.configuration()));
        if (entry.seeds().size() > 0) {
            html.element("h4", "Seeds").element("pre", pretty(entry.seeds()));
        }
        switch (entry.type()) {
            case SYNTHETIC_CONTROL -> AnalysisSections.synth(html,
                    (SynthOutcome) rerun.outcome(), rerun.result());
            case DONOR_SCREEN -> AnalysisSections.donorScreen(html, rerun.result());
            case SPILLOVER_SENSITIVITY -> AnalysisSections.sensitivity(html, rerun.result());
            case DEBIASED_SYNTHETIC_CONTROL -> AnalysisSections.debiased(html, rerun.result());
            case ROBUSTNESS_CHECKS -> AnalysisSections.checks(html, rerun.result());
            case OBS_EXP_SIMULATION_STUDY -> AnalysisSections.simulationStudy(html,
                    rerun.result());
            case SPILLOVER_SIMULATION_STUDY -> AnalysisSections.spilloverStudy(html,
                    rerun.result());
            case GRASP_EXPERIMENT -> AnalysisSections.grasp(html,
                    (org.causalworkbench.estimators.repr.grasp.GraspResult) rerun.outcome(),
                    rerun.result());
            case RECOMMENDER_SWEEP -> LabSections.recommender(html,
                    castEvaluations(rerun.outcome()), rerun.result());
            case STRUCTURED_TREATMENTS -> LabSections.treatments(html,
                    (LabResult) rerun.outcome(),
                    rerun.result());
            case OBS_EXP -> AnalysisSections.obsExp(html, (ObsExpOutcome) rerun.outcome(),
                    ObsExpCodec.dataset(entry, project), rerun.result());
            case INTERFERENCE -> AnalysisSections.interference(html,
                    (InterferenceOutcome) rerun.outcome(), rerun.result());
            case HUDGENS_HALLORAN -> ClassicalSections.hudgensHalloran(html, rerun.result());
            case ARONOW_SAMII -> ClassicalSections.aronowSamii(html, rerun.result());
            case ALLOCATION_CURVES -> ClassicalSections.allocationCurves(html, rerun.result(),
                    entry.configuration().path("referenceIndex").asInt(0));
            default -> throw new IllegalStateException("No report section for " + entry.type());
        }
        // The closing tag cannot appear in JSON text, because "</" is escaped below.
        html.raw("<script type=\"application/json\" class=\"result\" data-analysis=\""
                + Html.escape(entry.id()) + "\">" + compact(rerun.result()).replace("</", "<\\/")
                + "</script>\n</section>\n");
    }

    /** Returns a recommender re-run's outcome, the evaluations that the runner returns. */
    @SuppressWarnings("unchecked")
    private static List<RecommenderEvaluation> castEvaluations(Object outcome) {
        return (List<RecommenderEvaluation>) outcome;
    }

    private static String pretty(Object node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }

    private static String compact(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }
}
