package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation summary and the errors of reading under settings. */
class ImportSummaryTest {

    private static final PanelSpec ROLES = new PanelSpec("unit", "year", "y", "treated");

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path messy() throws IOException {
        return write("messy.csv", ",unit,year,y,treated,note\n"
                + "1,T,2000,1,0,a\n"
                + "2,T,2001,2,1,b\n"
                + "3,A,2000,999,0,c\n"
                + "4,A,2001,3,0,d\n"
                + "5,B,2000,4,0,e\n"
                + "6,B,2001,5,0,f\n");
    }

    private static ImportSettings messySettings() {
        return ImportSettings.defaults().withIndexColumn("")
                .withColumnMissingCodes("y", List.of("999"))
                .withColumnIgnored("note", true)
                .withColumnTypes(Map.of("y", ColumnType.CONTINUOUS,
                        "treated", ColumnType.BINARY));
    }

    @Test
    void summary_countsMissingAndExcludedDonor() throws IOException {
        CsvTable raw = ImportReader.readRaw(messy(), messySettings());

        ImportSummary summary = ImportSummary.of(raw, messySettings(), ROLES);

        assertEquals(6, summary.rowsRead());
        assertEquals(List.of(), summary.droppedLines());
        assertEquals(List.of("", "note"), summary.leftOutColumns());
        assertEquals(Map.of("y", 1), summary.missingPerColumn());
        assertEquals(List.of("Donor 'A' will be excluded: its y is missing at year 2000"
                + " (line 4)."), summary.excludedDonors());
        assertTrue(summary.problem().isEmpty(), summary.problem().toString());
    }

    @Test
    void describe_saysWhatHappens() throws IOException {
        CsvTable raw = ImportReader.readRaw(messy(), messySettings());

        String text = ImportSummary.of(raw, messySettings(), ROLES).describe();

        assertTrue(text.contains("Reads 6 data rows from messy.csv."), text);
        assertTrue(text.contains("Drops no rows."), text);
        assertTrue(text.contains("Ignores columns (unnamed index), 'note'."), text);
        assertTrue(text.contains("Missing cells, shown as NA and never used as values: 'y' 1."),
                text);
        assertTrue(text.contains("Donor 'A' will be excluded"), text);
    }

    @Test
    void summary_listsDroppedRowLines() throws IOException {
        Path file = write("tail.csv", "unit;year;y\nA;2000;1\nA;2001;2\n;;\nNA;;\n;;\n");
        ImportSettings settings = ImportSettings.defaults().withDelimiter(';');
        CsvTable raw = ImportReader.readRaw(file, settings);

        ImportSummary summary = ImportSummary.of(raw, settings,
                new PanelSpec("unit", "year", "y", null));

        assertEquals(List.of(4L, 5L, 6L), summary.droppedLines());
        assertTrue(summary.missingPerColumn().isEmpty(), summary.missingPerColumn().toString());
        assertTrue(summary.describe().contains("Drops 3 rows whose cells are all missing:"
                + " lines 4, 5, 6."), summary.describe());
        assertEquals(2, ImportReader.read(file, settings).rowCount());
    }

    @Test
    void summary_treatedWithMissingOutcome() throws IOException {
        Path file = write("t.csv", "unit,year,y,treated\nT,2000,,0\nT,2001,2,1\nA,2000,3,0\n"
                + "A,2001,4,0\n");
        ImportSettings settings = ImportSettings.defaults();

        ImportSummary summary = ImportSummary.of(ImportReader.readRaw(file, settings), settings,
                ROLES);

        assertEquals(List.of("The treated unit 'T' cannot be fitted: its y is missing at year"
                + " 2000 (line 2)."), summary.excludedDonors());
    }

