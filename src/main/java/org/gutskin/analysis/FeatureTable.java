package org.gutskin.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;

/**
 * Daily features for every calendar day of a range, as arrays indexed by day, with {@code NaN}
 * for "not logged" (never zero). Built once; the trend, flag and association code read it.
 */
public final class FeatureTable {
    /** Nights needed in a 7-day window before sleep regularity is given. */
    static final int MIN_NIGHTS_FOR_REGULARITY = 4;
    /** Consecutive-night pairs needed in the window for the Sleep Regularity Index. */
    static final int MIN_PAIRS_FOR_SRI = 5;

    private final LocalDate first;
    private final int days;
    final boolean[] foodLogged;
    final double[] prebiotic;
    final double[] fermented;
    final double[] ultraProcessed;
    final double[] processed;
    final double[] addedSugar;
    final double[] alcoholUnits;
    final double[] plants;
    final double[] plants7d;
    final double[] probiotic;
    final double[] antibiotic;
    final double[] daysSinceAntibiotic;
    final double[] sleepHours;
    final double[] sleepMidpoint;
    final double[] sleepRegularity;
    final double[] sleepRegularityIndex;
    final double[] stressMean;
    final double[] stressMax;
    final double[] skin;
    final Map<Symptom, double[]> symptoms = new EnumMap<>(Symptom.class);

    private FeatureTable(LocalDate first, int days) {
        this.first = first;
        this.days = days;
        foodLogged = new boolean[days];
        prebiotic = missing(days);
        fermented = missing(days);
        ultraProcessed = missing(days);
        processed = missing(days);
        addedSugar = missing(days);
        alcoholUnits = missing(days);
        plants = missing(days);
        plants7d = missing(days);
        probiotic = missing(days);
        antibiotic = missing(days);
        daysSinceAntibiotic = missing(days);
        sleepHours = missing(days);
        sleepMidpoint = missing(days);
        sleepRegularity = missing(days);
        sleepRegularityIndex = missing(days);
        stressMean = missing(days);
        stressMax = missing(days);
        skin = missing(days);
        for (Symptom symptom : Symptom.values()) {
            symptoms.put(symptom, missing(days));
        }
    }

