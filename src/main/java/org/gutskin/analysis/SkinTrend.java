package org.gutskin.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the skin is heading: a 7-day rolling mean, the direction over a window from a robust
 * (Theil–Sen) slope, and flare days.
 *
 * @param direction    {@code null} when the window holds too few skin checks to say
 * @param slopePerWeek skin points per week; negative is improving (lower is better)
 * @param checks       skin checks in the window
 */
public record SkinTrend(Direction direction, double slopePerWeek, int windowDays, int checks) {
    /** A slope smaller than this, in points per week either way, is "stable". */
    public static final double STABLE_BELOW = 0.5;
    /** Fewest skin checks in a window before a direction is given. */
    public static final int MIN_CHECKS = 7;
    /** A flare: at least this many points above the person's baseline. */
    public static final double FLARE_MARGIN = 2;
    /** The baseline is the median of the previous this-many days' checks. */
    public static final int BASELINE_DAYS = 28;
    /** Fewest checks in the baseline window before flares are marked. */
    public static final int MIN_BASELINE_CHECKS = 7;

    public enum Direction {
        IMPROVING, STABLE, WORSENING;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The trend over the {@code windowDays} days ending on day {@code end} (inclusive). */
    public static SkinTrend over(double[] skin, int end, int windowDays) {
        int start = Math.max(0, end - windowDays + 1);
        List<double[]> points = new ArrayList<>();
        for (int i = start; i <= end && i < skin.length; i++) {
            if (!Double.isNaN(skin[i])) {
                points.add(new double[] {i, skin[i]});
            }
        }
        if (points.size() < MIN_CHECKS) {
            return new SkinTrend(null, Double.NaN, windowDays, points.size());
        }
        double[] x = points.stream().mapToDouble(point -> point[0]).toArray();
        double[] y = points.stream().mapToDouble(point -> point[1]).toArray();
        double perWeek = Stats.theilSen(x, y) * 7;
        Direction direction = Math.abs(perWeek) < STABLE_BELOW ? Direction.STABLE
                : perWeek < 0 ? Direction.IMPROVING : Direction.WORSENING;
        return new SkinTrend(direction, perWeek, windowDays, points.size());
    }

    /** The 7-day rolling mean, given where at least 3 of the 7 days have a skin check. */
    public static double[] rollingMean(double[] skin) {
        double[] mean = new double[skin.length];
        for (int i = 0; i < skin.length; i++) {
            double[] week = Arrays.copyOfRange(skin, Math.max(0, i - 6), i + 1);
            mean[i] = Stats.count(week) >= 3 ? Stats.mean(week) : Double.NaN;
        }
        return mean;
    }

    /** Days whose severity is at least {@link #FLARE_MARGIN} above the median of the previous 28 days. */
    public static List<LocalDate> flareDays(FeatureTable table) {
        double[] skin = table.skin();
        List<LocalDate> flares = new ArrayList<>();
        for (int i = 0; i < skin.length; i++) {
            if (Double.isNaN(skin[i])) {
                continue;
            }
            double[] before = Arrays.copyOfRange(skin, Math.max(0, i - BASELINE_DAYS), i);
            if (Stats.count(before) >= MIN_BASELINE_CHECKS && skin[i] >= Stats.median(before) + FLARE_MARGIN) {
                flares.add(table.date(i));
            }
        }
        return flares;
    }
}
