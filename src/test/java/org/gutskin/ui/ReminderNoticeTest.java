package org.gutskin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.Reminder;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.journal.Settings;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reminder whose time comes while the window is open shows, and opens Today where it asks. */
class ReminderNoticeTest {
    @TempDir
    Path folder;

    @Test
    void theSkinReminderOpensTodayAtTheSkin() throws Exception {
        LocalTime now = LocalTime.now(TestClock.FIXED);
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            journal.settings().save(Settings.DEFAULTS.withReminders(List.of(new Reminder(now,
                    ReminderTopic.SKIN))));
        }
        try (RunningApp app = RunningApp.start(folder).awaitJournal()) {
            app.await(() -> app.robot.lookup(".notification-bar .label").queryAllAs(Labeled.class).stream()
                    .anyMatch(label -> "How is your skin today?".equals(label.getText())));
            Button open = app.robot.lookup(".notification-bar .button").queryAllAs(Button.class).stream()
                    .filter(button -> "Open Today".equals(button.getText())).findFirst().orElseThrow();
            app.robot.interact(open::fire);
            // the notice goes, and leaves no empty box behind
            app.await(() -> Window.getWindows().stream().noneMatch(window -> window instanceof Popup
                    && window.isShowing()));
            app.await(() -> {
                Node focused = app.stage.getScene().getFocusOwner();
                return focused != null && "skin-overall".equals(focused.getId());
            });
            assertEquals("skin-overall", app.stage.getScene().getFocusOwner().getId());
        }
    }
}
