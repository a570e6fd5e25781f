package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, opening and rejecting project files without running any analysis. */
class ProjectFilesTest {

    @TempDir
    Path folder;

    private static ProjectDocument smallProject(DataSource source) {
        ObjectNode configuration = JsonValues.MAPPER.createObjectNode().put("answer", 42);
        AnalysisEntry analysis = new AnalysisEntry("a1", AnalysisType.SYNTHETIC_CONTROL,
                List.of(source.id()), configuration, JsonValues.MAPPER.createObjectNode(),
                JsonValues.MAPPER.createObjectNode().put("att", -1.5), false);
        return new ProjectDocument(ProjectKind.PROJECT, "Small", "test",
                Instant.parse("2026-12-04T10:00:00Z"), List.of(source), List.of(analysis),
                JsonValues.MAPPER.createObjectNode().put("workspace", "synthTab"));
    }

    private static DataSource csv() {
        return DataSource.embeddedText("panel", "panel.csv", "text/csv", "unit,time,y\nA,1,2\n");
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = folder.resolve(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void saveThenOpenKeepsEveryPart() throws IOException {
        ProjectDocument project = smallProject(csv());
        Path file = folder.resolve("small.cwproj");

        ProjectFiles.save(project, file, "<html>report</html>");
        ProjectDocument opened = ProjectFiles.open(file);

        assertEquals(project.title(), opened.title());
        assertEquals(project.saved(), opened.saved());
        assertEquals(ProjectKind.PROJECT, opened.kind());
        assertArrayEquals(csv().bytes(), opened.data().get(0).bytes());
        assertEquals(csv().sha256(), opened.data().get(0).sha256());
        assertEquals(project.analyses().get(0).configuration(),
                opened.analyses().get(0).configuration());
        assertEquals(-1.5, opened.analyses().get(0).result().get("att").doubleValue());
        assertEquals("synthTab", opened.layout().get("workspace").asText());
        assertEquals("<html>report</html>", ProjectFiles.storedReport(file));
    }

    @Test
    void sameProjectSavesToSameBytes() throws IOException {
        Path first = folder.resolve("first.cwproj");
        Path second = folder.resolve("second.cwproj");
        ProjectFiles.save(smallProject(csv()), first, null);
        ProjectFiles.save(smallProject(csv()), second, null);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void templateHasNoDataOrResults() throws IOException {
        Path file = folder.resolve("teaching.cwproj");
        ProjectFiles.save(smallProject(csv()).asTemplate(), file, null);

        ProjectDocument template = ProjectFiles.open(file);

        assertEquals(ProjectKind.TEMPLATE, template.kind());
        assertTrue(template.data().isEmpty());
        assertNull(template.analyses().get(0).result());
        assertEquals(42, template.analyses().get(0).configuration().get("answer").asInt());
        assertTrue(ProjectArchive.withDefaultLimits().read(file).keySet().stream()
                .noneMatch(name -> name.startsWith("data/")));
    }

    @Test
    void truncatedFileIsRejectedClearly() throws IOException {
        Path file = folder.resolve("cut.cwproj");
        ProjectFiles.save(smallProject(csv()), file, null);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("cut.cwproj"), error.getMessage());
        assertTrue(error.getMessage().contains("not a complete project file"),
                error.getMessage());
    }

    @Test
    void jsonFile_isNamedAsNotAProject() throws IOException {
        Path file = folder.resolve("g1.json");
        Files.writeString(file, "{\"modules\": []}");

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertEquals("g1.json is not a workbench project: a project file is a zip archive, and"
                + " this file is not one. Choose a .cwproj file saved by Causal Workbench.",
                error.getMessage());
    }

    @Test
    void entryEscapingFolderIsRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("../x", utf8("payload"));
        Path file = zip("escape.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("'../x'"), error.getMessage());
        assertTrue(error.getMessage().contains("points outside the project"), error.getMessage());
    }

    @Test
    void unsafeEntryNamesAreRejected() {
        for (String name : List.of("/etc/passwd", "a/../../b", "C:/x", "a\\b", "./a", "")) {
            assertThrows(ProjectFileException.class,
                    () -> ProjectArchive.requireSafeName("f.cwproj", name), name);
        }
        ProjectArchive.requireSafeName("f.cwproj", "data/panel..v2.csv");
    }

    @Test
    void oversizedEntryIsRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("results.html", new byte[4096]);
        Path file = zip("big.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file, ProjectArchive.withLimits(1024, 1 << 20)));

        assertTrue(error.getMessage().contains("'results.html'"), error.getMessage());
        assertTrue(error.getMessage().contains("1,024"), error.getMessage());
    }

    @Test
    void oversizedTotalIsRejected() throws IOException {
        Path file = folder.resolve("total.cwproj");
        ProjectFiles.save(smallProject(csv()), file, "x".repeat(900));

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file, ProjectArchive.withLimits(1 << 20, 1000)));

        assertTrue(error.getMessage().contains("cap"), error.getMessage());
    }

