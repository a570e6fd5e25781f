package org.causalworkbench.app.shell;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows a {@link RunNotices} notice as a ControlsFX notification over the window. When more
 * than {@link #FOLD_THRESHOLD} notifications are on screen at once, ControlsFX replaces them
 * with one summary, so a burst of ends does not cover the window.
 */
public final class RunNotifier {

    /** The number of notifications on screen above which they fold into one. */
    static final int FOLD_THRESHOLD = 3;

    private static final Duration HIDE_AFTER = Duration.seconds(8);

    private final Window owner;
    private final RunNotices notices;

    /**
     * Creates the notifier.
     *
     * @param owner the window the notifications appear over
     * @param notices decides which runs get a notification
     */
    public RunNotifier(Window owner, RunNotices notices) {
        this.owner = owner;
        this.notices = notices;
    }

    /**
     * Shows a notification for the run if it took long enough. Call on the FX thread.
     *
     * @param end how the run ended
     */
    public void runEnded(RunEnd end) {
        notices.noticeFor(end).ifPresent(this::show);
    }

    private void show(RunNotices.Notice notice) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications summary = Notifications.create().owner(owner).hideAfter(HIDE_AFTER)
                .title("Several analyses ended")
                .text("Open the workspaces to see their results.");
        Notifications notification = Notifications.create().owner(owner).hideAfter(HIDE_AFTER)
                .title(notice.title()).text(notice.text())
                .threshold(FOLD_THRESHOLD, summary);
        // The popups have their own scene, so they follow the theme through ControlsFX's
        // dark style rather than the window's stylesheet.
        if (org.causalworkbench.app.theme.ThemeSetting.current().get()
                == org.causalworkbench.app.theme.Theme.DARK) {
            summary.darkStyle();
            notification.darkStyle();
        }
        switch (notice.kind()) {
            case INFORMATION -> notification.showInformation();
            case WARNING -> notification.showWarning();
            case ERROR -> notification.showError();
        }
    }
}
