package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.junit.jupiter.api.Test;

/** Checks the notes that qualify the leave-one-out interval. */
class DonorScreenLeaveOneOutNotesTest {

    private static DonorScreenResult screen(SyntheticControlSetup setup) {
        return DonorScreen.withDefaults().withAnchor(AnchorMode.LEAVE_ONE_OUT).screen(setup,
                ProgressSink.NONE, CancellationToken.NEVER);
    }

    /** Five donors over 30 periods; donor D is an exact copy of donor C. */
    private static SyntheticControlSetup twinSetup() {
        double[] times = Panels.periods(30);
        return SyntheticControlSetup.of(Panels.build(List.of("T", "A", "B", "C", "D", "E"),
                times, (u, t) -> {
                    int unit = u == 4 ? 3 : u;
                    return 5 + unit + Math.sin(0.7 * t * (unit + 1)) + 0.1 * t * unit;
                }), "T", 25, List.of());
    }

    @Test
    void leaveOneOut_notesHeuristicInterval() {
        DonorScreenResult result = screen(twinSetup());

        assertTrue(result.notes().stream().anyMatch(n -> n.contains("heuristic")
                && n.contains("pre-period RMSPE")), result.notes()::toString);
    }

    @Test
    void leaveOneOut_warnsOnExactTwin() {
        DonorScreenResult result = screen(twinSetup());
        List<String> warnings = result.notes().stream().filter(n -> n.startsWith("Warning"))
                .toList();

        assertEquals(1, warnings.size(), result.notes()::toString);
        assertTrue(warnings.get(0).contains("2 donor(s) exactly (C, D)"), warnings.get(0));
        assertTrue(result.scoreOf("C").orElseThrow().predictiveSd() < 1e-6);
    }

    @Test
    void lagScreen_hasNoLeaveOneOutNotes() {
        DonorScreenResult result = DonorScreen.withDefaults().screen(twinSetup(),
                ProgressSink.NONE, CancellationToken.NEVER);

        assertTrue(result.notes().stream().noneMatch(n -> n.contains("heuristic")),
                result.notes()::toString);
    }
}
