package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.JournalRepository;
import org.gutskin.ui.RunningApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real Today view headless, on a real journal file. */
class TodayViewTest {
    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private RunningApp start() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.await(() -> app.robot.lookup("#day-title").tryQuery().map(title -> !((Label) title).getText().isEmpty())
                .orElse(false));
        return app;
    }

    private Label label(String id) {
        return app.robot.lookup(id).queryAs(Label.class);
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return app.robot.lookup(id).queryAs(type);
    }

    /** What the journal file holds, read beside the running app. */
    private DayEntry stored(LocalDate date) {
        try (Database database = Database.openReadOnly(DataDirectory.at(folder), TestClock.FIXED)) {
            return new JournalRepository(database).load(date);
        }
    }

    private void awaitSaved() throws Exception {
        app.await(() -> label("#save-state").getText().equals("All changes saved"));
    }

    /** Moves the keyboard focus to a control, as Tab would, wherever it is scrolled. */
    private void focus(String id) {
        app.robot.interact(() -> app.robot.lookup(id).query().requestFocus());
    }

    private void type(String id, String text) {
        focus(id);
        app.robot.push(KeyCode.CONTROL, KeyCode.A);
        app.robot.write(text);
    }

    /** Presses a toggle or button with the keyboard. */
    private void press(String id) {
        focus(id);
        app.robot.type(KeyCode.SPACE);
    }

    @Test
    void aFullDayLoggedByKeyboardIsAllThereAfterARestart() throws Exception {
        start();
        LocalDate today = TestClock.TODAY;
        type("#meal-time", "8:15");
        type("#meal-description", "kefir, oats");
        app.robot.type(KeyCode.ENTER);
        type("#bed-time", "2330");
        type("#wake-time", "7");
        press("#sleep-quality-4");
        type("#stress-time", "9:00");
        focus("#stress-level");
        app.robot.type(KeyCode.DIGIT7);
        app.robot.type(KeyCode.ENTER);
        focus("#skin-overall");
        app.robot.type(KeyCode.DIGIT4);
        press("#symptom-acne-2");
        press("#habit-probiotic-yes");
        type("#habit-alcohol_units", "2");
        type("#day-note", "calm day");
        awaitSaved();

        DayEntry saved = stored(today);
        assertEquals(1, saved.meals().size());
        assertEquals(LocalTime.of(8, 15), saved.meals().get(0).time());
        assertEquals(List.of("kefir", "oats"), saved.meals().get(0).items().stream().map(item -> item.food())
                .toList());
        assertEquals(Optional.of(new Sleep(LocalTime.of(23, 30), LocalTime.of(7, 0), 4)), saved.sleep());
        assertEquals(List.of(new StressCheckIn(LocalTime.of(9, 0), 7, null)), saved.stress());
        assertEquals(4, saved.skin().orElseThrow().overall());
        assertEquals(Map.of(Symptom.ACNE, 2), saved.skin().orElseThrow().symptoms());
        assertEquals(Map.of(Habit.PROBIOTIC, 1.0, Habit.ALCOHOL_UNITS, 2.0), saved.habits());
        assertEquals(Optional.of("calm day"), saved.note());

        app.close();
        start();
        assertEquals("kefir, oats", ((Label) app.robot.lookup(".meal-description").query()).getText());
        assertEquals("23:30", node("#bed-time", TextField.class).getText());
        assertEquals("07:00", node("#wake-time", TextField.class).getText());
        assertEquals(4, node("#skin-overall", Slider.class).getValue());
        assertEquals("calm day", node("#day-note", TextArea.class).getText());
        assertEquals("2", node("#habit-alcohol_units", TextField.class).getText());
        assertEquals("1", label("#fermented-today").getText());
        assertEquals(saved, stored(today));
    }

    @Test
    void theFermentedCountSaysWhyBakedSourdoughIsNotInIt() throws Exception {
        start();
        type("#meal-description", "sourdough toast and kefir");
        app.robot.type(KeyCode.ENTER);
        awaitSaved();
        app.await(() -> label("#fermented-today").getText().equals("1"));
        long fermentedChips = app.robot.lookup(".tag-fermented").queryAll().size();
        assertEquals(2, fermentedChips, "both foods are marked fermented");
        String why = label("#fermented-today").getTooltip().getText();
        assertTrue(why.contains("live cultures") && why.contains("sourdough"), why);
    }

    @Test
    void anImpossibleValueIsExplainedNextToItsFieldAndNotSaved() throws Exception {
        start();
        type("#bed-time", "25:99");
        type("#wake-time", "7:00");
        press("#sleep-quality-3");
        app.await(() -> label("#save-state").getText().startsWith("Not saved"));
        Label problem = label("#sleep-problem");
        assertTrue(problem.isVisible());
        assertEquals("Bed time must be a time such as 07:30 or 7:30 pm, got \"25:99\"", problem.getText());
        assertTrue(stored(TestClock.TODAY).sleep().isEmpty());
        assertEquals("25:99", node("#bed-time", TextField.class).getText(), "kept exactly as typed");

        app.robot.interact(() -> app.robot.lookup("#next-day").queryAs(Button.class).fire());
        assertEquals(TestClock.TODAY.toString(), node("#date-picker", javafx.scene.control.DatePicker.class)
                .getValue().toString(), "the day is not left while a field is wrong");

        type("#bed-time", "23:00");
        awaitSaved();
        assertEquals(Optional.of(new Sleep(LocalTime.of(23, 0), LocalTime.of(7, 0), 3)),
                stored(TestClock.TODAY).sleep());
    }

    @Test
    void navigatingAwayRightAfterAnEditKeepsIt() throws Exception {
        start();
        LocalDate today = TestClock.TODAY;
        app.robot.interact(() -> node("#day-note", TextArea.class).setText("typed just now"));
        app.robot.interact(() -> node("#previous-day", Button.class).fire());
        app.await(() -> node("#date-picker", javafx.scene.control.DatePicker.class).getValue()
                .equals(today.minusDays(1)));
        assertEquals("", node("#day-note", TextArea.class).getText());
        assertEquals(Optional.of("typed just now"), stored(today).note());
        app.robot.interact(() -> node("#next-day", Button.class).fire());
        app.await(() -> node("#day-note", TextArea.class).getText().equals("typed just now"));
    }

    @Test
    void aDeletedMealCanBeUndone() throws Exception {
        start();
        type("#meal-description", "apple");
        app.robot.type(KeyCode.ENTER);
        awaitSaved();
        app.robot.clickOn("#delete-meal-0");
        awaitSaved();
        assertTrue(stored(TestClock.TODAY).meals().isEmpty());
        assertTrue(node("#undo-bar", Node.class).isVisible());
        app.robot.clickOn("#undo");
        awaitSaved();
        assertEquals("apple", stored(TestClock.TODAY).meals().get(0).description());
    }

    @Test
    void sameAsYesterdayCopiesTheSkinCheck() throws Exception {
        try (var journal = org.gutskin.app.App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            journal.days().save(SampleDays.on(TestClock.TODAY.minusDays(1)).withSkin(Optional.of(
                    new SkinCheck(6, Map.of(Symptom.REDNESS, 3), "cheeks", null))).build());
        }
        start();
        app.robot.clickOn("#skin-same");
        awaitSaved();
        assertEquals(Optional.of(new SkinCheck(6, Map.of(Symptom.REDNESS, 3), "cheeks", null)),
                stored(TestClock.TODAY).skin());
    }

    @Test
    void aSaveThatFailsStaysOnScreenMarkedNotSavedUntilRetried() throws Exception {
        start();
        LocalDate today = TestClock.TODAY;
        // another program holds the journal file locked for writing
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:"
                + folder.resolve(DataDirectory.DATABASE_FILE));
             java.sql.Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
            type("#day-note", "kept while locked");
            app.await(() -> node("#save-retry", Button.class).isVisible());
            assertEquals("Not saved", label("#save-state").getText());
            assertTrue(label("#save-problem").getText().contains("in use by another program"),
                    label("#save-problem").getText());
            assertEquals("kept while locked", node("#day-note", TextArea.class).getText());
            app.robot.interact(() -> node("#next-day", Button.class).fire());
            assertEquals(today, node("#date-picker", javafx.scene.control.DatePicker.class).getValue(),
                    "the unsaved day is not left");
            statement.execute("COMMIT");
        }
        app.robot.interact(() -> node("#save-retry", Button.class).fire());
        awaitSaved();
        assertTrue(!node("#save-retry", Button.class).isVisible());
        assertEquals(Optional.of("kept while locked"), stored(today).note());
    }
}
