package org.gutskin.analysis;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.MealTagger;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;

/**
 * Seeded synthetic journals with known truth: skin is a baseline plus day-to-day correlated noise
 * (AR(1), standard deviation about 1) plus whatever effect a test plants.
 */
final class PlantedJournals {
    static final FoodKnowledge KNOWLEDGE = FoodKnowledge.shipped();
    private static final MealTagger TAGGER = new MealTagger(KNOWLEDGE);
    static final LocalDate START = LocalDate.of(2025, 1, 1);

    private PlantedJournals() {
    }

    /**
     * @param upfEffect   skin points added two days after an ultra-processed day
     * @param alcoholOnUpf when true, alcohol is drunk only on (most) ultra-processed days
     */
    static NavigableMap<LocalDate, DayEntry> journal(long seed, int days, double upfEffect, boolean alcoholOnUpf) {
        Random random = new Random(seed);
        boolean[] upf = new boolean[days];
        for (int d = 0; d < days; d++) {
            upf[d] = random.nextDouble() < 0.35;
        }
        NavigableMap<LocalDate, DayEntry> journal = new TreeMap<>();
        double noise = 0;
        double phi = 0.5;
        double innovation = Math.sqrt(1 - phi * phi);
        for (int d = 0; d < days; d++) {
            noise = phi * noise + innovation * random.nextGaussian();
            double severity = 4 + noise + (d >= 2 && upf[d - 2] ? upfEffect : 0);
            int skin = (int) Math.max(0, Math.min(10, Math.round(severity)));
            List<Meal> meals = new ArrayList<>();
            meals.add(meal(LocalTime.of(8, 0), random.nextDouble() < 0.4 ? "kefir with oats" : "porridge with banana"));
            meals.add(meal(LocalTime.of(13, 0), random.nextDouble() < 0.5 ? "lentil soup" : "chicken salad"));
            meals.add(meal(LocalTime.of(19, 30), upf[d] ? "frozen pizza" : "salmon with brown rice"));
            boolean drinks = alcoholOnUpf ? upf[d] && random.nextDouble() < 0.8 : random.nextDouble() < 0.25;
            Map<String, Double> habits = Map.of(Habit.ALCOHOL_UNITS, drinks ? 2.1 : 0.0,
                    Habit.PROBIOTIC, random.nextDouble() < 0.5 ? 1.0 : 0.0);
            LocalTime bed = LocalTime.of(22, 30).plusMinutes(random.nextInt(120));
            LocalTime wake = LocalTime.of(6, 30).plusMinutes(random.nextInt(90));
            journal.put(START.plusDays(d), new DayEntry(START.plusDays(d), meals,
                    Optional.of(new Sleep(bed, wake, 1 + random.nextInt(5))),
                    List.of(new StressCheckIn(LocalTime.NOON, random.nextInt(11), null)),
                    Optional.of(SampleDays.skin(skin)), habits, Optional.empty()));
        }
        return journal;
    }

    static Meal meal(LocalTime time, String description) {
        return new Meal(time, MealKind.guessFrom(time), description, TAGGER.tag(description).foodItems());
    }
}
