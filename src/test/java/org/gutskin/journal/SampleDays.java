package org.gutskin.journal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Days for tests: one with every kind of entry, and a builder for days with just what a test needs. */
public final class SampleDays {
    private SampleDays() {
    }

    /** A day with nothing logged yet, to add entries to. */
    public static Builder on(LocalDate date) {
        return new Builder(DayEntry.empty(date));
    }

    /** A copy of {@code day} to change. */
    public static Builder from(DayEntry day) {
        return new Builder(day);
    }

    /** A skin check with only the overall score. */
    public static SkinCheck skin(int overall) {
        return new SkinCheck(overall, Map.of(), null, null);
    }

    /** Builds a day from another, one kind of entry at a time. */
    public static final class Builder {
        private DayEntry day;

        private Builder(DayEntry day) {
            this.day = day;
        }

        public Builder withMeals(List<Meal> meals) {
            day = new DayEntry(day.date(), meals, day.sleep(), day.stress(), day.skin(), day.habits(), day.note());
            return this;
        }

        public Builder withSleep(Optional<Sleep> sleep) {
            day = new DayEntry(day.date(), day.meals(), sleep, day.stress(), day.skin(), day.habits(), day.note());
            return this;
        }

        public Builder withStress(List<StressCheckIn> stress) {
            day = new DayEntry(day.date(), day.meals(), day.sleep(), stress, day.skin(), day.habits(), day.note());
            return this;
        }

        public Builder withSkin(Optional<SkinCheck> skin) {
            day = new DayEntry(day.date(), day.meals(), day.sleep(), day.stress(), skin, day.habits(), day.note());
            return this;
        }

        public Builder withHabits(Map<String, Double> habits) {
            day = new DayEntry(day.date(), day.meals(), day.sleep(), day.stress(), day.skin(), habits, day.note());
            return this;
        }

        public Builder withNote(Optional<String> note) {
            day = new DayEntry(day.date(), day.meals(), day.sleep(), day.stress(), day.skin(), day.habits(), note);
            return this;
        }

        public DayEntry build() {
            return day;
        }
    }

    public static DayEntry fullDay(LocalDate date) {
        return new DayEntry(date,
                List.of(
                        new Meal(LocalTime.of(7, 45), MealKind.BREAKFAST, "greek yogurt with banana and oats",
                                List.of(new FoodItem("greek yogurt", "greek yogurt", 1, "serving"),
                                        new FoodItem("banana", "banana", 1, "serving"),
                                        new FoodItem("oats", "oats", 40, "g"))),
                        new Meal(LocalTime.of(19, 30), MealKind.DINNER, "kimchi fried rice; 2 glasses of red wine",
                                List.of(new FoodItem("kimchi fried rice", "kimchi fried rice", 1, "serving"),
                                        new FoodItem("2 glasses of red wine", "red wine", 2, "glass"))),
                        new Meal(LocalTime.of(22, 5), MealKind.SNACK, "something odd \"quoted\", ümlaut 🍎", List.of())),
                Optional.of(new Sleep(LocalTime.of(23, 40), LocalTime.of(7, 10), 4)),
                List.of(new StressCheckIn(LocalTime.of(9, 0), 3, null),
                        new StressCheckIn(LocalTime.of(17, 30), 7, "deadline; =SUM(A1)")),
                Optional.of(new SkinCheck(4, Map.of(Symptom.ACNE, 2, Symptom.REDNESS, 0, Symptom.ITCH, 3),
                        "chin, cheeks", "worse after the weekend")),
                Map.of(Habit.PROBIOTIC, 1.0, Habit.ANTIBIOTIC, 0.0, Habit.ALCOHOL_UNITS, 3.2),
                Optional.of("Line one\nline two — مرحبا"));
    }
}