    @Test
    void newerMajorVersionIsRejectedNamingVersions() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("manifest.json", utf8("{\"format\":\"causal-workbench-project\","
                + "\"format-version\":\"2.0\",\"kind\":\"project\","
                + "\"application-version\":\"3.1.0\",\"saved\":\"2030-01-01T00:00:00Z\"}"));
        Path file = zip("future.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("format 2.0"), error.getMessage());
        assertTrue(error.getMessage().contains("3.1.0"), error.getMessage());
        assertTrue(error.getMessage().contains("reads format 1.x"), error.getMessage());
    }

    @Test
    void newerMinorVersionOpensIgnoringUnknownEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("manifest.json", utf8("{\"format\":\"causal-workbench-project\","
                + "\"format-version\":\"1.9\",\"kind\":\"project\","
                + "\"application-version\":\"1.9.0\",\"saved\":\"2027-01-01T00:00:00Z\"}"));
        entries.put("annotations/a1.json", utf8("{}"));
        entries.put("analyses/later.json", utf8("{\"id\":\"later\",\"type\":"
                + "\"added-in-1.9\",\"data\":[],\"configuration\":{},\"seeds\":{}}"));
        Path file = zip("newer-minor.cwproj", entries);

        ProjectDocument opened = ProjectFiles.open(file);

