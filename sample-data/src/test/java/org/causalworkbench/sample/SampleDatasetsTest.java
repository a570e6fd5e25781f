package org.causalworkbench.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SampleDatasetsTest {

    @Test
    void factorPanelOpen_readsShippedResource() throws IOException {
        String text;
        try (InputStream stream = SampleDatasets.FACTOR_PANEL.open()) {
            text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(text.startsWith("region,period,outcome,treated\n"), "header row");
        assertEquals(601, text.split("\n").length, "line count with header");
    }

    @Test
    void factorPanel_describesGeneratedPanel() {
        SampleDatasets.SamplePanel panel = SampleDatasets.FACTOR_PANEL;

        assertEquals("factor-panel.csv", panel.fileName());
        assertTrue(panel.resourcePath().endsWith("/" + panel.fileName()), panel.resourcePath());
        assertEquals("region", panel.unitColumn());
        assertEquals("period", panel.timeColumn());
        assertEquals("outcome", panel.outcomeColumn());
        assertEquals("treated", panel.treatmentColumn());
        assertEquals("Region 01", panel.treatedUnit());
        assertEquals(21.0, panel.interventionTime());
        assertEquals(-5.0, panel.trueEffect());
    }

    @Test
    void open_missingResourceThrowsIllegalState() {
        SampleDatasets.SamplePanel missing = new SampleDatasets.SamplePanel(
                "/org/causalworkbench/sample/no-such-panel.csv", "no-such-panel.csv",
                "region", "period", "outcome", "treated", "Region 01", 21, -5);

        IllegalStateException error = assertThrows(IllegalStateException.class, missing::open);

        assertTrue(error.getMessage().contains("no-such-panel.csv"), error.getMessage());
    }

    @Test
    void samplePanel_relativeResourcePathRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SampleDatasets.SamplePanel(
                "factor-panel.csv", "factor-panel.csv",
                "region", "period", "outcome", "treated", "Region 01", 21, -5));
    }

    @Test
    void samplePanel_nonFiniteEffectRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SampleDatasets.SamplePanel(
                "/factor-panel.csv", "factor-panel.csv",
                "region", "period", "outcome", "treated", "Region 01", 21, Double.NaN));
    }

    @Test
    void households_describesGeneratedTable() throws IOException {
        SampleDatasets.SampleUnitTable table = SampleDatasets.HOUSEHOLDS;
        String text;
        try (InputStream stream = table.open()) {
            text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(text.startsWith(String.join(",", table.idColumn(), table.groupColumn(),
                table.covariateColumn(), table.treatmentColumn(), table.outcomeColumn()) + "\n"),
                "header row names the stated columns");
        assertEquals("households.csv", table.fileName());
        assertEquals(2.0, table.trueEffect());
    }

    @Test
    void twoStageHouseholds_describesShippedTable() throws IOException {
        SampleDatasets.SampleTwoStageTable sample = SampleDatasets.TWO_STAGE_HOUSEHOLDS;
        String text;
        try (InputStream stream = sample.open()) {
            text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertTrue(sample.resourcePath().endsWith("/" + sample.fileName()),
                sample.resourcePath());
        assertTrue(text.startsWith(String.join(",", sample.idColumn(), sample.groupColumn(),
                sample.strategyColumn(), sample.treatmentColumn(), sample.outcomeColumn())
                + "\n"), "header row");
        assertEquals(1025, text.split("\n").length, "line count with header");
    }
}
