package org.causalworkbench.estimators.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Detects and applies the text encoding of a data file.
 *
 * <p>Detection trusts a byte order mark first (UTF-8, UTF-16LE, UTF-16BE). Without one, a file
 * whose even or odd bytes are mostly zero is taken for UTF-16, and a file that decodes as UTF-8
 * without error is UTF-8. Anything else is windows-1252, the Western European encoding that
 * Excel on Windows writes, which extends ISO-8859-1 for printable characters. Other legacy
 * encodings (Cyrillic, East Asian) are not detected; the user picks them in the wizard.
 */
final class TextDecoding {

    /** The fallback for bytes that are not UTF-8. */
    static final String WINDOWS_1252 = "windows-1252";

    private TextDecoding() {
    }

    /** Returns the Java charset name the bytes most likely use. */
    static String detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8.name();
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE.name();
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE.name();
        }
        String utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            return utf16;
        }
        try {
            strictDecode(bytes, StandardCharsets.UTF_8);
            return StandardCharsets.UTF_8.name();
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_1252;
        }
    }

    /**
     * Decodes a file's bytes, dropping a byte order mark.
     *
     * @throws DataFormatException naming the file and the fix when the bytes are invalid in the
     *     charset
     */
    static String decode(byte[] bytes, String charsetName, String fileName) {
        Charset charset = Charset.forName(charsetName);
        String text;
        try {
            text = strictDecode(bytes, charset);
        } catch (CharacterCodingException invalid) {
            throw new DataFormatException(fileName + ": the file is not valid " + charsetName
                    + " text; choose another encoding, such as " + WINDOWS_1252 + " for files"
                    + " saved by Excel on Windows.", invalid);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strictDecode(byte[] bytes, Charset charset)
            throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns UTF-16LE or UTF-16BE when ASCII text shows as every other byte zero. */
    private static String utf16ByZeroBytes(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096) & ~1;
        if (sample < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        if (oddZeros > 0.8 * pairs && evenZeros < 0.1 * pairs) {
            return StandardCharsets.UTF_16LE.name();
        }
        if (evenZeros > 0.8 * pairs && oddZeros < 0.1 * pairs) {
            return StandardCharsets.UTF_16BE.name();
        }
        return null;
    }
}