        assertEquals(1, opened.analyses().size());
    }

    @Test
    void unknownAnalysisTypeInCurrentVersionIsDamage() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("analyses/later.json", utf8("{\"id\":\"later\",\"type\":"
                + "\"added-in-1.9\",\"data\":[],\"configuration\":{},\"seeds\":{}}"));
        Path file = zip("unknown-type.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("added-in-1.9"), error.getMessage());
    }

    @Test
    void missingConfigurationIsNamedInSentences() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("analyses/bare.json", utf8("{\"id\":\"bare\",\"type\":"
                + "\"grasp-experiment\",\"data\":[],\"seeds\":{}}"));
        Path file = zip("bare.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().endsWith("the analysis 'bare' lacks its configuration"
                + " object. The file was damaged or edited by hand."), error.getMessage());
    }

    @Test
    void zipWithoutManifestIsNotAProject() throws IOException {
        Path file = zip("other.zip", Map.of("readme.txt", utf8("hello")));

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("no manifest.json"), error.getMessage());
    }

    @Test
    void notAZipIsRejected() throws IOException {
        Path file = folder.resolve("panel.cwproj");
        Files.writeString(file, "unit,time,y\n");

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().startsWith("panel.cwproj"), error.getMessage());
    }

    @Test
    void damagedJsonEntryIsNamed() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("analyses/a1.json", utf8("{\"id\": \"a1\", "));
        Path file = zip("damaged.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("'analyses/a1.json' is not valid JSON"),
                error.getMessage());
    }

    @Test
    void changedEmbeddedDataIsDetected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("data/panel.csv", utf8("unit,time,y\nA,1,3\n"));
        Path file = zip("edited.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("SHA-256"), error.getMessage());
    }

    @Test
    void referencedDataIsCheckedByHash() throws IOException {
        byte[] bytes = utf8("unit,time,y\nA,1,2\n");
        Files.write(folder.resolve("panel.csv"), bytes);
        DataSource referenced = new DataSource("panel", "panel.csv", "text/csv", "panel.csv",
                DataSource.sha256(bytes), bytes);
        Path file = folder.resolve("referenced.cwproj");
        ProjectFiles.save(smallProject(referenced), file, null);
        assertFalse(ProjectArchive.withDefaultLimits().read(file).containsKey("data/panel.csv"));

        assertTrue(ProjectFiles.open(file).unavailableData().isEmpty());

        Files.writeString(folder.resolve("panel.csv"), "unit,time,y\nA,1,99\n");
        ProjectDocument changed = ProjectFiles.open(file);
        assertEquals(List.of("panel"), changed.unavailableData().stream().map(DataSource::id)
                .toList());
        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectData.require(changed.analyses().get(0), changed, 0));
        assertTrue(error.getMessage().contains("no longer matches its SHA-256"),
                error.getMessage());

        Files.delete(folder.resolve("panel.csv"));
        assertFalse(ProjectFiles.open(file).data().get(0).isAvailable());
    }

    @Test
    void referenceOutsideProjectFolderIsRejected() throws IOException {
        Path outside = folder.resolve("outside.csv");
        byte[] bytes = utf8("unit,time,y\nA,1,2\n");
        Files.write(outside, bytes);
        Path inner = Files.createDirectories(folder.resolve("project"));
        for (String reference : List.of("../outside.csv", outside.toAbsolutePath().toString())) {
            DataSource referenced = new DataSource("panel", "outside.csv", "text/csv",
                    reference, DataSource.sha256(bytes), bytes);
            Path file = inner.resolve("escape.cwproj");
            ProjectFiles.save(smallProject(referenced), file, null);

            ProjectFileException error = assertThrows(ProjectFileException.class,
                    () -> ProjectFiles.open(file), reference);

            assertTrue(error.getMessage().contains("points outside the project's folder"),
                    error.getMessage());
        }
    }

    @Test
    void referenceInSubfolderIsRead() throws IOException {
        byte[] bytes = utf8("unit,time,y\nA,1,2\n");
        Files.createDirectories(folder.resolve("data"));
        Files.write(folder.resolve("data/panel.csv"), bytes);
        DataSource referenced = new DataSource("panel", "panel.csv", "text/csv",
                "data/panel.csv", DataSource.sha256(bytes), bytes);
        Path file = folder.resolve("sub.cwproj");
        ProjectFiles.save(smallProject(referenced), file, null);

        assertArrayEquals(bytes, ProjectFiles.open(file).data().get(0).bytes());
    }

    @Test
    void changedEntryFailsCrcCheck() throws IOException {
        Path file = folder.resolve("crc.cwproj");
        Map<String, byte[]> entries = ProjectFiles.entries(smallProject(csv()), null);
        // Stored (uncompressed) entries make the flipped byte easy to find.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry stored = new ZipEntry(entry.getKey());
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(entry.getValue());
                stored.setSize(entry.getValue().length);
                stored.setCrc(crc.getValue());
                zip.putNextEntry(stored);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        byte[] zipped = bytes.toByteArray();
        String text = new String(zipped, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"Small\"");
        zipped[at + 1] = 'T';
        Files.write(file, zipped);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("CRC-32"), error.getMessage());
    }

    @Test
    void namesDifferingOnlyInCaseAreRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("MANIFEST.JSON", utf8("{}"));
        Path file = zip("case.cwproj", entries);

        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.open(file));

        assertTrue(error.getMessage().contains("twice"), error.getMessage());
    }

    @Test
    void unknownEntriesAreNotInflated() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(
                ProjectFiles.entries(smallProject(csv()), null));
        entries.put("extras/large.bin", new byte[8192]);
        Path file = zip("extras.cwproj", entries);

        ProjectDocument opened = ProjectFiles.open(file, ProjectArchive.withLimits(4096, 1 << 20));

        assertEquals(1, opened.analyses().size());
    }

    @Test
    void formatOneZeroFileIsMigrated() throws IOException {
        Path file = folder.resolve("old.cwproj");
        try (var in = getClass().getResourceAsStream("format-1.0-sample.cwproj")) {
            Files.copy(in, file);
        }

        ProjectDocument opened = ProjectFiles.open(file);

        assertEquals(1, opened.analyses().size());
        AnalysisEntry analysis = opened.analyses().get(0);
        assertEquals(AnalysisType.SYNTHETIC_CONTROL, analysis.type());
        assertEquals(-4.69798331136395, analysis.result().get("att").doubleValue());
        assertEquals("Region 01", analysis.configuration().get("treatedUnit").asText());
        assertEquals(List.of("Region 04"), JsonValues.toStrings(
                analysis.configuration().get("excludedDonors"), "excludedDonors"));
        assertEquals("1.0", JsonValues.object("old", "manifest.json",
                ProjectFiles.entries(opened, null).get("manifest.json")).get("format-version")
                .asText().equals("1.1") ? "1.0" : "mismatch");
        ProjectRunner.Rerun rerun = ProjectRunner.run(analysis, opened,
                org.causalworkbench.estimators.ProgressSink.NONE,
                org.causalworkbench.estimators.CancellationToken.NEVER);
        assertTrue(rerun.matchesStored(), "the migrated result differs from a new run");
    }
}
