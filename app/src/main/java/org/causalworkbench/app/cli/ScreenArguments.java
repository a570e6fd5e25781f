package org.causalworkbench.app.cli;

import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import org.causalworkbench.estimators.synth.spillover.DonorScreen;

/**
 * Donor-screen options of the {@code synth} command. The fit keeps the donors of rule S1 when
 * {@code --keep} is given and those of rule S2 otherwise.
 *
 * @param anchor the anchor mode of {@code --screen}
 * @param keep the S1 keep count n, or 0 to keep by rule S2
 * @param level the predictive-interval level φ of {@code --interval}
 * @param window the time-averaging window of {@code --window}, 1 for none
 * @param trusted the trusted donors of {@code --trusted}, for the anchored mode
 */
record ScreenArguments(AnchorMode anchor, int keep, double level, int window,
        List<String> trusted) {

    /** Options that only apply together with {@code --screen}. */
    static final List<String> SCREEN_ONLY = List.of("--keep", "--interval", "--window",
            "--trusted");

    /** Copies the trusted donors. */
    ScreenArguments {
        trusted = List.copyOf(trusted);
    }

    /**
     * Reads the screen options, or returns {@code null} when {@code --screen} is absent.
     *
     * @param options the parsed options
     * @return the screen settings, or {@code null}
     * @throws IllegalArgumentException if a screen option is invalid or given without
     *     {@code --screen}
     */
    static ScreenArguments parse(Options options) {
        if (options.get("--screen").isEmpty()) {
            for (String option : SCREEN_ONLY) {
                if (options.get(option).isPresent()) {
                    throw new IllegalArgumentException(option + " only applies with --screen;"
                            + " add --screen lag, loo or anchored, or drop " + option);
                }
            }
            return null;
        }
        AnchorMode anchor = anchor(options.get("--screen").get());
        int keep = (int) wholeNumber(options, "--keep", "0");
        if (options.get("--keep").isPresent() && keep < 1) {
            throw new IllegalArgumentException("--keep " + keep + " is invalid; give the number"
                    + " of donors to keep, at least 1");
        }
        double level = Options.number("--interval", options.get("--interval").orElse(
                String.valueOf(DonorScreen.DEFAULT_LEVEL)), "give a level such as 0.95");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("--interval " + options.get("--interval").get()
                    + " is outside (0, 1); give a level such as 0.9 or 0.95");
        }
        int window = (int) wholeNumber(options, "--window", "1");
        if (window < 1) {
            throw new IllegalArgumentException("--window " + window + " is invalid; give a"
                    + " number of periods of at least 1 (1 means no averaging)");
        }
        List<String> trusted = options.get("--trusted").map(Options::list).orElse(List.of());
        if (anchor == AnchorMode.ANCHORED && trusted.isEmpty()) {
            throw new IllegalArgumentException("--screen anchored needs --trusted U1,U2: name"
                    + " donors you believe free of spillover, or use --screen lag");
        }
        if (anchor != AnchorMode.ANCHORED && !trusted.isEmpty()) {
            throw new IllegalArgumentException("--trusted only applies with --screen anchored;"
                    + " change the anchor or drop --trusted");
        }
        return new ScreenArguments(anchor, keep, level, window, trusted);
    }

    /** Returns the configured screen. */
    DonorScreen toScreen() {
        DonorScreen screen = DonorScreen.withDefaults().withAnchor(anchor).withLevel(level)
                .withWindow(window).withTrustedDonors(trusted);
        return keep > 0 ? screen.withKeepCount(keep) : screen;
    }

    /** Returns the name of the keep rule the fit uses, S1 or S2. */
    String rule() {
        return keep > 0 ? "S1" : "S2";
    }

    private static AnchorMode anchor(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "lag" -> AnchorMode.LAG;
            case "loo" -> AnchorMode.LEAVE_ONE_OUT;
            case "anchored" -> AnchorMode.ANCHORED;
            default -> throw new IllegalArgumentException("--screen '" + text + "' is not an"
                    + " anchor mode; choose lag, loo or anchored");
        };
    }

    private static long wholeNumber(Options options, String option, String fallback) {
        return Options.integer(option, options.get(option).orElse(fallback));
    }
}
