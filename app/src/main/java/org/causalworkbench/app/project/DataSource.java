package org.causalworkbench.app.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One input file of a project, embedded in the archive or referenced by a path relative to the
 * project file. Either way the SHA-256 of its bytes is recorded, so a moved or edited file is
 * noticed when the project opens.
 *
 * @param id the entry id, unique in the project, such as "synth-panel"
 * @param name the original file name, for messages and the report's provenance block
 * @param mediaType "text/csv" or "application/json"
 * @param reference the path relative to the project's folder when the file is referenced, or
 *     {@code null} when it is embedded
 * @param sha256 the SHA-256 of the bytes, in lower-case hexadecimal
 * @param bytes the content; for a referenced file, the bytes read when the project opened, or
 *     {@code null} when the file could not be found or no longer matches its hash
 */
public record DataSource(String id, String name, String mediaType, String reference,
        String sha256, byte[] bytes) {

    /** Checks the id and the hash of the bytes. */
    public DataSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("Invalid data id '" + id + "': use lower-case"
                    + " letters, digits and hyphens.");
        }
        if (bytes != null && !sha256.equals(sha256(bytes))) {
            throw new IllegalArgumentException("The bytes of " + name + " do not match the"
                    + " recorded SHA-256 " + sha256 + ".");
        }
    }

    /** Creates an embedded source from its bytes. */
    public static DataSource embedded(String id, String name, String mediaType, byte[] bytes) {
        return new DataSource(id, name, mediaType, null, sha256(bytes), bytes.clone());
    }

    /** Creates an embedded UTF-8 text source. */
    public static DataSource embeddedText(String id, String name, String mediaType,
            String text) {
        return embedded(id, name, mediaType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns whether the bytes live in the archive rather than beside it. */
    public boolean isEmbedded() {
        return reference == null;
    }

    /** Returns whether the bytes are at hand. */
    public boolean isAvailable() {
        return bytes != null;
    }

    /** Returns the size of the bytes, or -1 when they are not at hand. */
    public long size() {
        return bytes == null ? -1 : bytes.length;
    }

    /** Returns the content as UTF-8 text. */
    public String text() {
        if (bytes == null) {
            throw new IllegalStateException("The data file " + name + " is not available.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Returns the archive entry name of embedded bytes. */
    String entryName() {
        return "data/" + id + (mediaType.equals("application/json") ? ".json" : ".csv");
    }

    /**
     * Computes the SHA-256 of bytes.
     *
     * @param bytes the bytes
     * @return the hash in lower-case hexadecimal
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", impossible);
        }
    }
}
