package org.gutskin.ui.today;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.gutskin.TestClock;
import org.gutskin.ui.GutskinApplication;
import org.gutskin.ui.RunningApp;

/**
 * Run in a child JVM by {@link AutosaveCrashTest}: starts the real window headless, types into
 * today's note as a person would, and prints "ack N" each time the view says the edit is saved,
 * until it is killed.
 */
public final class AutosaveTypist {
    private AutosaveTypist() {
    }

    /** The note after the first {@code count} edits of a round. */
    static String noteAfter(int round, int count) {
        StringBuilder note = new StringBuilder("round " + round + ":");
        for (int index = 0; index < count; index++) {
            note.append(' ').append(index);
        }
        return note.toString();
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        String saved = ResourceBundle.getBundle(GutskinApplication.BUNDLE).getString("today.saved");
        RunningApp app = RunningApp.start(folder).awaitJournal();
        app.await(() -> app.robot.lookup("#day-title").tryQuery().isPresent());
        TextArea note = app.robot.lookup("#day-note").queryAs(TextArea.class);
        Label state = app.robot.lookup("#save-state").queryAs(Label.class);
        System.out.println("day " + TestClock.TODAY);
        app.robot.interact(() -> {
            note.requestFocus();
            note.setText(noteAfter(round, 0));
            note.end();
        });
        for (int index = 0; ; index++) {
            app.robot.write(" " + index);
            String typed = noteAfter(round, index + 1);
            app.await(() -> note.getText().equals(typed) && state.getText().equals(saved));
            System.out.println("ack " + index);
            System.out.flush();
        }
    }
}
