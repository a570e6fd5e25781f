package org.causalworkbench.estimators.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection of encoding, delimiter, header, codes, index and types on files of many makers. */
class ImportDetectionTest {

    private static final PanelSpec ROLES = new PanelSpec("unit", "year", "y", null);

    @TempDir
    Path folder;

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(folder.resolve(name), text.getBytes(charset));
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    private static Panel panel(Path file, ImportSettings settings) {
        return PanelReader.build(ImportReader.read(file, settings), ROLES);
    }

    @Test
    void semicolon_withCommaDecimals() throws IOException {
        Path file = write("excel.csv", "unit;year;y\nA;2000;1,5\nA;2001;2,25\nB;2000;-0,5\n"
                + "B;2001;3\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals(';', settings.delimiter());
        assertEquals(',', settings.decimalSeparator());
        assertEquals(ColumnType.CONTINUOUS, settings.typeOf("y").orElseThrow());
        Panel panel = panel(file, settings);
        assertEquals(1.5, panel.outcome(0, 0), 0.0);
        assertEquals(2.25, panel.outcome(0, 1), 0.0);
        assertEquals(-0.5, panel.outcome(1, 0), 0.0);
    }

    @Test
    void semicolon_withCommaInQuotedName() throws IOException {
        Path file = write("quoted.csv", "unit;year;y\n\"Korea, Rep.\";2000;1\n"
                + "\"Korea, Rep.\";2001;2\nChile;2000;3\nChile;2001;4\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals(';', settings.delimiter());
        assertEquals("Korea, Rep.", panel(file, settings).units().get(0));
    }

    @Test
    void tab_detected() throws IOException {
        Path file = write("tabs.tsv", "unit\tyear\ty\nA\t2000\t1.5\nA\t2001\t2\nB\t2000\t3\n"
                + "B\t2001\t4\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals('\t', settings.delimiter());
        assertEquals('.', settings.decimalSeparator());
        assertEquals(1.5, panel(file, settings).outcome(0, 0), 0.0);
    }

    @Test
    void pipe_detected() throws IOException {
        Path file = write("pipes.txt", "unit|year|y\nA|2000|1\nA|2001|2\n");

        assertEquals('|', ImportDetection.detect(file).delimiter());
    }

    @Test
    void utf16_withByteOrderMark() throws IOException {
        // Java's UTF-16 encoder writes a big-endian byte order mark.
        Path big = write("be.csv", "unit,year,y\nZürich,2000,1\nZürich,2001,2\n",
                StandardCharsets.UTF_16);
        byte[] little = ("\uFEFFunit,year,y\nZürich,2000,1\nZürich,2001,2\n")
                .getBytes(StandardCharsets.UTF_16LE);
        Path littleFile = Files.write(folder.resolve("le.csv"), little);

        ImportSettings bigSettings = ImportDetection.detect(big);
        ImportSettings littleSettings = ImportDetection.detect(littleFile);

        assertEquals("UTF-16BE", bigSettings.charset());
        assertEquals("UTF-16LE", littleSettings.charset());
        assertEquals("Zürich", panel(big, bigSettings).units().get(0));
        assertEquals("Zürich", panel(littleFile, littleSettings).units().get(0));
        assertEquals(List.of("unit", "year", "y"),
                ImportReader.read(littleFile, littleSettings).columns());
    }

    @Test
    void windows1252_accentInUnitName() throws IOException {
        Path file = write("quebec.csv", "unit,year,y\nQuébec,2000,1\nQuébec,2001,2\n"
                + "Ontario,2000,3\nOntario,2001,4\n", Charset.forName("windows-1252"));

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals("windows-1252", settings.charset());
        assertEquals("Québec", panel(file, settings).units().get(0));
    }

    @Test
    void utf8_accentInUnitName() throws IOException {
        Path file = write("quebec.csv", "unit,year,y\nQuébec,2000,1\nQuébec,2001,2\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals("UTF-8", settings.charset());
        assertEquals("Québec", panel(file, settings).units().get(0));
    }

    @Test
    void trailingDelimiter_onEveryLine() throws IOException {
        Path file = write("trail.csv", "unit;year;y;\nA;2000;1;\nA;2001;2;\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals(';', settings.delimiter());
        assertEquals(List.of("unit", "year", "y"), ImportReader.read(file, settings).columns());
        assertEquals(2.0, panel(file, settings).outcome(0, 1), 0.0);
    }

    @Test
    void trailingDelimiter_onDataLinesOnly() throws IOException {
        Path file = write("trail.csv", "unit,year,y\nA,2000,1,\nA,2001,2,\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals(',', settings.delimiter());
        assertEquals(2.0, panel(file, settings).outcome(0, 1), 0.0);
    }

    @Test
    void unnamedIndexColumn_detectedAndLeftOut() throws IOException {
        Path file = write("pandas.csv", ",unit,year,y\n0,A,2000,1\n1,A,2001,2\n2,B,2000,3\n"
                + "3,B,2001,4\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertEquals("", settings.indexColumn());
        assertFalse(settings.columnTypes().containsKey(""));
        assertEquals(List.of("unit", "year", "y"), ImportReader.read(file, settings).columns());
        assertEquals(2, panel(file, settings).unitCount());
    }

    @Test
    void rStyleIndex_fromOne() throws IOException {
        Path file = write("r.csv", "\"\",\"unit\",\"year\",\"y\"\n\"1\",\"A\",2000,1\n"
                + "\"2\",\"A\",2001,2\n");

        assertEquals("", ImportDetection.detect(file).indexColumn());
    }

    @Test
    void unnamedColumn_notSequence_isNoIndex() throws IOException {
        Path file = write("codes.csv", ",unit,year,y\n7,A,2000,1\n3,A,2001,2\n");

        assertNull(ImportDetection.detect(file).indexColumn());
    }

    @Test
    void missingCodes_seenInFile() throws IOException {
        Path file = write("spss.csv", "unit,year,y,age\nA,2000,#NULL!,30\nA,2001,.,41\n"
                + "B,2000,NA,999\nB,2001,,25\nC,2000,4,52\nC,2001,5,33\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertTrue(settings.missingCodes().containsAll(List.of("NA", "#NULL!", ".")),
                settings.missingCodes().toString());
        assertEquals(List.of("999"), settings.missingCodesOf("age"));
        assertEquals(List.of(), settings.missingCodesOf("y"));
        assertEquals(ColumnType.CONTINUOUS, settings.typeOf("y").orElseThrow());
        Panel panel = panel(file, settings);
        assertTrue(Double.isNaN(panel.outcome(0, 0)));
        assertTrue(Double.isNaN(panel.outcome(0, 1)));
        assertTrue(Double.isNaN(panel.outcome(1, 0)));
        assertTrue(Double.isNaN(panel.outcome(1, 1)));
    }

    @Test
    void genuine999_notProposedAsCode() throws IOException {
        Path file = write("income.csv", "unit,year,income\nA,2000,1200\nA,2001,999\n"
                + "B,2000,2500\nB,2001,1800\n");

        assertEquals(List.of(), ImportDetection.detect(file).missingCodesOf("income"));
    }

    @Test
    void types_perColumn() throws IOException {
        Path file = write("types.csv", "id,country,year,treated,flag,y,size,region,day\n"
                + "r1,FR,2000,0,true,1.5,3,north,2020-01-01\n"
                + "r2,FR,2001,1,false,2.5,3,north,2020-01-02\n"
                + "r3,DE,2000,0,true,3.5,4,south,2020-01-03\n"
                + "r4,DE,2001,1,false,4.5,5,south,2020-01-04\n");

        Map<String, ColumnType> types = ImportDetection.detect(file).columnTypes();

        assertEquals(ColumnType.IDENTIFIER, types.get("id"));
        assertEquals(ColumnType.UNIT, types.get("country"));
        assertEquals(ColumnType.TIME, types.get("year"));
        assertEquals(ColumnType.BINARY, types.get("treated"));
        assertEquals(ColumnType.BINARY, types.get("flag"));
        assertEquals(ColumnType.CONTINUOUS, types.get("y"));
        assertEquals(ColumnType.CONTINUOUS, types.get("size"));
        assertEquals(ColumnType.CATEGORICAL, types.get("region"));
        assertEquals(ColumnType.TIME, types.get("day"));
    }

    @Test
    void unitWithoutUnitWord_isFirstRepeatedText() throws IOException {
        Path file = write("plain.csv", "place,when,y\nA,1990,1\nA,1991,2\nB,1990,3\nB,1991,4\n");

        Map<String, ColumnType> types = ImportDetection.detect(file).columnTypes();

        assertEquals(ColumnType.UNIT, types.get("place"));
        assertEquals(ColumnType.TIME, types.get("when"));
    }

    @Test
    void header_absentWhenFirstRowNumeric() throws IOException {
        Path file = write("bare.csv", "1,2000,1.5\n1,2001,2.5\n2,2000,3\n2,2001,4\n");

        ImportSettings settings = ImportDetection.detect(file);

        assertFalse(settings.headerRow());
        CsvTable table = ImportReader.read(file, settings);
        assertEquals(List.of("column1", "column2", "column3"), table.columns());
        assertEquals(4, table.rowCount());
    }

    @Test
    void longFileIsDetectedFromASample(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        StringBuilder csv = new StringBuilder("unit;year;rate\n");
        for (int row = 0; row < 300_000; row++) {
            csv.append("U").append(row % 500).append(';').append(1990 + row / 500).append(';')
                    .append(row % 7).append(",5\n");
        }
        java.nio.file.Path file = dir.resolve("long.csv");
        java.nio.file.Files.writeString(file, csv);

        long start = System.nanoTime();
        ImportSettings settings = ImportDetection.detect(file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        org.junit.jupiter.api.Assertions.assertEquals(';', settings.delimiter());
        org.junit.jupiter.api.Assertions.assertEquals(',', settings.decimalSeparator());
        // Guessing from every row took about 10 s for 300,000 rows; the sample keeps it short.
        org.junit.jupiter.api.Assertions.assertTrue(millis < 8_000, millis + " ms");
    }

    @Test
    void namedRowNumberColumnIsAnIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("numbered.csv");
        java.nio.file.Files.writeString(file, "#,unit,year,y\n1,A,2000,1.5\n2,A,2001,2.5\n"
                + "3,B,2000,3.5\n4,B,2001,4.5\n");

        ImportSettings settings = ImportDetection.detect(file);

        org.junit.jupiter.api.Assertions.assertEquals("#", settings.indexColumn());
    }

    @Test
    void repeatingIdColumnIsNoIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("units.csv");
        java.nio.file.Files.writeString(file, "id,year,y\n1,2000,1.5\n1,2001,2.5\n"
                + "2,2000,3.5\n2,2001,4.5\n");

        ImportSettings settings = ImportDetection.detect(file);

        org.junit.jupiter.api.Assertions.assertNull(settings.indexColumn());
    }
}