    @Test
    void typeWarning_namesColumnLineAndFix() throws IOException {
        Path file = write("typed.csv", "unit,year,y\nA,2000,1\nA,2001,n/a\nB,2000,x\n");
        ImportSettings settings = ImportSettings.defaults()
                .withColumnType("y", ColumnType.CONTINUOUS);

        ImportSummary summary = ImportSummary.of(ImportReader.readRaw(file, settings), settings,
                null);

        assertEquals(List.of("typed.csv, column 'y': 2 cells do not fit the type continuous"
                + " ('n/a' on line 3, 'x' on line 4). Declare them a missing code or change the"
                + " column's type."), summary.warnings());
    }

    @Test
    void problem_fromPanelRoles() throws IOException {
        Path file = write("typed.csv", "unit,year,y\nA,2000,1\nA,2001,x\n");
        ImportSettings settings = ImportSettings.defaults();

        ImportSummary summary = ImportSummary.of(ImportReader.readRaw(file, settings), settings,
                new PanelSpec("unit", "year", "y", null));

        String problem = summary.problem().orElseThrow();
        assertTrue(problem.startsWith("typed.csv, line 3, column 'y': 'x' is not a finite"
                + " number"), problem);
        assertTrue(summary.describe().startsWith("Cannot import yet: typed.csv, line 3"),
                summary.describe());
    }

    @Test
    void read_wrongCellCount_namesLine() throws IOException {
        Path file = write("short.csv", "unit;year;y\nA;2000;1\nA;2001\n");
        ImportSettings settings = ImportSettings.defaults().withDelimiter(';');

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ImportReader.read(file, settings));

        assertEquals("short.csv, line 3: the row has 2 cells but the header has 3 columns;"
                + " check for a missing or extra delimiter.", error.getMessage());
    }

    @Test
    void read_settingsNameAbsentColumn() throws IOException {
        Path file = write("plain.csv", "unit,year,y\nA,2000,1\n");
        ImportSettings settings = ImportSettings.defaults()
                .withColumnType("outcome", ColumnType.CONTINUOUS);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ImportReader.read(file, settings));

        assertTrue(error.getMessage().startsWith("plain.csv: the import settings name column"
                + " 'outcome', which the file does not have"), error.getMessage());
        assertTrue(error.getMessage().contains("Detect the settings again"), error.getMessage());
    }

    @Test
    void read_wrongEncoding_namesFileAndFix() throws IOException {
        Path file = Files.write(folder.resolve("latin.csv"),
                "unit,year,y\nQuébec,2000,1\n".getBytes(java.nio.charset.Charset.forName(
                        "windows-1252")));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ImportReader.read(file, ImportSettings.defaults()));

        assertEquals("latin.csv: the file is not valid UTF-8 text; choose another encoding,"
                + " such as windows-1252 for files saved by Excel on Windows.",
                error.getMessage());
    }

    @Test
    void read_everyRowMissing_explains() throws IOException {
        Path file = write("empty.csv", "unit,year,y\nNA,NA,NA\n,,\n");

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ImportReader.read(file, ImportSettings.defaults()));

        assertTrue(error.getMessage().startsWith("empty.csv: every row is empty or missing"),
                error.getMessage());
    }

    @Test
    void overrides_typeIgnoreAndCodeHonoured() throws IOException {
        Path file = write("income.csv", "unit,year,income,note\nA,2000,999,x\nA,2001,5,y\n");
        ImportSettings detected = ImportDetection.detect(file);
        ImportSettings edited = detected.withColumnMissingCodes("income", List.of("999"))
                .withColumnIgnored("note", true)
                .withColumnType("year", ColumnType.CATEGORICAL);

        CsvTable table = ImportReader.read(file, edited);

        assertEquals(List.of("unit", "year", "income"), table.columns());
        assertEquals("", table.cell(0, 2));
        assertEquals(ColumnType.CATEGORICAL, edited.typeOf("year").orElseThrow());
        CsvTable undeclared = ImportReader.read(file, edited.withColumnMissingCodes("income",
                List.of()));
        assertEquals("999", undeclared.cell(0, 2));
    }

    @Test
    void settings_rejectDecimalCommaWithCommaDelimiter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ImportSettings.defaults().withDecimalSeparator(','));

        assertTrue(error.getMessage().contains("needs another delimiter"), error.getMessage());
    }
}
