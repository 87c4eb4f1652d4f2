package org.gutskin.ui.today;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.JournalRepository;
import org.gutskin.ui.RunningApp;

/** Drives Today in a running app as a person would, and reads what the journal file holds beside it. */
final class TodayDriver {
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);

    final RunningApp app;
    private final Path folder;

    private TodayDriver(RunningApp app, Path folder) {
        this.app = app;
        this.folder = folder;
    }

    /** Starts the app on {@code folder} and waits until Today's day is on screen. */
    static TodayDriver start(Path folder) throws Exception {
        RunningApp app = RunningApp.start(folder).awaitJournal();
        app.await(() -> app.robot.lookup("#day-title").tryQuery().map(title -> !((Label) title).getText().isEmpty())
                .orElse(false));
        return new TodayDriver(app, folder);
    }

    /** Shows {@code date} in Today, as the date picker would, and waits until that day is on screen. */
    void show(LocalDate date) throws Exception {
        app.robot.interact(() -> node("#date-picker", DatePicker.class).setValue(date));
        app.await(() -> label("#day-title").getText().equals(date.format(TITLE)));
    }

    Label label(String id) {
        return app.robot.lookup(id).queryAs(Label.class);
    }

    <T extends Node> T node(String id, Class<T> type) {
        return app.robot.lookup(id).queryAs(type);
    }

    /** What the journal file holds, read beside the running app. */
    DayEntry stored(LocalDate date) {
        try (Database database = Database.openReadOnly(DataDirectory.at(folder), TestClock.FIXED)) {
            return new JournalRepository(database).load(date);
        }
    }

    void awaitSaved() throws Exception {
        app.await(() -> label("#save-state").getText().equals("All changes saved"));
    }

    /** Moves the keyboard focus to a control, as Tab would, wherever it is scrolled. */
    void focus(String id) {
        app.robot.interact(() -> app.robot.lookup(id).query().requestFocus());
    }

    void type(String id, String text) {
        focus(id);
        app.robot.push(KeyCode.CONTROL, KeyCode.A);
        app.robot.write(text);
    }

    /** Presses a toggle or button with the keyboard. */
    void press(String id) {
        focus(id);
        app.robot.type(KeyCode.SPACE);
    }
}
