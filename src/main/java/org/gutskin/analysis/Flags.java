package org.gutskin.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.text.Messages;

/**
 * Rules over recent windows ending on the last day of the table. Every number a rule uses is
 * stated here and in docs/analysis.md. The sentences describe patterns; they give no advice about
 * health.
 */
public final class Flags {
    public static final int RECENT_DAYS = 14;
    public static final int USUAL_DAYS = 56;
    /** Ultra-processed food on at least this share of recent logged days… */
    public static final double UPF_SHARE = 0.5;
    /** …and this many percentage points above the person's usual share. */
    public static final double UPF_ABOVE_USUAL = 0.2;
    public static final int NO_FERMENTED_DAYS = 10;
    /** Fewest logged food days in a window before a food rule speaks. */
    public static final int MIN_FOOD_DAYS = 5;
    public static final double PLANTS_TARGET = 30;
    public static final int PREBIOTIC_MIN_DAYS = 3;
    public static final double ALCOHOL_ABOVE_USUAL = 1.5;
    public static final double SHORT_SLEEP_HOURS = 7;
    public static final int MIN_NIGHTS = 4;
    public static final double IRREGULAR_MIDPOINT_HOURS = 1;
    public static final double HIGH_STRESS = 7;
    public static final double STRESS_ABOVE_USUAL = 2;
    public static final int ANTIBIOTIC_RECENT_DAYS = 30;
    public static final double PROBIOTIC_ADHERENCE = 0.7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final FeatureTable table;
    private final int end;
    /** Whether the analysed days end today: "ago" is then true; else what is said is told from the last day. */
    private final boolean endsToday;

    public Flags(FeatureTable table, LocalDate today) {
        this.table = table;
        this.end = table.days() - 1;
        this.endsToday = table.days() == 0 || !table.date(end).isBefore(today);
    }

    public List<Flag> run() {
        List<Flag> flags = new ArrayList<>();
        if (table.days() == 0) {
            return flags;
        }
        ultraProcessed(flags);
        noFermented(flags);
        plantsThisWeek(flags);
        fewPrebiotic(flags);
        alcohol(flags);
        sleep(flags);
        stress(flags);
        antibiotic(flags);
        probiotic(flags);
        return flags;
    }

    private void add(List<Flag> flags, String id, String message, int windowDays, Map<String, Double> values) {
        int start = Math.max(0, end - windowDays + 1);
        SkinTrend trend = SkinTrend.over(table.skin(), end, windowDays);
        Map<String, Double> withSkin = new LinkedHashMap<>(values);
        double skinMean = Stats.mean(Arrays.copyOfRange(table.skin(), start, end + 1));
        if (!Double.isNaN(skinMean)) {
            withSkin.put("skin_mean", skinMean);
        }
        flags.add(new Flag(id, message, table.date(start), table.date(end), withSkin, trend));
    }

    /** Days in the window (ending today) where {@code series} is logged, and where it is above zero. */
    private int[] presence(double[] series, int windowDays, int endDay) {
        int logged = 0;
        int present = 0;
        for (int i = Math.max(0, endDay - windowDays + 1); i <= endDay; i++) {
            if (!Double.isNaN(series[i])) {
                logged++;
                if (series[i] > 0) {
                    present++;
                }
            }
        }
        return new int[] {logged, present};
    }

