package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.app.WorkbenchVersion;

/**
 * Saves and opens project files: a zip of UTF-8 JSON entries and the embedded data, laid out as
 *
 * <pre>
 * manifest.json            format, format-version, kind, application version, save time
 * sources/ID.json          one per input: name, media type, SHA-256, reference path if any
 * data/ID.csv, data/ID.json  the bytes of embedded inputs
 * analyses/ID.json         type, data ids, configuration, seeds, stale flag
 * results/ID.json          the result the application showed
 * layout.json              the window layout
 * results.html             a copy of the report, for reading without the workbench
 * </pre>
 *
 * No entry is Java-serialized, and saves are atomic (see {@link ProjectArchive#write}).
 */
public final class ProjectFiles {

    /** The format this version writes. */
    public static final FormatVersion CURRENT_VERSION = new FormatVersion(1, 1);
    /** The file name extension of projects and templates. */
    public static final String EXTENSION = ".cwproj";

    static final String MANIFEST = "manifest.json";
    static final String VERSION_FIELD = "format-version";
    static final String FORMAT_NAME = "causal-workbench-project";
    static final String LAYOUT = "layout.json";
    static final String RESULTS_HTML = "results.html";

    private ProjectFiles() {
    }

    /**
     * Saves a project atomically.
     *
     * @param document the project
     * @param file the target
     * @param resultsHtml the report to store as {@code results.html}, or {@code null}
     * @throws IOException if writing fails; the previous file is then intact
     */
    public static void save(ProjectDocument document, Path file, String resultsHtml)
            throws IOException {
        ProjectArchive.write(file, entries(document, resultsHtml));
    }

