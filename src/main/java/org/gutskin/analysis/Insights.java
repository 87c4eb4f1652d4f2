package org.gutskin.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;

/**
 * Everything the analysis says about a range of the journal.
 *
 * @param trend        the headline trend: the last 30 days when they hold enough skin checks, else the last 14
 * @param trend14      the last 14 days
 * @param trend30      the last 30 days
 */
public record Insights(LocalDate from, LocalDate to, int daysLogged, SkinTrend trend, SkinTrend trend14,
                       SkinTrend trend30, List<LocalDate> flareDays, List<Flag> flags,
                       Associations.Result associations, FeatureTable features) {
    /** Seed of the permutations, fixed so that the same journal always gives the same answer. */
    public static final long SEED = 20_251_127L;

    /**
     * Analyses the journal from {@code from} to {@code to}; a null bound means the journal's first
     * or last day. {@code clock} says today and the zone the days are dated in.
     */
    public static Insights of(NavigableMap<LocalDate, DayEntry> journal, FoodKnowledge knowledge, Clock clock,
                              LocalDate from, LocalDate to) {
        FeatureTable table = FeatureTable.build(journal, knowledge, clock.getZone(), from, to);
        int last = table.days() - 1;
        SkinTrend trend14 = SkinTrend.over(table.skin(), last, 14);
        SkinTrend trend30 = SkinTrend.over(table.skin(), last, 30);
        SkinTrend headline = trend30.direction() != null ? trend30 : trend14;
        int logged = 0;
        for (int i = 0; i < table.days(); i++) {
            DayEntry day = journal.get(table.date(i));
            if (day != null && !day.isEmpty()) {
                logged++;
            }
        }
        return new Insights(table.days() == 0 ? from : table.first(), table.days() == 0 ? to : table.date(last),
                logged, headline, trend14, trend30, SkinTrend.flareDays(table), new Flags(table, LocalDate.now(clock)).run(),
                new Associations(table, SEED).run(), table);
    }
}
