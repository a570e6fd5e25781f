package org.causalworkbench.app.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the project file layout, as major.minor. A reader opens files of its own major
 * version and older ones, which it migrates. A newer minor version only adds entries that an
 * older reader may ignore, so only a newer major version is rejected.
 *
 * @param major incremented when an older reader could misread the file
 * @param minor incremented when entries are added
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    /** Checks that both parts are non-negative. */
    public FormatVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("Invalid format version " + major + "." + minor
                    + ": both parts must be zero or more.");
        }
    }

    /**
     * Parses "1.1".
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException if the text is not two whole numbers joined by a dot
     */
    public static FormatVersion parse(String text) {
        Matcher matcher = SYNTAX.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid format version '" + text
                    + "': expected major.minor, such as 1.1.");
        }
        return new FormatVersion(Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)));
    }

    @Override
    public int compareTo(FormatVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
