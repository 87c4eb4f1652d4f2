package org.gutskin.ui.history;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gutskin.analysis.FoodDay;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.SkinCheck;

/**
 * What the calendar shows for a day: whether anything was logged, the skin severity, and markers
 * for fermented, prebiotic and ultra-processed food. Plain Java, tested without a toolkit.
 *
 * @param skin          {@code null} when no skin check was logged
 * @param notRemembered not logged, and marked as not remembered when catching up
 */
record DayMarks(LocalDate date, boolean logged, Integer skin, boolean fermented, boolean prebiotic,
                boolean ultraProcessed, boolean notRemembered) {

    /** Skin severity bands, lower is better: the calendar colours one per band. */
    enum Band { CLEAR, MILD, MODERATE, MARKED, SEVERE }

    static DayMarks of(DayEntry day, FoodKnowledge knowledge) {
        FoodDay food = FoodDay.of(day.meals(), knowledge);
        return new DayMarks(day.date(), !day.isEmpty(), day.skin().map(SkinCheck::overall).orElse(null),
                food.fermented() > 0, food.prebiotic() > 0, food.ultraProcessed() > 0, false);
    }

    static DayMarks unlogged(LocalDate date, boolean notRemembered) {
        return new DayMarks(date, false, null, false, false, false, notRemembered);
    }

    /** 0–1 clear, 2–3 mild, 4–5 moderate, 6–7 marked, 8–10 severe; {@code null} without a skin check. */
    Band band() {
        if (skin == null) {
            return null;
        }
        return Band.values()[Math.min(skin / 2, 4)];
    }

    /** Marks for every day of the month holding {@code anyDay}; unlogged days included. */
    static Map<LocalDate, DayMarks> month(LocalDate anyDay, Map<LocalDate, DayEntry> days, Set<LocalDate> notRemembered,
                                          FoodKnowledge knowledge) {
        Map<LocalDate, DayMarks> marks = new TreeMap<>();
        LocalDate first = anyDay.withDayOfMonth(1);
        for (LocalDate date = first; date.getMonth() == first.getMonth(); date = date.plusDays(1)) {
            DayEntry day = days.get(date);
            marks.put(date, day == null ? unlogged(date, notRemembered.contains(date)) : of(day, knowledge));
        }
        return marks;
    }
}
