package org.gutskin.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Reminder;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.journal.Settings;
import org.gutskin.journal.Symptom;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings section changes what the other sections show, and the journal keeps it. */
class SettingsViewTest {
    @TempDir
    Path folder;

    private static <T extends Node> T find(RunningApp app, String query, Class<T> type) {
        return app.robot.lookup(query).queryAs(type);
    }

    private Settings stored() {
        try (App app = App.openForReading(DataDirectory.at(folder), TestClock.FIXED)) {
            return app.settings().current();
        }
    }

    @Test
    void aChangeShowsAtOnceElsewhereAndIsKeptInTheJournal() throws Exception {
        try (RunningApp app = RunningApp.start(folder).awaitJournal()) {
            app.show(Section.SETTINGS);
            @SuppressWarnings("unchecked")
            ComboBox<DayOfWeek> firstDay = find(app, "#settings-first-day", ComboBox.class);
            @SuppressWarnings("unchecked")
            ComboBox<AlcoholUnit> alcohol = find(app, "#settings-alcohol-unit", ComboBox.class);
            app.robot.interact(() -> {
                firstDay.setValue(DayOfWeek.SUNDAY);
                alcohol.setValue(AlcoholUnit.US_DRINKS);
            });
            for (Symptom symptom : Symptom.values()) {
                if (symptom != Symptom.ACNE && symptom != Symptom.ITCH) {
                    app.robot.clickOn(find(app, "#show-" + symptom.key(), CheckBox.class));
                }
            }
            app.robot.clickOn(find(app, "#settings-dark", RadioButton.class));
            app.robot.clickOn(find(app, "#add-reminder", Button.class));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(app.stage.getScene().getRoot().getStyleClass().contains("dark"), "the window turned dark");

            app.show(Section.HISTORY);
            Label firstWeekday = (Label) app.robot.lookup(".weekday").queryAll().stream()
                    .filter(node -> GridPane.getColumnIndex(node) == 0).findFirst().orElseThrow();
            assertEquals("Sun", firstWeekday.getText());

            app.show(Section.TRENDS);
            assertEquals("Alcohol (US drinks)", find(app, "#row-alcohol", CheckBox.class).getText());

            app.show(Section.TODAY);
            app.await(() -> app.robot.lookup("#habit-" + Habit.ALCOHOL_UNITS).tryQuery().isPresent());
            assertTrue(app.robot.lookup(".label").queryAllAs(Label.class).stream()
                    .anyMatch(label -> "Alcohol (US drinks)".equals(label.getText())));
            TextField units = find(app, "#habit-" + Habit.ALCOHOL_UNITS, TextField.class);
            app.robot.interact(() -> {
                units.requestFocus();
                units.setText("2");
            });
            app.robot.push(KeyCode.CONTROL, KeyCode.ENTER); // saves
            List<String> symptomsShown = app.robot.lookup(".label").queryAllAs(Label.class).stream()
                    .filter(label -> label.isVisible() && EnumSet.allOf(Symptom.class).stream()
                            .anyMatch(symptom -> symptom.label().equals(label.getText())))
                    .map(Label::getText).toList();
            assertEquals(List.of("Acne / breakouts", "Itch"), symptomsShown);
        }
        Settings kept = stored();
        assertEquals(DayOfWeek.SUNDAY, kept.firstDayOfWeek());
        assertEquals(AlcoholUnit.US_DRINKS, kept.alcoholUnit());
        assertEquals(EnumSet.of(Symptom.ACNE, Symptom.ITCH), kept.shownSymptoms());
        assertTrue(kept.darkTheme());
        assertEquals(List.of(new Reminder(LocalTime.of(13, 30), ReminderTopic.MEALS)), kept.reminders());
        try (App app = App.openForReading(DataDirectory.at(folder), TestClock.FIXED)) {
            assertEquals(3.5, app.days().day(TestClock.TODAY).habits().get(Habit.ALCOHOL_UNITS), 1e-9,
                    "2 US drinks are kept as 3.5 UK units");
        }
    }

    @Test
    void aJournalFromBeforeSettingsKeepsTheThemeTheWindowRemembered() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("window.properties"), "theme.dark=true\n");
        try (RunningApp app = RunningApp.start(folder).awaitJournal()) {
            app.await(() -> stored().darkTheme());
            assertTrue(app.stage.getScene().getRoot().getStyleClass().contains("dark"));
        }
        Files.writeString(folder.resolve("window.properties"), "theme.dark=false\n");
        try (RunningApp app = RunningApp.start(folder).awaitJournal()) {
            app.await(() -> app.stage.getScene().getRoot().getStyleClass().contains("dark"));
        }
        assertTrue(stored().darkTheme(), "the journal's setting wins over the window's file once it is kept");
    }

    @Test
    void aReminderTimeThatIsNotOneIsSaidAndNotSaved() throws Exception {
        try (RunningApp app = RunningApp.start(folder).awaitJournal()) {
            app.show(Section.SETTINGS);
            app.robot.clickOn(find(app, "#add-reminder", Button.class));
            TextField time = (TextField) app.robot.lookup(".reminder-row .text-field").query();
            app.robot.interact(() -> time.setText(""));
            app.robot.clickOn(time).write("25:00").push(KeyCode.ENTER);
            Label problem = find(app, "#reminder-problem", Label.class);
            assertTrue(problem.isVisible());
            assertEquals("A reminder's time must be a time such as 07:30 or 7:30 pm, got \"25:00\"", problem.getText());
            app.robot.interact(() -> time.setText("8:15 pm"));
            app.robot.clickOn(time).push(KeyCode.ENTER);
            assertFalse(problem.isVisible());
        }
        assertEquals(List.of(new Reminder(LocalTime.of(20, 15), ReminderTopic.MEALS)), stored().reminders());
    }
}
