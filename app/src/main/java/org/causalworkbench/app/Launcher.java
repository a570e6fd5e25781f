package org.causalworkbench.app;

import javafx.application.Application;
import org.causalworkbench.app.cli.CommandLine;
import org.causalworkbench.app.view.WorkbenchApplication;

/**
 * Starts the workbench: with no arguments the window, with one project file the window on that
 * project (as a file manager opens it), and otherwise the command line.
 *
 * <p>This class must not extend {@link Application}: launched from the class path, an
 * {@code Application} subclass as main class fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    /**
     * Starts the window or runs a command.
     *
     * @param args none for the window, a {@code .cwproj} file to open, or a command such as
     *     {@code synth ...}
     */
    public static void main(String[] args) {
        boolean projectFile = args.length == 1 && args[0].endsWith(".cwproj");
        if (args.length == 0 || projectFile) {
            Application.launch(WorkbenchApplication.class, args);
        } else {
            CommandLine.main(args);
        }
    }
}
