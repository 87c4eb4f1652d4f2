package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole day logged from the keyboard alone, counted in key presses (typing text not counted):
 * three meals, last night's sleep, a stress check-in and the skin — the way docs/benchmarks.md
 * reports it, against a target of 25.
 */
class TodayKeyboardTest {
    private static final int TARGET_ACTIONS = 25;

    @TempDir
    static Path folder;
    private static TodayDriver ui;
    private int actions;

    @BeforeAll
    static void start() throws Exception {
        ui = TodayDriver.start(folder);
    }

    @AfterAll
    static void close() throws Exception {
        ui.app.close();
    }

    /** One action: a key, or keys held together. */
    private void key(KeyCode... keys) {
        actions++;
        ui.app.robot.push(keys);
    }

    private void write(String text) {
        ui.app.robot.write(text);
    }

    private Node focused() {
        return ui.app.stage.getScene().getFocusOwner();
    }

    @Test
    void yesterdayIsLoggedInFewerThanTwentyFiveKeyPressesAndNoMouse() throws Exception {
        LocalDate yesterday = TestClock.TODAY.minusDays(1);
        ui.app.await(() -> focused() != null && "meal-description".equals(focused().getId()));
        key(KeyCode.ALT, KeyCode.LEFT);
        ui.app.await(() -> ui.label("#day-title").getText().startsWith(yesterday.getDayOfWeek().getDisplayName(
                TextStyle.FULL, Locale.UK)));

        write("oats with banana and kefir");
        key(KeyCode.ENTER);
        write("lentil soup");
        key(KeyCode.ENTER);
        write("salmon with rice and broccoli");
        key(KeyCode.ENTER);

        key(KeyCode.CONTROL, KeyCode.ENTER); // on to sleep
        assertEquals("bed-time", focused().getId());
        write("23:30");
        key(KeyCode.TAB);
        write("7:00");
        key(KeyCode.TAB);
        key(KeyCode.DIGIT4);

        key(KeyCode.CONTROL, KeyCode.ENTER); // on to stress
        assertTrue(focused() instanceof Slider, String.valueOf(focused()));
        key(KeyCode.DIGIT3);
        key(KeyCode.ENTER);

        key(KeyCode.CONTROL, KeyCode.ENTER); // on to the skin
        assertEquals("skin-overall", focused().getId());
        key(KeyCode.DIGIT4);
        key(KeyCode.RIGHT); // the arrows step by one
        key(KeyCode.CONTROL, KeyCode.ENTER); // saved, on to the habits
        ui.awaitSaved();

        DayEntry day = ui.stored(yesterday);
        assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(12, 30), LocalTime.of(19, 0)),
                day.meals().stream().map(Meal::time).toList(), "a past day's meals at their usual times");
        assertEquals(List.of(MealKind.BREAKFAST, MealKind.LUNCH, MealKind.DINNER),
                day.meals().stream().map(Meal::kind).toList());
        assertEquals(Optional.of(new Sleep(LocalTime.of(23, 30), LocalTime.of(7, 0), 4)), day.sleep());
        assertEquals(1, day.stress().size());
        assertEquals(3, day.stress().get(0).level());
        assertEquals(5, day.skin().map(SkinCheck::overall).orElseThrow());
        assertTrue(actions <= TARGET_ACTIONS, actions + " key presses");
        System.out.println("TodayKeyboardTest: a day logged in " + actions + " key presses besides typing");
    }
}