    private static double[] missing(int days) {
        double[] values = new double[days];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /**
     * Features for every day from {@code from} to {@code to}; a null bound means the journal's first
     * or last day. Nights are measured as they passed in {@code zone}, the zone the days are dated in.
     */
    public static FeatureTable build(NavigableMap<LocalDate, DayEntry> journal, FoodKnowledge knowledge, ZoneId zone,
                                     LocalDate from, LocalDate to) {
        if (journal.isEmpty() && (from == null || to == null)) {
            return new FeatureTable(from != null ? from : to != null ? to : LocalDate.EPOCH, 0); // no days
        }
        LocalDate start = from != null ? from : journal.firstKey();
        LocalDate end = to != null ? to : journal.lastKey();
        if (end.isBefore(start)) {
            return new FeatureTable(start, 0);
        }
        FeatureTable table = new FeatureTable(start, (int) ChronoUnit.DAYS.between(start, end) + 1);
        List<FoodDay> foodDays = new ArrayList<>(table.days);
        double[][] sleepIntervals = new double[table.days][];
        LocalDate lastAntibiotic = lastAntibioticBefore(journal, start);
        for (int i = 0; i < table.days; i++) {
            LocalDate date = start.plusDays(i);
            DayEntry day = journal.get(date);
            FoodDay food = day == null || day.meals().isEmpty() ? null : FoodDay.of(day.meals(), knowledge);
            foodDays.add(food);
            if (day == null) {
                table.fillAntibioticGap(i, date, lastAntibiotic);
                continue;
            }
            table.fillFood(i, food);
            table.fillHabits(i, day, food);
            Double onAntibiotic = day.habits().get(Habit.ANTIBIOTIC);
            if (onAntibiotic != null && onAntibiotic == 1) {
                lastAntibiotic = date;
            }
            table.fillAntibioticGap(i, date, lastAntibiotic);
            day.sleep().ifPresent(sleep -> sleepIntervals[table.index(date)] = table.fillSleep(table.index(date),
                    sleep, sleep.duration(date, zone)));
            table.fillStress(i, day.stress());
            day.skin().ifPresent(check -> {
                table.skin[table.index(date)] = check.overall();
                check.symptoms().forEach((symptom, value) -> table.symptoms.get(symptom)[table.index(date)] = value);
            });
        }
        table.fillRolling(foodDays, sleepIntervals);
        return table;
    }

    private static LocalDate lastAntibioticBefore(NavigableMap<LocalDate, DayEntry> journal, LocalDate start) {
        for (DayEntry day : journal.headMap(start, false).descendingMap().values()) {
            Double value = day.habits().get(Habit.ANTIBIOTIC);
            if (value != null && value == 1) {
                return day.date();
            }
        }
        return null;
    }

    private int index(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(first, date);
    }

    private void fillAntibioticGap(int i, LocalDate date, LocalDate lastAntibiotic) {
        if (lastAntibiotic != null) {
            daysSinceAntibiotic[i] = ChronoUnit.DAYS.between(lastAntibiotic, date);
        }
    }

    private void fillFood(int i, FoodDay food) {
        if (food == null) {
            return;
        }
        foodLogged[i] = true;
        prebiotic[i] = food.prebiotic();
        fermented[i] = food.fermented();
        ultraProcessed[i] = food.ultraProcessed();
        processed[i] = food.processed();
        addedSugar[i] = food.addedSugar();
        plants[i] = food.plantPoints();
    }

    /** Alcohol: the units the user logged if any, else what the drinks in the meals add up to. */
    private void fillHabits(int i, DayEntry day, FoodDay food) {
        Double units = day.habits().get(Habit.ALCOHOL_UNITS);
        if (units != null) {
            alcoholUnits[i] = units;
        } else if (food != null) {
            alcoholUnits[i] = food.alcoholUnits();
        }
        Double probioticTaken = day.habits().get(Habit.PROBIOTIC);
        if (probioticTaken != null) {
            probiotic[i] = probioticTaken;
        }
        Double onAntibiotic = day.habits().get(Habit.ANTIBIOTIC);
        if (onAntibiotic != null) {
            antibiotic[i] = onAntibiotic;
        }
    }

    /**
     * Stores the night's hours (as they passed) and midpoint (on the clock's face); returns the
     * sleep interval in clock hours from the wake day's midnight.
     */
    private double[] fillSleep(int i, Sleep sleep, Duration passed) {
        double bed = sleep.bedTime().toSecondOfDay() / 3600.0;
        double wake = sleep.wakeTime().toSecondOfDay() / 3600.0;
        if (sleep.crossesMidnight()) {
            bed -= 24;
        }
        sleepHours[i] = passed.toMinutes() / 60.0;
        sleepMidpoint[i] = (bed + wake) / 2;
        return new double[] {bed, wake};
    }

    private void fillStress(int i, List<StressCheckIn> checkIns) {
        if (checkIns.isEmpty()) {
            return;
        }
        double sum = 0;
        double max = 0;
        for (StressCheckIn checkIn : checkIns) {
            sum += checkIn.level();
            max = Math.max(max, checkIn.level());
        }
        stressMean[i] = sum / checkIns.size();
        stressMax[i] = max;
    }

    /** Seven-day plants, sleep regularity (SD of the midpoint) and the Sleep Regularity Index. */
    private void fillRolling(List<FoodDay> foodDays, double[][] sleepIntervals) {
        // Plants as numbers, so that each day's 7-day count is a few array reads rather than map merges.
        Map<String, Integer> plantIds = new HashMap<>();
        int[][] dayPlants = new int[days][];
        double[][] dayWeights = new double[days][];
        for (int i = 0; i < days; i++) {
            FoodDay food = foodDays.get(i);
            if (food == null) {
                continue;
            }
            dayPlants[i] = new int[food.plants().size()];
            dayWeights[i] = new double[food.plants().size()];
            int k = 0;
            for (Map.Entry<String, Double> plant : food.plants().entrySet()) {
                dayPlants[i][k] = plantIds.computeIfAbsent(plant.getKey(), key -> plantIds.size());
                dayWeights[i][k++] = plant.getValue();
            }
        }
        double[] best = new double[plantIds.size()];
        int[] touched = new int[plantIds.size()];
        for (int i = 0; i < days; i++) {
            int touchedCount = 0;
            boolean anyFood = false;
            double points = 0;
            for (int j = Math.max(0, i - 6); j <= i; j++) {
                if (dayPlants[j] == null) {
                    continue;
                }
                anyFood = true;
                for (int k = 0; k < dayPlants[j].length; k++) {
                    int id = dayPlants[j][k];
                    if (best[id] == 0) {
                        touched[touchedCount++] = id;
                    }
                    if (dayWeights[j][k] > best[id]) {
                        points += dayWeights[j][k] - best[id];
                        best[id] = dayWeights[j][k];
                    }
                }
            }
            for (int t = 0; t < touchedCount; t++) {
                best[touched[t]] = 0;
            }
            if (anyFood) {
                plants7d[i] = points;
            }
            sleepRegularity[i] = windowDeviation(sleepMidpoint, i);
            sleepRegularityIndex[i] = regularityIndex(sleepIntervals, i);
        }
    }

    /** Standard deviation of the midpoints of the 7 nights ending on day {@code i}, given 4 or more. */
    private static double windowDeviation(double[] midpoints, int i) {
        double sum = 0;
        double sumSquares = 0;
        int nights = 0;
        for (int j = Math.max(0, i - 6); j <= i; j++) {
            if (!Double.isNaN(midpoints[j])) {
                sum += midpoints[j];
                sumSquares += midpoints[j] * midpoints[j];
                nights++;
            }
        }
        if (nights < MIN_NIGHTS_FOR_REGULARITY) {
            return Double.NaN;
        }
        double variance = (sumSquares - sum * sum / nights) / (nights - 1);
        return Math.sqrt(Math.max(0, variance));
    }

    /**
     * Sleep Regularity Index over the 7 nights ending on day {@code i}: for each pair of
     * consecutive nights, the share of the 24 hours in which the state (asleep or awake) was the
     * same on both days, averaged and scaled so that 100 is perfectly regular and 0 is random.
     */
    private static double regularityIndex(double[][] intervals, int i) {
        double agreement = 0;
        int pairs = 0;
        for (int j = Math.max(1, i - 6); j <= i; j++) {
            double[] today = intervals[j];
            double[] yesterday = intervals[j - 1];
            if (today != null && yesterday != null) {
                double overlap = Math.max(0, Math.min(today[1], yesterday[1]) - Math.max(today[0], yesterday[0]));
                double different = (today[1] - today[0]) + (yesterday[1] - yesterday[0]) - 2 * overlap;
                agreement += 1 - different / 24;
                pairs++;
            }
        }
        return pairs < MIN_PAIRS_FOR_SRI ? Double.NaN : 200 * (agreement / pairs) - 100;
    }

    public LocalDate first() {
        return first;
    }

    public int days() {
        return days;
    }

    public LocalDate date(int index) {
        return first.plusDays(index);
    }

    /** Skin overall severity by day. */
    public double[] skin() {
        return skin;
    }

    /** The daily exposure series of a factor: 1/0 for present/absent ones, amounts for the others. */
    public double[] exposure(Factor factor) {
        return switch (factor) {
            case PREBIOTIC -> presence(prebiotic);
            case FERMENTED -> presence(fermented);
            case ULTRA_PROCESSED -> presence(ultraProcessed);
            case PROCESSED -> presence(processed);
            case ADDED_SUGAR -> presence(addedSugar);
            case ALCOHOL -> presence(alcoholUnits);
            case PLANTS -> plants;
            case PROBIOTIC -> probiotic;
            case SLEEP_HOURS -> sleepHours;
            case SLEEP_REGULARITY -> sleepRegularity;
            case STRESS -> stressMean;
        };
    }

    private static double[] presence(double[] amounts) {
        double[] present = new double[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            present[i] = Double.isNaN(amounts[i]) ? Double.NaN : amounts[i] > 0 ? 1 : 0;
        }
        return present;
    }

    /** One day's features, for reports. */
    public DailyFeatures day(int i) {
        Map<Symptom, Double> symptomValues = new EnumMap<>(Symptom.class);
        symptoms.forEach((symptom, values) -> symptomValues.put(symptom, values[i]));
        return new DailyFeatures(date(i), foodLogged[i], prebiotic[i], fermented[i], ultraProcessed[i], processed[i],
                addedSugar[i], alcoholUnits[i], plants[i], plants7d[i], probiotic[i], antibiotic[i],
                daysSinceAntibiotic[i], sleepHours[i], sleepMidpoint[i], sleepRegularity[i], sleepRegularityIndex[i],
                stressMean[i], stressMax[i], skin[i], symptomValues);
    }
}
