package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.Symptom;
import org.junit.jupiter.api.Test;

/** The Today view's state, without a toolkit. */
class DayEditorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 2);
    private static final List<Habit> HABITS = List.of(Habit.BUILT_IN.get(0), Habit.BUILT_IN.get(1),
            Habit.BUILT_IN.get(2), new Habit("walk", "Walk", HabitKind.YES_NO, false, false),
            new Habit("old", "Old habit", HabitKind.NUMBER, false, true));

    @Test
    void aLoadedDayComesBackUnchanged() {
        DayEditor editor = new DayEditor();
        DayEntry day = SampleDays.fullDay(DAY);
        editor.load(day, HABITS);
        assertEquals(Optional.of(day), editor.toEntry());
    }

    @Test
    void archivedHabitValuesAreKeptWhenTheDayIsSavedAgain() {
        DayEditor editor = new DayEditor();
        DayEntry day = SampleDays.on(DAY).withHabits(Map.of("old", 3.0, "walk", 1.0)).build();
        editor.load(day, HABITS);
        assertEquals(Map.of("old", 3.0, "walk", 1.0), editor.toEntry().orElseThrow().habits());
    }

    @Test
    void loadingDoesNotCountAsAnEditButTypingDoes() {
        DayEditor editor = new DayEditor();
        int[] edits = {0};
        editor.setOnEdit(() -> edits[0]++);
        editor.load(SampleDays.fullDay(DAY), HABITS);
        assertEquals(0, edits[0]);
        editor.note.set("changed");
        editor.yesNoHabits.get("walk").set(true);
        assertEquals(2, edits[0]);
    }

    @Test
    void halfEnteredSleepIsExplainedNotDroppedAndWaitsOnlyForItsQuality() {
        DayEditor editor = new DayEditor();
        editor.load(DayEntry.empty(DAY), HABITS);
        editor.bedTime.set("23:00");
        assertTrue(editor.toEntry().isEmpty());
        assertEquals("Sleep needs both a bed time and a wake time (or clear all three fields)",
                editor.problems.get("sleep.wakeTime"));
        editor.wakeTime.set("6:45");
        editor.note.set("the rest of the day");
        DayEntry withoutTheNight = editor.toEntry().orElseThrow();
        assertEquals(Optional.empty(), withoutTheNight.sleep(), "no quality: the night waits, never a guessed one");
        assertEquals(Optional.of("the rest of the day"), withoutTheNight.note(), "the rest of the day is saved");
        assertTrue(editor.sleepWaitsForQuality.get());
        assertTrue(editor.problems.isEmpty());
        editor.sleepQuality.set(2);
        assertEquals("7 h 45 min", editor.sleepDuration(ZoneOffset.UTC));
        assertEquals(2, editor.toEntry().orElseThrow().sleep().orElseThrow().quality());
        assertFalse(editor.sleepWaitsForQuality.get());
    }

    @Test
    void theNightShownIsTheTimeThatPassedOnTheNightTheClocksGoForward() {
        DayEditor editor = new DayEditor();
        editor.load(DayEntry.empty(LocalDate.of(2026, 3, 29)), HABITS);
        editor.bedTime.set("23:00");
        editor.wakeTime.set("7:00");
        assertEquals("7 h 00 min", editor.sleepDuration(ZoneId.of("Europe/London")));
        assertEquals("8 h 00 min", editor.sleepDuration(ZoneOffset.UTC));
    }

    @Test
    void aWrongNumberHabitIsNamedAndKeptAsTyped() {
        DayEditor editor = new DayEditor();
        editor.load(DayEntry.empty(DAY), HABITS);
        editor.numberHabits.get(Habit.ALCOHOL_UNITS).set("two");
        assertTrue(editor.toEntry().isEmpty());
        assertEquals("Alcohol units must be a number such as 2 or 1.5, got \"two\"",
                editor.problems.get("habit.alcohol_units"));
        assertEquals("two", editor.numberHabits.get(Habit.ALCOHOL_UNITS).get());
        editor.numberHabits.get(Habit.ALCOHOL_UNITS).set("-1");
        assertTrue(editor.toEntry().isEmpty());
        assertEquals("Alcohol units must be a number of 0 or more, got -1", editor.problems.get("habit.alcohol_units"));
    }

    @Test
    void skinIsNotLoggedUntilTouchedAndUnratedSymptomsStayAbsent() {
        DayEditor editor = new DayEditor();
        editor.load(DayEntry.empty(DAY), HABITS);
        assertTrue(editor.toEntry().orElseThrow().skin().isEmpty());
        editor.skinLogged.set(true);
        editor.skinOverall.set(0);
        editor.symptoms.get(Symptom.RASH).set(2);
        assertEquals(Map.of(Symptom.RASH, 2), editor.toEntry().orElseThrow().skin().orElseThrow().symptoms());
        assertEquals(0, editor.toEntry().orElseThrow().skin().orElseThrow().overall());
    }

    @Test
    void autocompleteOffersFoodsForTheWordBeingTyped() {
        FoodKnowledge knowledge = FoodKnowledge.shipped();
        assertEquals("ba", MealCompletion.lastFragment("greek yogurt with ba"));
        assertEquals("sou", MealCompletion.lastFragment("toast; 2 slices of sou"));
        List<String> offered = MealCompletion.suggestions(knowledge, "greek yogurt with ban");
        assertTrue(offered.contains("banana"), offered.toString());
        assertTrue(offered.stream().allMatch(name -> name.startsWith("ban") || name.contains(" ban")));
        assertTrue(MealCompletion.suggestions(knowledge, "kefir and k").isEmpty(), "one letter is too little");
    }
}
