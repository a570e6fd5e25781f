package org.causalworkbench.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line options of one command: options that take a value ({@code --data FILE}) and
 * switches ({@code --placebo}). Every problem raises {@link IllegalArgumentException} with a
 * one-line message that ends with the command's usage.
 */
final class Options {

    private final Map<String, String> values;
    private final Set<String> switches;
    private final String usage;

    private Options(Map<String, String> values, Set<String> switches, String usage) {
        this.values = values;
        this.switches = switches;
        this.usage = usage;
    }

    /**
     * Parses arguments.
     *
     * @param args the arguments after the command name
     * @param valued the options that take a value
     * @param switchNames the options that take none
     * @param usage the usage line, appended to messages
     * @return the options
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> switchNames,
            String usage) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> switches = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (switchNames.contains(option)) {
                switches.add(option);
            } else if (valued.contains(option)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new IllegalArgumentException("option " + option + " needs a value; "
                            + usage);
                }
                if (values.put(option, args.get(++i)) != null) {
                    throw new IllegalArgumentException("option " + option
                            + " is given twice; give it once");
                }
            } else {
                throw new IllegalArgumentException("unknown option '" + option + "'; " + usage);
            }
        }
        return new Options(values, switches, usage);
    }

    /** Returns the value of a required option. */
    String require(String option) {
        String value = values.get(option);
        if (value == null) {
            throw new IllegalArgumentException("missing required option " + option + "; "
                    + usage);
        }
        return value;
    }

    /** Returns the value of an optional option. */
    Optional<String> get(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /**
     * Rejects an {@code --out} file that is also one of the input files, because writing the
     * result there would destroy the input.
     *
     * @param inputOptions the options that name input files, such as {@code --data}
     */
    void rejectOutputOverInputs(String... inputOptions) {
        Optional<Path> out = get("--out").map(Options::normalized);
        if (out.isEmpty()) {
            return;
        }
        for (String option : inputOptions) {
            Optional<String> input = get(option);
            if (input.isPresent() && normalized(input.get()).equals(out.get())) {
                throw new IllegalArgumentException("--out names the input file " + input.get()
                        + " of " + option + "; writing there would destroy the input, so"
                        + " choose another file");
            }
        }
    }

    /**
     * Returns the file a name denotes, following symbolic links when it exists, so a link to
     * an input counts as that input.
     */
    static Path normalized(String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (java.io.IOException unreadable) {
            return path;
        }
    }

    /** Returns whether a switch was given. */
    boolean has(String switchName) {
        return switches.contains(switchName);
    }

    /**
     * Parses an option's value as a finite number.
     *
     * @param option the option, for the message
     * @param text its value
     * @param hint what to give instead, for the message
     * @return the number
     */
    static double number(String option, String text, String hint) {
        return org.causalworkbench.estimators.data.CellValues.parseNumber(text).orElseThrow(() ->
                new IllegalArgumentException(option + " '" + text + "' is not a number; "
                        + hint));
    }

    /**
     * Parses an option's value as a whole number.
     *
     * @param option the option, for the message
     * @param text its value
     * @return the number
     */
    static long integer(String option, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notWhole) {
            if (text.strip().matches("[-+]?\\d+")) {
                throw new IllegalArgumentException(option + " " + text.strip() + " is out of"
                        + " range; give a whole number of at most 18 digits", notWhole);
            }
            throw new IllegalArgumentException(option + " '" + text + "' is not a whole number;"
                    + " give an integer such as 5", notWhole);
        }
    }

    /**
     * Parses a lab command's seed, limited to the range of the window's seed fields so that
     * every command-line run can be repeated in the window.
     *
     * @param option the option, for the message
     * @param text its value
     * @return the seed, from 0 to {@link Integer#MAX_VALUE}
     */
    static long labSeed(String option, String text) {
        long seed = integer(option, text);
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " " + seed + " is out of range; give a"
                    + " whole number from 0 to " + Integer.MAX_VALUE + ", the range of the"
                    + " window's seed fields");
        }
        return seed;
    }

    /** Splits a comma-separated list, trimming items and dropping empty ones. */
    static List<String> list(String text) {
        return java.util.Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
