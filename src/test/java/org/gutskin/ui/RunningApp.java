package org.gutskin.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.gutskin.TestClock;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application started headless on a journal folder, for UI tests. */
public final class RunningApp implements AutoCloseable {
    public final FxRobot robot = new FxRobot();
    public final Stage stage;
    /** The file dialogs of this app, answered by the test. */
    public final ScriptedDialogs dialogs;
    private Application application;

    private RunningApp(Stage stage, Application application, ScriptedDialogs dialogs) {
        this.stage = stage;
        this.application = application;
        this.dialogs = dialogs;
    }

    /** The app on the journal in {@code folder}, on the tests' fixed day ({@link TestClock}). */
    public static RunningApp start(Path folder) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Application application = FxToolkit.setupApplication(() -> new GutskinApplication(DataDirectory.at(folder),
                TestClock.FIXED, dialogs));
        return new RunningApp(stage, application, dialogs);
    }

    public ToggleButton navButton(Section section) {
        return robot.lookup("#nav-" + section.name().toLowerCase(Locale.ROOT)).queryAs(ToggleButton.class);
    }

    /** Waits until the journal is open and the sections can be chosen. */
    public RunningApp awaitJournal() throws TimeoutException {
        // the shell replaces the window's first frame a moment after the window shows
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-today").tryQuery()
                .map(button -> !button.isDisabled()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents(); // the rest of what enabled the sections, e.g. the status line
        return this;
    }

    public void show(Section section) {
        robot.clickOn(navButton(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a condition that background work makes true. */
    public void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the app as a person would, running its shutdown (which saves and closes the journal). */
    @Override
    public void close() throws TimeoutException {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
            application = null;
        }
        FxToolkit.cleanupStages();
    }
}
