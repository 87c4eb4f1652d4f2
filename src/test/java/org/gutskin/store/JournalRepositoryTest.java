package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.RecentMeal;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path folder;
    private Database database;
    private JournalRepository journal;

    @BeforeEach
    void open() {
        database = Database.open(DataDirectory.at(folder), TestClock.FIXED);
        journal = new JournalRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private DayEntry reopenAndLoad(LocalDate date) {
        database.close();
        database = Database.open(DataDirectory.at(folder), TestClock.FIXED);
        journal = new JournalRepository(database);
        return journal.load(date);
    }

    @Test
    void fullDayComesBackExactlyAfterReopeningTheFile() {
        DayEntry day = SampleDays.fullDay(DAY);
        journal.save(day);
        assertEquals(day, reopenAndLoad(DAY));
    }

    @Test
    void mealsKeepTheirOrderItemsAndExactText() {
        DayEntry day = SampleDays.fullDay(DAY);
        journal.save(day);
        List<Meal> meals = reopenAndLoad(DAY).meals();
        assertEquals(3, meals.size());
        assertEquals("kimchi fried rice; 2 glasses of red wine", meals.get(1).description());
        assertEquals("red wine", meals.get(1).items().get(1).food());
        assertEquals(2.0, meals.get(1).items().get(1).quantity());
        assertEquals("something odd \"quoted\", ümlaut 🍎", meals.get(2).description());
    }

    @Test
    void sleepStressSkinHabitsAndNoteRoundTripOnTheirOwn() {
        DayEntry sleepOnly = SampleDays.on(DAY).withSleep(Optional.of(new Sleep(LocalTime.of(1, 5),
                LocalTime.of(9, 0), 2))).build();
        DayEntry stressOnly = SampleDays.on(DAY.plusDays(1)).withStress(List.of(
                new StressCheckIn(LocalTime.of(8, 0), 0, null), new StressCheckIn(LocalTime.of(8, 0), 10,
                        "same time"))).build();
        DayEntry skinOnly = SampleDays.on(DAY.plusDays(2)).withSkin(Optional.of(SampleDays.skin(0))).build();
        DayEntry habitsOnly = SampleDays.on(DAY.plusDays(3)).withHabits(Map.of(Habit.ALCOHOL_UNITS, 0.0)).build();
        DayEntry noteOnly = SampleDays.on(DAY.plusDays(4)).withNote(Optional.of("")).build();
        for (DayEntry day : List.of(sleepOnly, stressOnly, skinOnly, habitsOnly, noteOnly)) {
            journal.save(day);
        }
        for (DayEntry day : List.of(sleepOnly, stressOnly, skinOnly, habitsOnly, noteOnly)) {
            assertEquals(day, reopenAndLoad(day.date()));
        }
    }

    @Test
    void unloggedDayIsEmptyNotZero() {
        DayEntry loaded = journal.load(DAY);
        assertTrue(loaded.isEmpty());
        assertTrue(loaded.skin().isEmpty());
        assertTrue(loaded.sleep().isEmpty());
    }

    @Test
    void savingADayAgainReplacesItAndSavingEmptyClearsIt() {
        journal.save(SampleDays.fullDay(DAY));
        DayEntry smaller = SampleDays.on(DAY).withMeals(List.of(
                new Meal(LocalTime.NOON, MealKind.LUNCH, "lentil soup", List.of()))).build();
        journal.save(smaller);
        assertEquals(smaller, journal.load(DAY));
        journal.save(DayEntry.empty(DAY));
        assertTrue(journal.load(DAY).isEmpty());
        assertFalse(journal.loadAll().containsKey(DAY));
    }

    @Test
    void rangeReturnsOnlyLoggedDaysInsideIt() {
        journal.saveAll(List.of(SampleDays.fullDay(DAY), SampleDays.fullDay(DAY.plusDays(2)),
                SampleDays.fullDay(DAY.plusDays(40))));
        assertEquals(List.of(DAY, DAY.plusDays(2)), List.copyOf(journal.loadRange(DAY, DAY.plusDays(10)).keySet()));
        assertEquals(3, journal.loadAll().size());
    }

    @Test
    void aFailedSaveWritesNothingOfTheDay() {
        DayEntry before = SampleDays.fullDay(DAY);
        journal.save(before);
        DayEntry withUnknownHabit = SampleDays.from(before).withHabits(Map.of("never_defined", 1.0)).build();
        assertThrows(StoreException.class, () -> journal.save(withUnknownHabit));
        assertEquals(before, journal.load(DAY));
    }

    @Test
    void builtInHabitsExistAndUserHabitsCanBeAddedRenamedAndArchived() {
        HabitRepository habits = new HabitRepository(database);
        assertEquals(Habit.BUILT_IN, habits.habits());
        habits.saveHabit(new Habit("evening_walk", "Evening walk", HabitKind.YES_NO, false, false));
        habits.saveHabit(new Habit("evening_walk", "Walk after dinner", HabitKind.YES_NO, false, true));
        Habit walk = habits.habits().get(3);
        assertEquals("Walk after dinner", walk.name());
        assertTrue(walk.archived());
        journal.save(SampleDays.on(DAY).withHabits(Map.of("evening_walk", 1.0)).build());
        assertEquals(1.0, reopenAndLoad(DAY).habits().get("evening_walk"));
    }

    @Test
    void favouritesAndRecentMealsAreOffered() {
        journal.save(SampleDays.on(DAY).withMeals(List.of(
                new Meal(LocalTime.of(8, 0), MealKind.BREAKFAST, "kefir with oats", List.of()),
                new Meal(LocalTime.of(13, 0), MealKind.LUNCH, "lentil soup", List.of()))).build());
        journal.save(SampleDays.on(DAY.plusDays(1)).withMeals(List.of(
                new Meal(LocalTime.of(8, 0), MealKind.BREAKFAST, "kefir with oats", List.of()))).build());
        MealRepository meals = new MealRepository(database);
        List<RecentMeal> recent = meals.recentMeals(DAY.plusDays(1), 30, 10);
        assertEquals(List.of("kefir with oats", "lentil soup"), recent.stream()
                .map(RecentMeal::description).toList());
        assertEquals(2, recent.get(0).times());
        meals.setFavourite("lentil soup", MealKind.LUNCH, true);
        assertEquals(List.of(new RecentMeal("lentil soup", MealKind.LUNCH, 0)), meals.favouriteMeals());
        meals.setFavourite("lentil soup", MealKind.LUNCH, false);
        assertEquals(List.of(), meals.favouriteMeals());
    }
}