    /** Lays the document out as archive entries. */
    static Map<String, byte[]> entries(ProjectDocument document, String resultsHtml) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MANIFEST, JsonValues.bytes(manifest(document)));

        for (DataSource source : document.data()) {
            entries.put("sources/" + source.id() + ".json",
                    JsonValues.bytes(sourceDescriptor(source)));
            if (source.isEmbedded()) {
                entries.put(source.entryName(), source.bytes());
            }
        }

        for (AnalysisEntry analysis : document.analyses()) {
            entries.put("analyses/" + analysis.id() + ".json",
                    JsonValues.bytes(analysisDescriptor(analysis)));
            if (analysis.result() != null) {
                entries.put("results/" + analysis.id() + ".json",
                        JsonValues.bytes(analysis.result()));
            }
        }

        entries.put(LAYOUT, JsonValues.bytes(document.layout()));
        if (resultsHtml != null) {
            entries.put(RESULTS_HTML, resultsHtml.getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static ObjectNode manifest(ProjectDocument document) {
        ObjectNode manifest = JsonValues.MAPPER.createObjectNode();
        manifest.put("format", FORMAT_NAME);
        manifest.put(VERSION_FIELD, CURRENT_VERSION.toString());
        manifest.put("kind", document.kind().id());
        manifest.put("title", document.title());
        manifest.put("application", "Causal Workbench");
        manifest.put("application-version", document.applicationVersion());
        manifest.put("saved", document.saved().toString());
        return manifest;
    }

    private static ObjectNode sourceDescriptor(DataSource source) {
        ObjectNode descriptor = JsonValues.MAPPER.createObjectNode();
        descriptor.put("id", source.id());
        descriptor.put("name", source.name());
        descriptor.put("media-type", source.mediaType());
        descriptor.put("sha256", source.sha256());
        descriptor.put("size", source.size());
        if (source.isEmbedded()) {
            descriptor.put("entry", source.entryName());
        } else {
            descriptor.put("reference", source.reference());
        }
        return descriptor;
    }

    private static ObjectNode analysisDescriptor(AnalysisEntry analysis) {
        ObjectNode descriptor = JsonValues.MAPPER.createObjectNode();
        descriptor.put("id", analysis.id());
        descriptor.put("type", analysis.type().id());
        descriptor.set("data", JsonValues.strings(analysis.data()));
        descriptor.set("configuration", analysis.configuration());
        descriptor.set("seeds", analysis.seeds());
        descriptor.put("stale", analysis.stale());
        return descriptor;
    }

    /**
     * Opens a project file. Referenced data files are read from beside the project; a missing
     * or changed one is returned without bytes (see {@link ProjectDocument#unavailableData()}),
     * so the caller can ask the user to locate it.
     *
     * @param file the project file
     * @return the project
     * @throws ProjectFileException with a message naming the file and the problem
     */
    public static ProjectDocument open(Path file) {
        return open(file, ProjectArchive.withDefaultLimits());
    }

    /**
     * Opens a project file with the given archive reader.
     *
     * @param file the project file
     * @param archive the reader, whose size caps apply
     * @return the project
     */
    static ProjectDocument open(Path file, ProjectArchive archive) {
        String name = String.valueOf(file.getFileName());
        Map<String, byte[]> entries = archive.read(file);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new ProjectFileException(name + " has no " + MANIFEST + ", so it is not a"
                    + " Causal Workbench project; choose a .cwproj file saved by the workbench.");
        }
        ObjectNode manifest = JsonValues.object(name, MANIFEST, manifestBytes);
        if (!FORMAT_NAME.equals(manifest.path("format").asText())) {
            throw new ProjectFileException(name + " is a zip file but not a Causal Workbench"
                    + " project (its manifest does not name the format '" + FORMAT_NAME + "').");
        }
        FormatVersion version = readVersion(name, manifest);
        if (version.major() > CURRENT_VERSION.major()) {
            throw new ProjectFileException(name + " was saved in project format " + version
                    + " by Causal Workbench " + manifest.path("application-version").asText("?")
                    + ". This workbench (version " + WorkbenchVersion.current() + ") reads format "
                    + CURRENT_VERSION.major() + ".x and older; install a workbench that reads"
                    + " format " + version.major() + ".x to open it.");
        }
        if (version.compareTo(CURRENT_VERSION) < 0) {
            entries = ProjectMigrations.upgrade(name, version, entries);
            manifest = JsonValues.object(name, MANIFEST, entries.get(MANIFEST));
        }
        try {
            return document(name, file.toAbsolutePath().getParent(), manifest, entries,
                    version.compareTo(CURRENT_VERSION) > 0);
        } catch (IllegalArgumentException invalid) {
            String reason = invalid.getMessage();
            throw new ProjectFileException(name + ": " + reason + (reason.endsWith(".") ? ""
                    : ".") + " The file was damaged or edited by hand.", invalid);
        }
    }

    private static FormatVersion readVersion(String name, ObjectNode manifest) {
        JsonNode version = manifest.get(VERSION_FIELD);
        if (version == null || !version.isTextual()) {
            throw new ProjectFileException(name + ": the manifest lacks its '" + VERSION_FIELD
                    + "', so the file cannot be read safely.");
        }
        try {
            return FormatVersion.parse(version.textValue());
        } catch (IllegalArgumentException invalid) {
            throw new ProjectFileException(name + ": " + invalid.getMessage(), invalid);
        }
    }

    private static ProjectDocument document(String name, Path folder, ObjectNode manifest,
            Map<String, byte[]> entries, boolean newerMinor) {
        ProjectKind kind = ProjectKind.ofId(name, manifest.path("kind").asText());
        Instant saved;
        try {
            saved = Instant.parse(JsonValues.text(manifest, "saved"));
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException("the manifest's save time '"
                    + manifest.path("saved").asText() + "' is not an ISO-8601 instant", invalid);
        }
        List<DataSource> data = new ArrayList<>();
        List<AnalysisEntry> analyses = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("sources/") && key.endsWith(".json")) {
                data.add(source(name, folder, key, entries));
            } else if (key.startsWith("analyses/") && key.endsWith(".json")) {
                AnalysisEntry analysis = analysis(name, key, entries, newerMinor);
                if (analysis != null) {
                    analyses.add(analysis);
                }
            }
        }
        byte[] layoutBytes = entries.get(LAYOUT);
        ObjectNode layout = layoutBytes == null ? JsonValues.MAPPER.createObjectNode()
                : JsonValues.object(name, LAYOUT, layoutBytes);
        return new ProjectDocument(kind, manifest.path("title").asText(""),
                manifest.path("application-version").asText("unknown"), saved, data, analyses,
                layout);
    }

    private static DataSource source(String name, Path folder, String key,
            Map<String, byte[]> entries) {
        ObjectNode descriptor = JsonValues.object(name, key, entries.get(key));
        String id = JsonValues.text(descriptor, "id");
        String sha = JsonValues.text(descriptor, "sha256");
        String fileName = JsonValues.text(descriptor, "name");
        String mediaType = JsonValues.text(descriptor, "media-type");
        JsonNode reference = descriptor.get("reference");
        if (reference == null) {
            String entryName = JsonValues.text(descriptor, "entry");
            byte[] bytes = entries.get(entryName);
            if (bytes == null) {
                throw new ProjectFileException(name + ": the data entry '" + entryName + "' of "
                        + fileName + " is missing; the file was damaged. Open a backup or the"
                        + " recovery copy.");
            }
            if (!DataSource.sha256(bytes).equals(sha)) {
                throw new ProjectFileException(name + ": the embedded data " + fileName
                        + " does not match its recorded SHA-256, so it was changed after the"
                        + " save. Open a backup or the recovery copy.");
            }
            return new DataSource(id, fileName, mediaType, null, sha, bytes);
        }
        String relative = reference.asText();
        byte[] bytes = readReference(name, folder, relative, sha);
        return new DataSource(id, fileName, mediaType, relative, sha, bytes);
    }

    /**
     * Reads a referenced data file if it is at the recorded path and has the recorded hash.
     * A reference must be relative and stay inside the project's folder, so a project cannot
     * make the workbench read files elsewhere on the disk. The hash is computed while reading,
     * and files above the entry cap are not read at all.
     *
     * @return the bytes, or {@code null} when the file is missing, too large or changed
     * @throws ProjectFileException if the reference points outside the project's folder
     */
    private static byte[] readReference(String name, Path folder, String relative, String sha) {
        Path base = folder == null ? Path.of("").toAbsolutePath() : folder;
        Path reference;
        try {
            reference = Path.of(relative);
        } catch (java.nio.file.InvalidPathException invalid) {
            throw new ProjectFileException(name + ": the data reference '" + relative
                    + "' is not a valid path.", invalid);
        }
        Path located = base.resolve(reference).normalize();
        if (reference.isAbsolute() || !located.startsWith(base.normalize())) {
            throw new ProjectFileException(name + ": the data reference '" + relative
                    + "' points outside the project's folder. Referenced data must lie in the"
                    + " project's folder or below it; move the data there, or embed it.");
        }
        try {
            if (!Files.isRegularFile(located)
                    || Files.size(located) > ProjectArchive.MAX_ENTRY_BYTES) {
                return null;
            }
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance(
                    "SHA-256");
            try (java.io.InputStream in = new java.security.DigestInputStream(
                    Files.newInputStream(located), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            if (!java.util.HexFormat.of().formatHex(digest.digest()).equals(sha)) {
                return null;
            }
            return Files.readAllBytes(located);
        } catch (IOException | java.security.NoSuchAlgorithmException unreadable) {
            return null;
        }
    }

    /**
     * Reads one analysis. An unknown type in a file of a newer minor version is an analysis a
     * later workbench added, so it is skipped as the version policy allows. In a file of this
     * version or older, an unknown type means damage.
     *
     * @return the analysis, or {@code null} when it is skipped
     */
    private static AnalysisEntry analysis(String name, String key, Map<String, byte[]> entries,
            boolean newerMinor) {
        ObjectNode node = JsonValues.object(name, key, entries.get(key));
        String id = JsonValues.text(node, "id");
        AnalysisType type;
        try {
            type = AnalysisType.ofId(JsonValues.text(node, "type"));
        } catch (IllegalArgumentException unknown) {
            if (newerMinor) {
                return null;
            }
            throw new ProjectFileException(name + ": the analysis '" + id + "' has an "
                    + unknown.getMessage(), unknown);
        }
        JsonNode configuration = node.get("configuration");
        if (configuration == null || !configuration.isObject()) {
            throw new IllegalArgumentException("the analysis '" + id + "' lacks its"
                    + " configuration object");
        }
        JsonNode seeds = node.get("seeds");
        byte[] resultBytes = entries.get("results/" + id + ".json");
        ObjectNode result = resultBytes == null ? null
                : JsonValues.object(name, "results/" + id + ".json", resultBytes);
        return new AnalysisEntry(id, type, JsonValues.toStrings(node.get("data"), "data"),
                (ObjectNode) configuration,
                seeds != null && seeds.isObject() ? (ObjectNode) seeds
                        : JsonValues.MAPPER.createObjectNode(),
                result, node.path("stale").asBoolean(false));
    }

    /**
     * Reads the stored report of a project, if the file has one.
     *
     * @param file the project file
     * @return the HTML, or {@code null}
     */
    public static String storedReport(Path file) {
        byte[] html = ProjectArchive.withDefaultLimits().read(file).get(RESULTS_HTML);
        return html == null ? null : new String(html, StandardCharsets.UTF_8);
    }
}
