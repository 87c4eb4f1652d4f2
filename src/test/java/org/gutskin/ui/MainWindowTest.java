package org.gutskin.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gutskin.TestClock;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Starts the real main window headless on a journal in a temporary folder. */
class MainWindowTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);

    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void closeApplication() throws Exception {
        app.close();
    }

    @Test
    void theWindowOpensTheJournalAndVisitsEverySection() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        assertEquals("Gutskin Journal", app.stage.getTitle());
        assertTrue(Files.exists(folder.resolve(DataDirectory.DATABASE_FILE)));
        Label status = app.robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains(folder.toString()), status.getText());

        Map<Section, String> views = Map.of(Section.TODAY, "#day-title", Section.HISTORY, "#month-title",
                Section.TRENDS, "#range-all", Section.INSIGHTS, "#how", Section.FOODS, "#foods-table",
                Section.EXCHANGE, "#export-button", Section.SETTINGS, "#add-reminder");
        for (Section section : Section.values()) {
            app.show(section);
            assertTrue(app.navButton(section).isSelected(), section.name());
            Node content = app.robot.lookup(".content").query();
            assertTrue(content.lookupAll(views.get(section)).stream().anyMatch(MainWindowTest::isShowing),
                    "showing " + section);
        }
    }

    @Test
    void theFirstFrameIsLaidOutAndDrawnBeforeTheShellTakesItsPlace() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        List<String> pulses = new CopyOnWriteArrayList<>();
        ChangeListener<Scene> watch = (observable, before, scene) -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(() -> pulses.add(
                        scene.getRoot().lookup("#nav-today") != null ? "shell"
                                : scene.getRoot().lookup("#opening-message") != null ? "first frame" : "other"));
            }
        };
        new FxRobot().interact(() -> primary.sceneProperty().addListener(watch));
        try {
            app = RunningApp.start(folder).awaitJournal();
        } finally {
            app.robot.interact(() -> primary.sceneProperty().removeListener(watch));
        }
        assertEquals("first frame", pulses.get(0), pulses.toString());
        assertEquals("shell", pulses.get(pulses.size() - 1), pulses.toString());
        assertFalse(pulses.contains("other"), pulses.toString());
    }

    @Test
    void ctrlQClosesTheWindowAsItsCloseButtonDoes() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.robot.push(KeyCode.CONTROL, KeyCode.Q);
        app.await(() -> !app.stage.isShowing());
        assertFalse(app.stage.isShowing());
    }

    @Test
    void clickingTheSelectedSectionKeepsItShown() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.show(Section.TODAY);
        assertTrue(app.navButton(Section.TODAY).isSelected());
    }

    @Test
    void windowSizeIsRememberedForTheNextStart() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.robot.interact(() -> {
            app.stage.setWidth(1010);
            app.stage.setHeight(690);
        });
        app.close();
        String saved = Files.readString(folder.resolve("window.properties"));
        assertTrue(saved.contains("width=1010.0"), saved);
        assertTrue(saved.contains("height=690.0"), saved);
        app = RunningApp.start(folder).awaitJournal();
        assertEquals(1010, app.stage.getWidth(), 0.5);
    }

    @Test
    void aFileThatIsNotAJournalIsExplainedInADialogAndLeftUntouched() throws Exception {
        byte[] content = "my shopping list\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve(DataDirectory.DATABASE_FILE);
        Files.write(file, content);
        app = RunningApp.start(folder);
        app.await(() -> app.robot.listTargetWindows().size() > 1);
        Window dialog = app.robot.listTargetWindows().stream().filter(window -> window != app.stage).findFirst()
                .orElseThrow();
        String text = app.robot.from(dialog.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", String::concat);
        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.contains("not a Gutskin journal"), text);
        assertFalse(text.contains("Exception"), text);
        app.robot.interact(() -> ((Stage) dialog).close());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void aSecondStartIsToldTheJournalIsOpenAndTheFirstWindowComesForward() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.robot.interact(() -> app.stage.setIconified(true));
        Stage secondWindow = FxToolkit.registerStage(Stage::new);
        app.robot.interact(() -> new GutskinApplication(DataDirectory.at(folder), TestClock.FIXED,
                new ScriptedDialogs()).start(secondWindow));
        app.await(() -> dialogs().findAny().isPresent());
        Window dialog = dialogs().findFirst().orElseThrow();
        String text = app.robot.from(dialog.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", String::concat);
        assertTrue(text.contains(bundle.getString("inUse.header")), text);
        assertTrue(text.contains(folder.toString()), text);
        assertFalse(text.toLowerCase(Locale.ROOT).contains("locked"), text);
        assertTrue(app.stage.isIconified(), "the first window waits until the message is read");
        Parent second = secondWindow.getScene().getRoot();
        assertNull(second.lookup("#opening-message"), "nothing of the sentence peeks out from behind the dialog");
        assertEquals(bundle.getString("inUse.header"), ((Label) second.lookup("#status")).getText());

        app.robot.clickOn(app.robot.from(dialog.getScene().getRoot()).lookup(".button").queryButton());
        app.await(() -> !app.stage.isIconified() && !secondWindow.isShowing());
        assertTrue(app.stage.isShowing());
        app.show(Section.HISTORY); // the first window still has its journal
        assertTrue(app.navButton(Section.HISTORY).isSelected());
    }

    /** The message boxes on screen: the modal windows. */
    private Stream<Window> dialogs() {
        return app.robot.listTargetWindows().stream().filter(window -> window instanceof Stage stage
                && stage.getModality() != Modality.NONE);
    }

    private static boolean isShowing(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
