package org.gutskin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationTest {
    @Test
    void stressAboveTenIsRejectedWithAReadableSentence() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> new StressCheckIn(LocalTime.NOON, 12, null));
        assertEquals("Stress must be between 0 and 10, got 12", error.getMessage());
        assertEquals("stress.level", error.field());
    }

    @Test
    void negativeStressIsRejected() {
        assertThrows(InvalidEntryException.class, () -> new StressCheckIn(LocalTime.NOON, -1, null));
    }

    @Test
    void skinOverallOutsideZeroToTenIsRejected() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class, () -> SampleDays.skin(11));
        assertEquals("Overall skin severity must be between 0 and 10, got 11", error.getMessage());
    }

    @Test
    void symptomAboveThreeIsRejectedAndNamed() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> new SkinCheck(2, Map.of(Symptom.ECZEMA, 4), null, null));
        assertEquals("Eczema must be between 0 and 3, got 4", error.getMessage());
        assertEquals("skin.eczema", error.field());
    }

    @Test
    void unratedSymptomIsAbsentNotZero() {
        SkinCheck skin = new SkinCheck(2, Map.of(Symptom.ACNE, 0), null, null);
        assertEquals(0, skin.symptoms().get(Symptom.ACNE));
        assertTrue(!skin.symptoms().containsKey(Symptom.RASH));
    }

    @Test
    void sleepQualityMustBeOneToFive() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> new Sleep(LocalTime.of(23, 0), LocalTime.of(7, 0), 0));
        assertEquals("Sleep quality must be between 1 and 5, got 0", error.getMessage());
    }

    @Test
    void sleepAcrossMidnightHasItsRealDuration() {
        Sleep sleep = new Sleep(LocalTime.of(23, 30), LocalTime.of(7, 15), 3);
        assertEquals(Duration.ofMinutes(7 * 60 + 45), sleep.duration());
        assertTrue(sleep.crossesMidnight());
    }

    @Test
    void sleepAfterMidnightIsTheSameNight() {
        Sleep sleep = new Sleep(LocalTime.of(0, 30), LocalTime.of(8, 0), 3);
        assertEquals(Duration.ofMinutes(450), sleep.duration());
    }

    @Test
    void sleepWithEqualTimesIsRejected() {
        assertThrows(InvalidEntryException.class, () -> new Sleep(LocalTime.of(7, 0), LocalTime.of(7, 0), 3));
    }

    @Test
    void blankMealDescriptionIsRejected() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> new Meal(LocalTime.NOON, MealKind.LUNCH, "   ", List.of()));
        assertEquals("meal.description", error.field());
    }

    @Test
    void unknownMealKindNamesWhatWasGiven() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class, () -> MealKind.fromKey("brunch"));
        assertTrue(error.getMessage().contains("\"brunch\""), error.getMessage());
    }

    @Test
    void mealKindIsGuessedFromTheClock() {
        assertEquals(MealKind.BREAKFAST, MealKind.guessFrom(LocalTime.of(7, 30)));
        assertEquals(MealKind.LUNCH, MealKind.guessFrom(LocalTime.of(12, 45)));
        assertEquals(MealKind.SNACK, MealKind.guessFrom(LocalTime.of(16, 0)));
        assertEquals(MealKind.DINNER, MealKind.guessFrom(LocalTime.of(19, 0)));
        assertEquals(MealKind.SNACK, MealKind.guessFrom(LocalTime.of(23, 30)));
    }

    @Test
    void yesNoHabitAcceptsOnlyZeroOrOne() {
        Habit probiotic = Habit.BUILT_IN.get(0);
        assertEquals(1.0, probiotic.validate(1));
        InvalidEntryException error = assertThrows(InvalidEntryException.class, () -> probiotic.validate(2));
        assertEquals("Probiotic supplement is yes/no and must be 1 (yes) or 0 (no), got 2", error.getMessage());
    }

    @Test
    void numberHabitRejectsNegativeValues() {
        Habit alcohol = Habit.BUILT_IN.get(2);
        InvalidEntryException error = assertThrows(InvalidEntryException.class, () -> alcohol.validate(-1.5));
        assertEquals("Alcohol units must be a number of 0 or more, got -1.5", error.getMessage());
    }

    @Test
    void habitKeyIsDerivedFromItsName() {
        assertEquals("evening_walk", Habit.keyFor("  Evening walk! "));
        assertEquals("habit", Habit.keyFor("!!!"));
    }

    @Test
    void emptyDayHasNothingLogged() {
        DayEntry empty = DayEntry.empty(LocalDate.of(2026, 1, 1));
        assertTrue(empty.isEmpty());
        assertTrue(!SampleDays.from(empty).withNote(Optional.of("x")).build().isEmpty());
    }

    @Test
    void timesAreKeptToTheMinute() {
        StressCheckIn checkIn = new StressCheckIn(LocalTime.of(9, 15, 42), 2, null);
        assertEquals(LocalTime.of(9, 15), checkIn.time());
    }
}
