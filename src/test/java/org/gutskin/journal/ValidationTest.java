package org.gutskin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

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
        assertEquals(Duration.ofMinutes(7 * 60 + 45), sleep.duration(DAY, ZoneOffset.UTC));
        assertEquals(Duration.ofMinutes(7 * 60 + 45), sleep.clockDuration());
        assertTrue(sleep.crossesMidnight());
    }

    @ParameterizedTest
    @CsvSource({"2026-03-29, 23:00, 07:00, 7:00", "2026-10-25, 23:00, 07:00, 9:00", "2026-03-29, 00:30, 08:00, 6:30",
                "2026-10-25, 00:30, 08:00, 8:30", "2026-03-28, 23:00, 07:00, 8:00",
                "2026-03-29, 01:30, 03:00, 0:30"}) // 01:30 never happened that night: it is taken as 02:30 BST
    void aNightAcrossAClockChangeCountsTheHourGainedOrLost(LocalDate wakeDay, LocalTime bed, LocalTime wake,
                                                          String hours) {
        Sleep sleep = new Sleep(bed, wake, 3);
        String[] parts = hours.split(":");
        Duration expected = Duration.ofHours(Integer.parseInt(parts[0])).plusMinutes(Integer.parseInt(parts[1]));
        assertEquals(expected, sleep.duration(wakeDay, ZoneId.of("Europe/London")));
    }

    @Test
    void sleepAfterMidnightIsTheSameNight() {
        Sleep sleep = new Sleep(LocalTime.of(0, 30), LocalTime.of(8, 0), 3);
        assertEquals(Duration.ofMinutes(450), sleep.duration(DAY, ZoneOffset.UTC));
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
    void aDaysAlcoholHasAHumanLimitAndOtherNumbersAWideOne() {
        Habit alcohol = Habit.BUILT_IN.get(2);
        assertEquals(100.0, alcohol.validate(100));
        InvalidEntryException error = assertThrows(InvalidEntryException.class, () -> alcohol.validate(1e308));
        assertEquals("Alcohol units must be at most 100, got 1.0E308", error.getMessage());
        Habit steps = new Habit("steps", "Steps", HabitKind.NUMBER, false, false);
        assertEquals(25_000.0, steps.validate(25_000));
        assertThrows(InvalidEntryException.class, () -> steps.validate(Double.POSITIVE_INFINITY));
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
