package org.gutskin.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.analysis.Insights;
import org.gutskin.analysis.SkinTrend;
import org.gutskin.food.FoodLibrary;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Limits;

/** The analysis of the whole journal: insights, and what the Trends chart is drawn from. */
public final class AnalysisService {
    private final DayService days;
    private final FoodLibrary foods;
    private final Clock clock;

    public AnalysisService(DayService days, FoodLibrary foods, Clock clock) {
        this.days = days;
        this.foods = foods;
        this.clock = clock;
    }

    /** The skin trend, pattern flags and associations over the days from {@code from} to {@code to} (null: all). */
    public Insights insights(LocalDate from, LocalDate to) {
        // a day logged far ahead (by an older version, or a clock gone wrong) never stretches the analysis
        return Insights.of(days.all().headMap(Limits.latestDay(LocalDate.now(clock)), true), foods.knowledge(),
                clock, from, to);
    }

    /** Every logged day, and the flare days among them: what Trends draws its ranges from. */
    public record Journal(NavigableMap<LocalDate, DayEntry> days, List<LocalDate> flares) {
    }

    public Journal journal() {
        NavigableMap<LocalDate, DayEntry> all = days.all().headMap(Limits.latestDay(LocalDate.now(clock)), true);
        List<LocalDate> flares = all.isEmpty() ? List.of()
                : SkinTrend.flareDays(FeatureTable.build(all, foods.knowledge(), clock.getZone(), null, null));
        return new Journal(all, flares);
    }

    /** The daily features of {@code days} from {@code from} to {@code to}. */
    public FeatureTable features(NavigableMap<LocalDate, DayEntry> days, LocalDate from, LocalDate to) {
        return FeatureTable.build(days, foods.knowledge(), clock.getZone(), from, to);
    }
}