    private void ultraProcessed(List<Flag> flags) {
        int[] recent = presence(table.ultraProcessed, RECENT_DAYS, end);
        int[] usual = presence(table.ultraProcessed, USUAL_DAYS, end - RECENT_DAYS);
        if (recent[0] < MIN_FOOD_DAYS) {
            return;
        }
        double share = (double) recent[1] / recent[0];
        boolean hasUsual = usual[0] >= MIN_FOOD_DAYS;
        double usualShare = hasUsual ? (double) usual[1] / usual[0] : Double.NaN;
        if (share >= UPF_SHARE && (!hasUsual || share >= usualShare + UPF_ABOVE_USUAL)) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("days_with", (double) recent[1]);
            values.put("days_logged", (double) recent[0]);
            values.put("share", share);
            if (hasUsual) {
                values.put("usual_share", usualShare);
            }
            add(flags, "ultra_processed_often", hasUsual
                    ? Messages.text("flag.ultraProcessedOftenUsual", recent[1], recent[0], Math.round(usualShare * 100))
                    : Messages.text("flag.ultraProcessedOften", recent[1], recent[0]), RECENT_DAYS, values);
        }
    }

    private void noFermented(List<Flag> flags) {
        int[] recent = presence(table.fermented, NO_FERMENTED_DAYS, end);
        if (recent[0] >= MIN_FOOD_DAYS && recent[1] == 0) {
            add(flags, "no_fermented", Messages.text("flag.noFermented", NO_FERMENTED_DAYS, recent[0]),
                    NO_FERMENTED_DAYS, Map.of("days", (double) NO_FERMENTED_DAYS, "days_logged", (double) recent[0]));
        }
    }

    private void plantsThisWeek(List<Flag> flags) {
        double plants = table.plants7d[end];
        int[] logged = presence(table.plants, 7, end);
        if (Double.isNaN(plants) || logged[0] < 3) {
            return;
        }
        String message = Messages.text(plants >= PLANTS_TARGET ? "flag.plantsAtTarget" : "flag.plantsOf30",
                PlantCount.shown(plants));
        add(flags, "plants_week", message, 7, Map.of("plants", plants, "target", PLANTS_TARGET,
                "days_logged", (double) logged[0]));
    }

    private void fewPrebiotic(List<Flag> flags) {
        int[] recent = presence(table.prebiotic, 7, end);
        if (recent[0] >= MIN_FOOD_DAYS && recent[1] < PREBIOTIC_MIN_DAYS) {
            add(flags, "few_prebiotic", Messages.text("flag.fewPrebiotic", recent[1], recent[0]), 7,
                    Map.of("days_with", (double) recent[1], "days_logged", (double) recent[0]));
        }
    }

    private void alcohol(List<Flag> flags) {
        double recent = sum(table.alcoholUnits, 7, end);
        int recentLogged = presence(table.alcoholUnits, 7, end)[0];
        int usualLogged = presence(table.alcoholUnits, USUAL_DAYS, end - 7)[0];
        if (recentLogged < MIN_FOOD_DAYS || usualLogged < 14) {
            return;
        }
        double usualWeekly = sum(table.alcoholUnits, USUAL_DAYS, end - 7) / usualLogged * 7;
        double recentWeekly = recent / recentLogged * 7;
        if (recentWeekly > usualWeekly * ALCOHOL_ABOVE_USUAL && recentWeekly - usualWeekly >= 2) {
            add(flags, "alcohol_above_usual", String.format("About %s units of alcohol in the last 7 days, above"
                    + " your usual %s a week.", Wording.number(recentWeekly), Wording.number(usualWeekly)), 7,
                    Map.of("units_week", recentWeekly, "usual_units_week", usualWeekly));
        }
    }

    private void sleep(List<Flag> flags) {
        double[] lastWeek = Arrays.copyOfRange(table.sleepHours, Math.max(0, end - 6), end + 1);
        if (Stats.count(lastWeek) >= MIN_NIGHTS && Stats.mean(lastWeek) < SHORT_SLEEP_HOURS) {
            add(flags, "sleep_short", String.format("You slept %s hours a night on average over the last 7 nights"
                    + " logged.", Wording.number(Stats.mean(lastWeek))), 7,
                    Map.of("hours_mean", Stats.mean(lastWeek), "nights", (double) Stats.count(lastWeek)));
        }
        double[] midpoints = Arrays.copyOfRange(table.sleepMidpoint, Math.max(0, end - RECENT_DAYS + 1), end + 1);
        double spread = Stats.standardDeviation(midpoints);
        if (Stats.count(midpoints) >= 7 && spread > IRREGULAR_MIDPOINT_HOURS) {
            add(flags, "sleep_irregular", Messages.text("flag.sleepIrregular", Wording.number(spread), RECENT_DAYS),
                    RECENT_DAYS, Map.of("midpoint_sd_hours", spread,
                    "nights", (double) Stats.count(midpoints)));
        }
    }

    private void stress(List<Flag> flags) {
        double[] lastWeek = Arrays.copyOfRange(table.stressMean, Math.max(0, end - 6), end + 1);
        if (Stats.count(lastWeek) < 3) {
            return;
        }
        double recent = Stats.mean(lastWeek);
        double usual = Stats.mean(Arrays.copyOfRange(table.stressMean, Math.max(0, end - USUAL_DAYS - 6),
                Math.max(0, end - 6)));
        if (recent >= HIGH_STRESS || !Double.isNaN(usual) && recent >= usual + STRESS_ABOVE_USUAL) {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("stress_mean", recent);
            if (!Double.isNaN(usual)) {
                values.put("usual_stress_mean", usual);
            }
            add(flags, "stress_high", String.format("Stress averaged %s of 10 over the last 7 days%s.",
                    Wording.number(recent), Double.isNaN(usual) ? "" : " (usually " + Wording.number(usual) + ")"),
                    7, values);
        }
    }

    private void antibiotic(List<Flag> flags) {
        double since = table.daysSinceAntibiotic[end];
        boolean onCourse = table.antibiotic[end] == 1;
        if (!Double.isNaN(since) && since > 0 && since <= ANTIBIOTIC_RECENT_DAYS && !onCourse) {
            add(flags, "antibiotic_recent", endsToday ? Messages.text("flag.antibioticRecent", Math.round(since))
                            : Messages.text("flag.antibioticRecentBefore", Math.round(since), table.date(end).format(DAY)),
                    (int) since + 1, Map.of("days_since", since));
        }
    }

    private void probiotic(List<Flag> flags) {
        int[] recent = presence(table.probiotic, RECENT_DAYS, end);
        if (recent[0] >= 7 && recent[1] > 0 && (double) recent[1] / recent[0] < PROBIOTIC_ADHERENCE) {
            add(flags, "probiotic_adherence", Messages.text("flag.probiotic", recent[1], recent[0], RECENT_DAYS),
                    RECENT_DAYS,
                    Map.of("days_taken", (double) recent[1], "days_logged", (double) recent[0]));
        }
    }

    private static double sum(double[] series, int windowDays, int endDay) {
        double sum = 0;
        for (int i = Math.max(0, endDay - windowDays + 1); i <= endDay && i >= 0; i++) {
            if (!Double.isNaN(series[i])) {
                sum += series[i];
            }
        }
        return sum;
    }
}
