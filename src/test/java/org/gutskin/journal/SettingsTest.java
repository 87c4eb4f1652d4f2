package org.gutskin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void everySettingReadsBackAsWritten() {
        Settings chosen = Settings.DEFAULTS.withDarkTheme(true).withFirstDayOfWeek(DayOfWeek.SATURDAY)
                .withAlcoholUnit(AlcoholUnit.GRAMS).withShownSymptoms(EnumSet.noneOf(Symptom.class))
                .withReminders(List.of(new Reminder(LocalTime.of(21, 0), ReminderTopic.SKIN_AND_SLEEP),
                        new Reminder(LocalTime.of(7, 45), ReminderTopic.SLEEP)));
        Settings read = Settings.DEFAULTS;
        for (Map.Entry<String, String> value : chosen.toValues().entrySet()) {
            read = read.with(value.getKey(), value.getValue());
        }
        assertEquals(chosen, read);
        assertEquals(Settings.KEYS, List.copyOf(chosen.toValues().keySet()));
        assertEquals("07:45 sleep, 21:00 skin_and_sleep", chosen.toValues().get(Settings.REMINDERS), "sorted by time");
        assertEquals("", chosen.toValues().get(Settings.SYMPTOMS_SHOWN));
    }

    @Test
    void valuesAreReadAsPeopleTypeThem() {
        Settings read = Settings.DEFAULTS.with(Settings.FIRST_DAY_OF_WEEK, " Sunday ")
                .with(Settings.REMINDERS, "9:05 pm skin ,  1:30 PM meals")
                .with(Settings.SYMPTOMS_SHOWN, "acne, Redness");
        assertEquals(DayOfWeek.SUNDAY, read.firstDayOfWeek());
        assertEquals(List.of(new Reminder(LocalTime.of(13, 30), ReminderTopic.MEALS),
                new Reminder(LocalTime.of(21, 5), ReminderTopic.SKIN)), read.reminders());
        assertEquals(EnumSet.of(Symptom.ACNE, Symptom.REDNESS), read.shownSymptoms());
    }

    @Test
    void aValueThatCannotBeIsRefusedWithWhatWouldDo() {
        assertEquals("unknown alcohol unit \"pints\" (use uk_units, us_drinks, grams)", assertThrows(
                InvalidEntryException.class, () -> Settings.DEFAULTS.with(Settings.ALCOHOL_UNIT, "pints"))
                .getMessage());
        assertEquals("unknown symptom \"spots\" (use acne, redness, dryness, itch, eczema, psoriasis, rash,"
                + " oiliness, dullness)", assertThrows(InvalidEntryException.class,
                () -> Settings.DEFAULTS.with(Settings.SYMPTOMS_SHOWN, "acne spots")).getMessage());
        assertEquals("a reminder is a time and a topic, such as \"21:00 skin_and_sleep\", but was \"21:00\"",
                assertThrows(InvalidEntryException.class, () -> Settings.DEFAULTS.with(Settings.REMINDERS, "21:00"))
                        .getMessage());
        String thirteen = String.join(", ", IntStream.range(0, 13)
                .mapToObj(hour -> hour + ":00 stress").toList());
        assertEquals("At most 12 reminders a day, got 13", assertThrows(InvalidEntryException.class,
                () -> Settings.DEFAULTS.with(Settings.REMINDERS, thirteen)).getMessage());
    }

    @Test
    void alcoholIsStoredInUkUnitsWhateverItIsCountedIn() {
        assertEquals(1.75, AlcoholUnit.US_DRINKS.toUkUnits(1), 1e-12);
        assertEquals(1, AlcoholUnit.US_DRINKS.fromUkUnits(1.75), 1e-12);
        assertEquals(16, AlcoholUnit.GRAMS.fromUkUnits(2), 1e-12);
        assertEquals(2.1, AlcoholUnit.UK_UNITS.toUkUnits(2.1), 1e-12);
    }

    @Test
    void aReminderIsNotNeededForWhatIsLoggedAlready() {
        LocalDate day = LocalDate.of(2026, 6, 15);
        DayEntry breakfastOnly = new DayEntry(day, List.of(new Meal(LocalTime.of(8, 0), MealKind.BREAKFAST,
                "oats", List.of())), Optional.empty(), List.of(), Optional.empty(), Map.of(), Optional.empty());
        assertTrue(ReminderTopic.MEALS.isDone(breakfastOnly, LocalTime.MIDNIGHT), "the first meal nudge of the day");
        assertFalse(ReminderTopic.MEALS.isDone(breakfastOnly, LocalTime.of(9, 0)),
                "nothing eaten logged since the 09:00 nudge");
        assertFalse(ReminderTopic.SKIN_AND_SLEEP.isDone(breakfastOnly, LocalTime.MIDNIGHT));
        DayEntry evening = new DayEntry(day, List.of(), Optional.of(new Sleep(LocalTime.of(23, 0),
                LocalTime.of(7, 0), 4)), List.of(), Optional.of(new SkinCheck(3, Map.of(), null, null)), Map.of(),
                Optional.empty());
        assertTrue(ReminderTopic.SKIN_AND_SLEEP.isDone(evening, LocalTime.MIDNIGHT));
        assertTrue(ReminderTopic.SLEEP.isDone(evening, LocalTime.MIDNIGHT));
        assertFalse(ReminderTopic.STRESS.isDone(evening, LocalTime.MIDNIGHT));
    }
}
