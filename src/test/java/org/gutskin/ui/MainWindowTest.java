package org.gutskin.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window headless on a journal in a temporary folder. */
class MainWindowTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);
    private final FxRobot robot = new FxRobot();

    @TempDir
    Path folder;
    private Stage stage;
    private Application application;

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
    }

    private void start() throws Exception {
        application = FxToolkit.setupApplication(() -> new GutskinApplication(DataDirectory.at(folder)));
    }

    private ToggleButton navButton(Section section) {
        return robot.lookup("#nav-" + section.name().toLowerCase(Locale.ROOT)).queryAs(ToggleButton.class);
    }

    @Test
    void theWindowOpensTheJournalAndVisitsEverySection() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !navButton(Section.TODAY).isDisabled());
        assertEquals("Gutskin Journal", stage.getTitle());
        assertTrue(Files.exists(folder.resolve(DataDirectory.DATABASE_FILE)));
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertTrue(status.getText().contains(folder.toString()), status.getText());

        for (Section section : Section.values()) {
            robot.clickOn(navButton(section));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(navButton(section).isSelected(), section.name());
            String title = bundle.getString(section.key());
            assertTrue(robot.lookup(".content .label").queryAllAs(Label.class).stream()
                    .anyMatch(label -> label.getText().equals(title) && isShowing(label)), "showing " + title);
        }
    }

    @Test
    void clickingTheSelectedSectionKeepsItShown() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !navButton(Section.TODAY).isDisabled());
        robot.clickOn(navButton(Section.TODAY));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(navButton(Section.TODAY).isSelected());
    }

    @Test
    void windowSizeIsRememberedForTheNextStart() throws Exception {
        start();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !navButton(Section.TODAY).isDisabled());
        robot.interact(() -> {
            stage.setWidth(1010);
            stage.setHeight(690);
        });
        FxToolkit.cleanupApplication(application);
        application = null;
        String saved = Files.readString(folder.resolve("window.properties"));
        assertTrue(saved.contains("width=1010.0"), saved);
        assertTrue(saved.contains("height=690.0"), saved);
    }

    @Test
    void aFileThatIsNotAJournalIsExplainedInADialogAndLeftUntouched() throws Exception {
        byte[] content = "my shopping list\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve(DataDirectory.DATABASE_FILE);
        Files.write(file, content);
        start();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.listTargetWindows().size() > 1);
        Window dialog = robot.listTargetWindows().stream().filter(window -> window != stage).findFirst().orElseThrow();
        String text = robot.from(dialog.getScene().getRoot()).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", String::concat);
        assertTrue(text.contains(file.toString()), text);
        assertTrue(text.contains("not a Gutskin journal"), text);
        assertFalse(text.contains("Exception"), text);
        robot.interact(() -> ((Stage) dialog).close());
        assertArrayEquals(content, Files.readAllBytes(file));
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
