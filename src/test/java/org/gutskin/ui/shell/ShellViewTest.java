package org.gutskin.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.gutskin.ui.GutskinApplication;
import org.gutskin.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's frame on its own, before and while a journal opens. */
class ShellViewTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);
    private final FxRobot robot = new FxRobot();
    private ShellController shell;
    private Parent root;
    private boolean spinnerInFirstFrame;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void showTheShell() throws TimeoutException {
        FxToolkit.setupSceneRoot(() -> {
            ViewLoader.View<ShellController> view = new ViewLoader(Map.of(ShellController.class, ShellController::new),
                    bundle).load(ShellController.class);
            shell = view.controller();
            root = view.root();
            spinnerInFirstFrame = root.lookup(".progress-indicator") != null;
            return root;
        });
        FxToolkit.showStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSpinnerJoinsTheOpeningLineOnlyWhenOpeningTakesAWhile() throws TimeoutException {
        assertFalse(spinnerInFirstFrame);
        assertEquals(bundle.getString("shell.opening"), openingMessage().getText());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> spinner() != null && spinner().isVisible());
        assertTrue(openingMessage().isVisible());
    }

    @Test
    void aJournalThatOpensQuicklyNeverShowsTheSpinner() {
        robot.interact(() -> shell.attach(section -> new Label(section.name()), "/journal"));
        robot.sleep((long) ShellController.SPINNER_DELAY.toMillis() + 500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, spinner());
        assertTrue(root.lookupAll(".label").stream().anyMatch(label -> "TODAY".equals(((Label) label).getText())),
                "Today is shown");
    }

    @Test
    void aJournalThatCannotOpenSaysWhyWhereTheSpinnerWas() throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> spinner() != null);
        robot.interact(() -> shell.showOpenFailed("The journal file is damaged."));
        assertEquals(null, spinner());
        assertEquals("The journal file is damaged.", openingMessage().getText());
        assertEquals("The journal file is damaged.", robot.lookup("#status").queryAs(Label.class).getText());
    }

    @Test
    void reopeningAfterARestoreStartsOverWithTheOpeningLine() throws TimeoutException {
        robot.interact(() -> shell.attach(section -> new Label(section.name()), "/journal"));
        robot.interact(shell::detach);
        assertEquals(null, spinner());
        assertTrue(openingMessage().isVisible());
        assertTrue(robot.lookup("#nav-today").query().isDisabled());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> spinner() != null);
    }

    private Label openingMessage() {
        return (Label) root.lookup("#opening-message");
    }

    private ProgressIndicator spinner() {
        return (ProgressIndicator) root.lookup(".progress-indicator");
    }
}
