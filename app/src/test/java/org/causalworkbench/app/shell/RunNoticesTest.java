package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Checks which ended runs get a notification and how it reads. */
class RunNoticesTest {

    private final RunNotices notices = new RunNotices(Duration.ofSeconds(5));

    private static RunEnd end(long seconds, RunEnd.Outcome outcome, String detail) {
        return new RunEnd("Synthetic control", Duration.ofSeconds(seconds), outcome, detail);
    }

    @Test
    void shortRun_getsNoNotice() {
        assertTrue(notices.noticeFor(end(4, RunEnd.Outcome.FINISHED, "Finished.")).isEmpty());
    }

    @Test
    void runAtThreshold_getsNotice() {
        assertTrue(notices.noticeFor(end(5, RunEnd.Outcome.FINISHED, "Finished.")).isPresent());
    }

    @Test
    void finishedRun_namesTaskAndDuration() {
        RunNotices.Notice notice = notices.noticeFor(end(42, RunEnd.Outcome.FINISHED,
                "Finished: ATT -5.1.")).orElseThrow();

        assertEquals("Synthetic control finished", notice.title());
        assertEquals("After 42 s. Finished: ATT -5.1.", notice.text());
        assertEquals(RunNotices.Kind.INFORMATION, notice.kind());
    }

    @Test
    void failedRun_showsErrorAsError() {
        Optional<RunNotices.Notice> notice = notices.noticeFor(end(185, RunEnd.Outcome.FAILED,
                "Too few pre-period points."));

        assertEquals("Synthetic control failed", notice.orElseThrow().title());
        assertEquals("After 3 min 05 s. Too few pre-period points.", notice.get().text());
        assertEquals(RunNotices.Kind.ERROR, notice.get().kind());
    }

    @Test
    void cancelledRun_saysPreviousResultStays() {
        RunNotices.Notice notice = notices.noticeFor(end(9, RunEnd.Outcome.CANCELLED,
                "Cancelled.")).orElseThrow();

        assertEquals("Synthetic control was cancelled", notice.title());
        assertTrue(notice.text().contains("previous result"), notice.text());
        assertEquals(RunNotices.Kind.WARNING, notice.kind());
    }

    @Test
    void negativeThreshold_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RunNotices(Duration.ofSeconds(-1)));
    }
}
