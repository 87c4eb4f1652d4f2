package org.gutskin.ui.trends;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.analysis.SkinTrend;
import org.gutskin.analysis.Stats;
import org.gutskin.journal.AlcoholUnit;

/**
 * What the Trends chart draws for a range: one point per day, or per week for long ranges, with
 * {@code NaN} where nothing was logged (drawn as a gap, never as zero). Plain Java, tested
 * without a toolkit.
 */
public final class TrendSeries {
    /** Ranges longer than this many days are drawn as weekly values. */
    public static final int WEEKLY_AFTER_DAYS = 120;

    /** The rows of the chart below the skin row, in drawing order. */
    public enum Row {
        PREBIOTIC, FERMENTED, ULTRA_PROCESSED, ADDED_SUGAR, ALCOHOL, PLANTS, SLEEP_HOURS, SLEEP_REGULARITY, STRESS
    }

    /** One drawn point: a day, or a week starting on {@code start}. */
    public record Point(LocalDate start, LocalDate end, double skin, double skinMean, boolean flare,
                        boolean antibiotic, Map<Row, Double> rows, double plants7d) {
        public double value(Row row) {
            return rows.get(row);
        }
    }

    private final List<Point> points;
    private final boolean weekly;

    private TrendSeries(List<Point> points, boolean weekly) {
        this.points = List.copyOf(points);
        this.weekly = weekly;
    }

    public List<Point> points() {
        return points;
    }

    public boolean weekly() {
        return weekly;
    }

    /** The series for the whole table (its range), daily or weekly by its length. */
    public static TrendSeries of(FeatureTable table, List<LocalDate> flareDays, DayOfWeek firstDayOfWeek,
                                 AlcoholUnit alcoholUnit) {
        double[] skin = table.skin();
        double[] mean = SkinTrend.rollingMean(skin);
        List<Point> daily = new ArrayList<>(table.days());
        for (int i = 0; i < table.days(); i++) {
            var day = table.day(i);
            Map<Row, Double> rows = new EnumMap<>(Row.class);
            rows.put(Row.PREBIOTIC, day.prebiotic());
            rows.put(Row.FERMENTED, day.fermented());
            rows.put(Row.ULTRA_PROCESSED, day.ultraProcessed());
            rows.put(Row.ADDED_SUGAR, day.addedSugar());
            rows.put(Row.ALCOHOL, alcoholUnit.fromUkUnits(day.alcoholUnits()));
            rows.put(Row.PLANTS, day.plants());
            rows.put(Row.SLEEP_HOURS, day.sleepHours());
            rows.put(Row.SLEEP_REGULARITY, day.sleepRegularity());
            rows.put(Row.STRESS, day.stressMean());
            daily.add(new Point(day.date(), day.date(), skin[i], mean[i], flareDays.contains(day.date()),
                    day.antibiotic() == 1, rows, day.plants7d()));
        }
        if (table.days() <= WEEKLY_AFTER_DAYS) {
            return new TrendSeries(daily, false);
        }
        return new TrendSeries(weeks(daily, firstDayOfWeek), true);
    }

    /** Weekly means of the logged days, weeks starting on the person's first day; a week with nothing logged stays a gap. */
    private static List<Point> weeks(List<Point> daily, DayOfWeek firstDayOfWeek) {
        List<Point> weeks = new ArrayList<>();
        int i = 0;
        while (i < daily.size()) {
            LocalDate start = daily.get(i).start();
            LocalDate weekEnd = start.with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
            List<Point> week = new ArrayList<>();
            while (i < daily.size() && !daily.get(i).start().isAfter(weekEnd)) {
                week.add(daily.get(i++));
            }
            Map<Row, Double> rows = new EnumMap<>(Row.class);
            for (Row row : Row.values()) {
                rows.put(row, Stats.mean(week.stream().mapToDouble(point -> point.value(row)).toArray()));
            }
            weeks.add(new Point(start, week.get(week.size() - 1).end(),
                    Stats.mean(week.stream().mapToDouble(Point::skin).toArray()),
                    Stats.mean(week.stream().mapToDouble(Point::skinMean).toArray()),
                    week.stream().anyMatch(Point::flare), week.stream().anyMatch(Point::antibiotic), rows,
                    week.get(week.size() - 1).plants7d()));
        }
        return weeks;
    }
}
