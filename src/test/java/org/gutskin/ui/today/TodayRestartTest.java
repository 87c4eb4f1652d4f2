package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today in a window of its own: what was saved is there after the app starts again, or before it starts. */
class TodayRestartTest {
    @TempDir
    Path folder;
    private TodayDriver ui;

    @AfterEach
    void close() throws Exception {
        ui.app.close();
    }

    @Test
    void aFullDayLoggedByKeyboardIsAllThereAfterARestart() throws Exception {
        ui = TodayDriver.start(folder);
        ui.type("#meal-time", "8:15");
        ui.type("#meal-description", "kefir, oats");
        ui.app.robot.type(KeyCode.ENTER);
        ui.type("#bed-time", "2330");
        ui.type("#wake-time", "7");
        ui.press("#sleep-quality-4");
        ui.type("#stress-time", "9:00");
        ui.focus("#stress-level");
        ui.app.robot.type(KeyCode.DIGIT7);
        ui.app.robot.type(KeyCode.ENTER);
        ui.focus("#skin-overall");
        ui.app.robot.type(KeyCode.DIGIT4);
        ui.press("#symptoms-pane"); // the nine symptoms are folded away until asked for
        ui.press("#symptom-acne-2");
        ui.press("#habit-probiotic-yes");
        ui.type("#habit-alcohol_units", "2");
        ui.type("#day-note", "calm day");
        ui.awaitSaved();

        DayEntry saved = ui.stored(TestClock.TODAY);
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

        ui.app.close();
        ui = TodayDriver.start(folder);
        assertEquals("kefir, oats", ((Label) ui.app.robot.lookup(".meal-description").query()).getText());
        assertEquals("23:30", ui.node("#bed-time", TextField.class).getText());
        assertEquals("07:00", ui.node("#wake-time", TextField.class).getText());
        assertEquals(4, ui.node("#skin-overall", Slider.class).getValue());
        assertEquals("calm day", ui.node("#day-note", TextArea.class).getText());
        assertEquals("2", ui.node("#habit-alcohol_units", TextField.class).getText());
        assertEquals("1", ui.label("#fermented-today").getText());
        assertEquals(saved, ui.stored(TestClock.TODAY));
    }

    @Test
    void sameAsYesterdayCopiesTheSkinCheck() throws Exception {
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            journal.days().save(SampleDays.on(TestClock.TODAY.minusDays(1)).withSkin(Optional.of(
                    new SkinCheck(6, Map.of(Symptom.REDNESS, 3), "cheeks", null))).build());
        }
        ui = TodayDriver.start(folder);
        ui.app.robot.clickOn("#skin-same");
        ui.awaitSaved();
        assertEquals(Optional.of(new SkinCheck(6, Map.of(Symptom.REDNESS, 3), "cheeks", null)),
                ui.stored(TestClock.TODAY).skin());
    }
}
