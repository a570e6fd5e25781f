package org.causalworkbench.app.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.estimators.data.ColumnType;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.TreatmentProposal;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's logic, without the JavaFX toolkit. */
class ImportWizardViewModelTest {

    /** A semicolon file with comma decimals, a pandas index, codes and a trailing empty row. */
    static final String MESSY = ";region;jahr;umsatz;treated;note\n"
            + "0;Nord;2000;1,5;0;a\n"
            + "1;Nord;2001;2,5;1;b\n"
            + "2;Süd;2000;999;0;c\n"
            + "3;Süd;2001;#NULL!;0;d\n"
            + "4;Ost;2000;3,5;0;.\n"
            + "5;Ost;2001;4,5;0;f\n"
            + ";;;;;\n";

    @TempDir
    Path folder;

    private Path messy() throws IOException {
        return Files.writeString(folder.resolve("messy.csv"), MESSY, StandardCharsets.UTF_8);
    }

    @Test
    void detect_preselectsSettingsAndRoles() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        ImportSettings settings = model.settingsProperty().get();
        assertEquals(';', settings.delimiter());
        assertEquals(',', settings.decimalSeparator());
        assertEquals("", settings.indexColumn());
        assertEquals(List.of("999"), settings.missingCodesOf("umsatz"));
        assertEquals("region", model.unitProperty().get());
        assertEquals("jahr", model.timeProperty().get());
        assertEquals("umsatz", model.outcomeProperty().get());
        assertEquals("treated", model.treatmentProperty().get());
    }

    @Test
    void displayed_showsMarkerForMissing() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        assertEquals("NA", model.displayed("umsatz", "999"));
        assertEquals("NA", model.displayed("umsatz", "#NULL!"));
        assertEquals("NA", model.displayed("note", " "));
        assertEquals("999", model.displayed("treated", "999"));
        assertEquals("1,5", model.displayed("umsatz", "1,5"));
    }

    @Test
    void summary_saysWhatHappens() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        String text = model.summaryTextProperty().get();
        assertTrue(text.contains("Drops 1 row whose cells are all missing: line 8."), text);
        assertTrue(text.contains("Ignores columns (unnamed index)."), text);
        assertTrue(text.contains("Donor 'Süd' will be excluded: its umsatz is missing at jahr"
                + " 2000 (line 4)."), text);
        assertTrue(text.contains("'umsatz' 2"), text);
    }

    @Test
    void finish_buildsPanelWithSettings() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());
        model.setIgnored("note", true);

        ImportWizardViewModel.Imported imported = model.finish();

        assertEquals(3, imported.panel().unitCount());
        assertEquals(1.5, imported.panel().outcome(0, 0), 0.0);
        assertTrue(Double.isNaN(imported.panel().outcome(1, 0)));
        assertEquals(List.of("note"), imported.settings().ignoredColumns());
        assertEquals(List.of("region", "jahr", "umsatz", "treated"), imported.table().columns());
        TreatmentProposal proposal = imported.proposal().orElseThrow();
        assertEquals("Nord", proposal.treatedUnit());
        assertEquals(2001, proposal.interventionTime());
    }

    @Test
    void typeOverride_keptInResult() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        model.setColumnType("treated", ColumnType.CATEGORICAL);

        assertEquals(ColumnType.CATEGORICAL,
                model.finish().settings().typeOf("treated").orElseThrow());
    }

    @Test
    void columnCodeRemoved_valueComesBack() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        model.setColumnMissingCodes("umsatz", "");

        assertEquals(999.0, model.finish().panel().outcome(1, 0), 0.0);
    }

    @Test
    void fileCodes_parsedAndApplied() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        model.setFileMissingCodes("NA, #NULL!, 4,5");

        assertEquals(List.of("NA", "#NULL!", "4", "5"),
                model.settingsProperty().get().missingCodes());
        assertEquals("NA", model.displayed("jahr", "4"));
    }

    @Test
    void checkCodes_rejectsDelimiter() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        assertTrue(model.checkCodes("NA, a;b").isPresent());
        assertFalse(model.checkCodes("NA, .").isPresent());
    }

    @Test
    void wrongDelimiter_reportsReadError() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        model.setDelimiter(',');

        assertNull(model.rawProperty().get());
        String error = model.readErrorProperty().get();
        assertTrue(error.startsWith("messy.csv, line 2: the row has"), error);
        assertTrue(model.summaryTextProperty().get().startsWith("Cannot read the file"));
        assertThrows(DataFormatException.class, model::finish);
        model.setDelimiter(';');
        assertEquals("", model.readErrorProperty().get());
    }

    @Test
    void sameColumnTwice_rejected() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        model.outcomeProperty().set("jahr");

        assertTrue(model.checkRoles().isPresent());
        assertTrue(model.summaryTextProperty().get().startsWith("Each role needs its own"),
                model.summaryTextProperty().get());
        DataFormatException error = assertThrows(DataFormatException.class, model::finish);
        assertTrue(error.getMessage().startsWith("messy.csv: Each role"), error.getMessage());
    }

    @Test
    void indexUnchecked_columnComesBack() throws IOException {
        ImportWizardViewModel model = ImportWizardViewModel.detect(messy());

        model.setFirstColumnIndex(false);

        assertTrue(model.keptColumns().contains(""));
        assertNull(model.settingsProperty().get().indexColumn());
    }

    @Test
    void unnamedDataColumn_rolesStillGuessed() throws IOException {
        Path file = Files.writeString(folder.resolve("codes.csv"),
                ",unit,year,y\n7,A,2000,1\n3,A,2001,2\n9,B,2000,3\n2,B,2001,4\n");

        ImportWizardViewModel model = ImportWizardViewModel.detect(file);

        assertEquals("unit", model.unitProperty().get());
        assertEquals("year", model.timeProperty().get());
        assertEquals("y", model.outcomeProperty().get());
    }

    @Test
    void smokingData_proposesCalifornia() {
        ImportWizardViewModel model = ImportWizardViewModel.detect(
                SharedDatasets.require("smoking_data.csv"));

        ImportWizardViewModel.Imported imported = model.finish();

        assertEquals(39, imported.panel().unitCount());
        assertEquals(31, imported.panel().timeCount());
        TreatmentProposal proposal = imported.proposal().orElseThrow();
        assertEquals("California", proposal.treatedUnit());
        assertEquals(1989, proposal.interventionTime());
    }
}
