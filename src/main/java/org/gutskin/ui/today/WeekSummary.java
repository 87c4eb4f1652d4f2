package org.gutskin.ui.today;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NavigableMap;
import org.gutskin.analysis.DailyFeatures;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.analysis.Stats;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;

/**
 * The week ending on a day, as the Today card shows it: plants of 30, days with fermented and
 * with ultra-processed food, average sleep and its regularity, average stress, and where the skin
 * went compared with the week before. {@code NaN} where nothing was logged.
 *
 * @param skinChange this week's mean skin minus last week's; NaN unless both have checks
 */
record WeekSummary(double plants, int fermentedDays, int ultraProcessedDays, int foodDays, double sleepHours,
                   double sleepRegularity, double stress, double skinChange) {
    /** A change smaller than this, in points either way, is "about the same". */
    static final double SAME_WITHIN = 0.5;

    static WeekSummary of(NavigableMap<LocalDate, DayEntry> days, FoodKnowledge knowledge, ZoneId zone,
                          LocalDate end) {
        FeatureTable table = FeatureTable.build(days, knowledge, zone, end.minusDays(13), end);
        int fermented = 0;
        int ultra = 0;
        int food = 0;
        double[] sleep = new double[7];
        double[] stress = new double[7];
        double[] skinThis = new double[7];
        double[] skinLast = new double[7];
        for (int i = 0; i < 7; i++) {
            DailyFeatures day = table.day(7 + i);
            if (day.foodLogged()) {
                food++;
                fermented += day.fermented() > 0 ? 1 : 0;
                ultra += day.ultraProcessed() > 0 ? 1 : 0;
            }
            sleep[i] = day.sleepHours();
            stress[i] = day.stressMean();
            skinThis[i] = day.skin();
            skinLast[i] = table.day(i).skin();
        }
        DailyFeatures last = table.day(13);
        return new WeekSummary(last.plants7d(), fermented, ultra, food, Stats.mean(sleep),
                last.sleepRegularity(), Stats.mean(stress),
                Stats.mean(skinThis) - Stats.mean(skinLast));
    }

    /**
     * ↘ better, → about the same, ↗ worse (lower is better); nothing when it cannot be said — the
     * card's skin line says why, and a lone mark beside the title read as a stray dot.
     */
    String skinArrow() {
        if (Double.isNaN(skinChange)) {
            return "";
        }
        return skinChange <= -SAME_WITHIN ? "↘" : skinChange >= SAME_WITHIN ? "↗" : "→";
    }
}
