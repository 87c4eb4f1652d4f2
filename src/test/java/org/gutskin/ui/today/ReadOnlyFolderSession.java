package org.gutskin.ui.today;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.gutskin.ReadOnlyFolder;
import org.gutskin.ui.GutskinApplication;
import org.gutskin.ui.RunningApp;

/**
 * Run in a child JVM that sees its journal folder read-only ({@link ReadOnlyFolderTest}): starts
 * the real window headless, types a note, makes the folder writable, presses Retry, and prints
 * what the window showed at each step for the test to check.
 */
public final class ReadOnlyFolderSession {
    static final String NOTE = "typed while the folder was read-only";

    private ReadOnlyFolderSession() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        ReadOnlyFolder.Way way = ReadOnlyFolder.Way.valueOf(args[1]);
        ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);
        RunningApp app = RunningApp.start(folder).awaitJournal();
        app.await(() -> app.robot.lookup("#day-title").tryQuery().isPresent());
        Label banner = app.robot.lookup("#read-only-banner").queryAs(Label.class);
        Label state = app.robot.lookup("#save-state").queryAs(Label.class);
        Button retry = app.robot.lookup("#save-retry").queryButton();
        Label problem = app.robot.lookup("#save-problem").queryAs(Label.class);
        System.out.println("banner shown: " + banner.isVisible());
        System.out.println("meals shown: " + app.robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).filter(ReadOnlyFolderTest.MEAL::equals).count());

        app.robot.interact(() -> app.robot.lookup("#day-note").query().requestFocus());
        app.robot.write(NOTE);
        app.await(() -> retry.isVisible());
        System.out.println("state: " + state.getText());
        System.out.println("problem: " + problem.getText());
        TextArea note = app.robot.lookup("#day-note").queryAs(TextArea.class);
        System.out.println("note kept: " + note.getText().equals(NOTE));

        ReadOnlyFolder.makeWritable(way, folder);
        app.robot.clickOn(retry);
        app.await(() -> state.getText().equals(bundle.getString("today.saved")));
        System.out.println("after retry: " + state.getText() + "; banner shown: " + banner.isVisible());
        app.close();
        System.exit(0);
    }
}
