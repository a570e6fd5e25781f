package org.causalworkbench.app.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.causalworkbench.estimators.io.AtomicFiles;

/**
 * Reads and writes the zip container of a project: named entries of bytes, nothing executable,
 * nothing deserialized as Java objects.
 *
 * <p>Reading rejects entries whose names could escape a folder they are unpacked into
 * ({@code ../x}, absolute paths, drive letters, backslashes), repeated names, more than
 * {@link #MAX_ENTRIES} entries, and entries or totals larger than the caps, counting the bytes
 * actually inflated rather than trusting the sizes the archive declares. Each entry's CRC-32 is
 * checked, because the zip reader does not check it for compressed entries. Names are compared
 * ignoring case as well, since two names that differ only in case collide when the archive is
 * unpacked on Windows or macOS. Entries outside the project layout are skipped unread.
 */
public final class ProjectArchive {

    /** The largest number of entries read. */
    public static final int MAX_ENTRIES = 10_000;
    /**
     * The largest inflated size of one entry, in bytes. Entries are held in memory, so the caps
     * stay well inside the default heap of a machine with 4 GB; larger data belong beside the
     * project as a referenced file.
     */
    public static final long MAX_ENTRY_BYTES = 128L * 1024 * 1024;
    /** The largest inflated size of all entries read, in bytes. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    /** Name prefixes of the entries a project reader uses; other entries are not inflated. */
    private static final List<String> KNOWN = List.of("manifest.json", "layout.json",
            "results.html", "analyses.json", "sources/", "data/", "analyses/", "results/");

    /** Entry times are fixed, so saving the same project twice gives the same bytes. */
    private static final long ENTRY_TIME = 315_532_800_000L;

    private final long maxEntryBytes;
    private final long maxTotalBytes;

    private ProjectArchive(long maxEntryBytes, long maxTotalBytes) {
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** Returns a reader with the default caps. */
    public static ProjectArchive withDefaultLimits() {
        return new ProjectArchive(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    /**
     * Returns a reader with other size caps, for tests of the caps.
     *
     * @param maxEntryBytes the largest inflated entry
     * @param maxTotalBytes the largest inflated total
     * @return the reader
     */
    public static ProjectArchive withLimits(long maxEntryBytes, long maxTotalBytes) {
        return new ProjectArchive(maxEntryBytes, maxTotalBytes);
    }

    /**
     * Reads every entry of a project file.
     *
     * @param file the file
     * @return the entries by name, in archive order
     * @throws ProjectFileException naming the file and the problem
     */
    public Map<String, byte[]> read(Path file) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(Files.exists(file)
                    ? name + " is a folder, not a project file; choose a .cwproj file."
                    : name + " was not found at " + file.toAbsolutePath().getParent()
                            + "; check the path or choose the file again.");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() == 0) {
                throw new ProjectFileException(name + " is an empty archive, not a workbench"
                        + " project; choose a file saved by Causal Workbench.");
            }
            long total = 0;
            int count = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ProjectFileException(name + " has more than " + MAX_ENTRIES
                            + " entries; a project has far fewer, so the file is not a"
                            + " workbench project or was damaged.");
                }
                String entryName = entry.getName().replaceAll("/+$", "");
                requireSafeName(name, entryName);
                if (!seen.add(entryName.toLowerCase(Locale.ROOT))) {
                    throw new ProjectFileException(name + " contains the entry '"
                            + printable(entryName) + "' twice (names are compared ignoring"
                            + " case); the file was damaged or edited by hand. Open a backup or"
                            + " the recovery copy.");
                }
                if (entry.isDirectory() || KNOWN.stream().noneMatch(entryName::startsWith)) {
                    continue;
                }
                byte[] bytes = inflate(zip, entry, name, maxTotalBytes - total);
                total += bytes.length;
                entries.put(entry.getName(), bytes);
            }
        } catch (ZipException damaged) {
            if (!startsAsZip(file)) {
                throw new ProjectFileException(name + " is not a workbench project: a project"
                        + " file is a zip archive, and this file is not one. Choose a .cwproj"
                        + " file saved by Causal Workbench.", damaged);
            }
            throw new ProjectFileException(name + " is not a complete project file ("
                    + damaged.getMessage() + "). It may have been cut off while copying or"
                    + " saving; open a backup or the recovery copy.", damaged);
        } catch (NoSuchFileException missing) {
            throw new ProjectFileException(name + " was not found; check the path.", missing);
        } catch (IOException failed) {
            throw new ProjectFileException("Cannot read " + name + ": " + failed.getMessage(),
                    failed);
        }
        return Collections.unmodifiableMap(entries);
    }

    private byte[] inflate(ZipFile zip, ZipEntry entry, String file, long totalLeft)
            throws IOException {
        long cap = Math.min(maxEntryBytes, totalLeft);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                read += n;
                if (read > cap) {
                    throw new ProjectFileException(String.format(Locale.ROOT, "%s: the entry"
                            + " '%s' inflates to more than %,d bytes (the cap per entry is"
                            + " %,d and for the whole project %,d). The file is not a"
                            + " workbench project, or its data should be referenced by path"
                            + " instead of embedded.", file, entry.getName(), cap,
                            maxEntryBytes, maxTotalBytes));
                }
                out.write(buffer, 0, n);
                crc.update(buffer, 0, n);
            }
        } catch (java.io.EOFException truncated) {
            throw new ProjectFileException(file + ": the entry '" + entry.getName()
                    + "' ends early, so the file is incomplete. Open a backup or the"
                    + " recovery copy.", truncated);
        }
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new ProjectFileException(file + ": the entry '" + entry.getName() + "' fails"
                    + " its CRC-32 check, so its bytes changed after the save. Open a backup or"
                    + " the recovery copy.");
        }
        return out.toByteArray();
    }

    /** Shows control characters of a hostile name as code points rather than raw bytes. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.length() > 200 ? shown + "..." : shown.toString();
    }

    /**
     * Rejects names that would land outside a folder the archive is unpacked into, because
     * users may unpack projects by hand to read them.
     */
    static void requireSafeName(String file, String entry) {
        boolean unsafe = entry.isEmpty()
                || entry.startsWith("/")
                || entry.contains("\\")
                || entry.indexOf('\0') >= 0
                || (entry.length() > 1 && entry.charAt(1) == ':')
                || ("/" + entry + "/").contains("/../")
                || ("/" + entry + "/").contains("/./");
        if (unsafe) {
            throw new ProjectFileException(file + " contains an entry named '" + printable(entry)
                    + "', which points outside the project. Workbench projects never do, so"
                    + " the file was not saved by Causal Workbench or was tampered with; it"
                    + " was not opened.");
        }
    }

    /**
     * Writes the entries as a zip, atomically: a crash during the save leaves the previous file
     * intact.
     *
     * @param file the target
     * @param entries the entries in the order to write
     * @throws IOException if the file cannot be written; the target is then unchanged
     */
    public static void write(Path file, Map<String, byte[]> entries) throws IOException {
        AtomicFiles.write(file, zip(entries));
    }

    /**
     * Packs the entries into zip bytes.
     *
     * @param entries the entries in the order to write
     * @return the zip
     */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                requireSafeName("the project", entry.getKey());
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(ENTRY_TIME);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /** Returns whether a file begins with the signature of a zip entry: "PK", then 3 and 4. */
    private static boolean startsAsZip(Path file) {
        byte[] head = new byte[4];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return false;
            }
        } catch (IOException unreadable) {
            // The caller reports the archive as damaged, which is the safer reading.
            return true;
        }
        return head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
