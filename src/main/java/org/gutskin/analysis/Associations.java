package org.gutskin.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.gutskin.text.Messages;

/**
 * Tests every factor against skin severity at short lags (0–3 days) and over long windows (14 and
 * 28 days), all decided in advance. p-values come from block permutations of the exposure series,
 * which keep each week's day-to-day dependence; false discoveries are controlled with
 * Benjamini–Hochberg across every test run. Reported associations are re-checked against each
 * other in one regression, so that co-occurring factors are named.
 */
public final class Associations {
    public static final int[] LAGS = {0, 1, 2, 3};
    public static final int[] WINDOWS = {14, 28};
    /** Fewest days with both the factor and a skin check before a factor is tested. */
    public static final int MIN_PAIRED_DAYS = 21;
    /** Fewest days in each group (with and without) for a present/absent factor. */
    public static final int MIN_PER_GROUP = 5;
    public static final double FDR = 0.05;
    public static final int MAX_PERMUTATIONS = 2000;
    /** The most shuffles made in all, counting those that leave nothing to compare, so that every test ends. */
    public static final int MAX_SHUFFLES = 10 * MAX_PERMUTATIONS;
    /** Besag–Clifford sequential stopping: a test stops once this many shuffles beat the real effect. */
    public static final int STOP_AFTER_EXCEEDANCES = 20;
    public static final int SHORT_LAG_BLOCK_DAYS = 7;
    /** After this many shuffles with none beating the real effect… */
    public static final int FIRST_STAGE = 200;
    /** …an effect this many spreads from their mean takes its p-value from the normal tail, not more shuffles. */
    public static final double FAR_OUTSIDE_Z = 4;
    /** From this many paired days on, every p-value is the normal tail of the shuffled effects… */
    public static final int NORMAL_TAIL_FROM_DAYS = 365;
    /** …of this many shuffles: with a year of days their spread is well estimated, and close to normal. */
    public static final int LONG_JOURNAL_SHUFFLES = 100;
    /** Reported factors whose exposures correlate at least this much cannot be told apart. */
    public static final double INSEPARABLE_CORRELATION = 0.97;

    private final FeatureTable table;
    private final long seed;

    /** The result: the associations that passed, how many tests ran, and what is missing if nothing could run. */
    public record Result(List<Association> reported, int tested, String notEnoughData, int moreSkinDaysNeeded) {
    }

    public Associations(FeatureTable table, long seed) {
        this.table = table;
        this.seed = seed;
    }

    public Result run() {
        double[] skin = table.skin();
        int pairedSkinDays = 0;
        for (int i = 0; i < skin.length; i++) {
            if (!Double.isNaN(skin[i]) && table.foodLogged[i]) {
                pairedSkinDays++;
            }
        }
        if (pairedSkinDays < MIN_PAIRED_DAYS) {
            int more = MIN_PAIRED_DAYS - pairedSkinDays;
            return new Result(List.of(), 0, Messages.text("analysis.moreDays", more, MIN_PAIRED_DAYS), more);
        }
        if (Stats.standardDeviation(skin) == 0) {
            return new Result(List.of(), 0, "Your skin scores are all the same, so nothing can be seen going along"
                    + " with changes in them.", 0);
        }
        double[] rollingSkin = SkinTrend.rollingMean(skin);
        List<Design> designs = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            double[] daily = table.exposure(factor);
            for (int lag : LAGS) {
                designs.add(new Design(factor, lag, null, shift(daily, lag), skin));
            }
            for (int window : WINDOWS) {
                designs.add(new Design(factor, null, window, windowMean(daily, window), rollingSkin));
            }
        }
        // Each test has its own seeded random numbers, so running them in parallel changes nothing.
        List<Optional<Association>> outcomes = IntStream.range(0, designs.size()).parallel()
                .mapToObj(index -> test(designs.get(index), new SplittableRandom(seed * 1_000_003L + index)))
                .toList();
        List<Association> tests = new ArrayList<>();
        Map<Association, double[]> exposures = new LinkedHashMap<>();
        for (int index = 0; index < designs.size(); index++) {
            Association test = outcomes.get(index).orElse(null);
            if (test != null) {
                tests.add(test);
                exposures.put(test, designs.get(index).x());
            }
        }
        if (tests.isEmpty()) {
            return new Result(List.of(), 0, "No factor has been logged often enough, on days with a skin check, to"
                    + " be tested (each needs " + MIN_PAIRED_DAYS + " such days, " + MIN_PER_GROUP
                    + " with it and " + MIN_PER_GROUP + " without).", 0);
        }
        double[] q = Stats.benjaminiHochberg(tests.stream().mapToDouble(Association::p).toArray());
        List<Association> reported = new ArrayList<>();
        Map<Association, double[]> reportedExposures = new LinkedHashMap<>();
        for (int i = 0; i < tests.size(); i++) {
            if (q[i] <= FDR) {
                Association passed = tests.get(i).withQ(q[i]);
                reported.add(passed);
                reportedExposures.put(passed, exposures.get(tests.get(i)));
            }
        }
        List<Association> checked = Confounding.check(reported, reportedExposures, skin, rollingSkin);
        checked.sort(Comparator.comparingDouble(Association::q).thenComparing(a -> -Math.abs(a.effect())));
        return new Result(checked, tests.size(), null, 0);
    }

    /** Exposure on day d−lag, placed at day d. */
    static double[] shift(double[] daily, int lag) {
        double[] shifted = new double[daily.length];
        Arrays.fill(shifted, Double.NaN);
        System.arraycopy(daily, 0, shifted, lag, Math.max(0, daily.length - lag));
        return shifted;
    }

    /** The mean of the previous {@code window} days (d−window … d−1), where at least half were logged. */
    static double[] windowMean(double[] daily, int window) {
        double[] mean = new double[daily.length];
        Arrays.fill(mean, Double.NaN);
        double sum = 0;
        int count = 0;
        for (int d = 0; d < daily.length; d++) {
            if (d - 1 >= 0 && !Double.isNaN(daily[d - 1])) {
                sum += daily[d - 1];
                count++;
            }
            if (d - window - 1 >= 0 && !Double.isNaN(daily[d - window - 1])) {
                sum -= daily[d - window - 1];
                count--;
            }
            if (d >= window && count * 2 >= window) {
                mean[d] = sum / count;
            }
        }
        return mean;
    }

    /** One test decided in advance: a factor's exposure series (aligned to the outcome day) and the outcome. */
    private record Design(Factor factor, Integer lag, Integer window, double[] x, double[] y) {
    }

    private Optional<Association> test(Design design, SplittableRandom random) {
        Factor factor = design.factor();
        Integer lag = design.lag();
        Integer window = design.window();
        double[] x = design.x();
        double[] y = design.y();
        boolean difference = factor.binary() && window == null;
        int paired = 0;
        int exposed = 0;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double[] pairedX = new double[x.length];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                paired++;
                xMin = Math.min(xMin, x[i]);
                xMax = Math.max(xMax, x[i]);
                pairedX[k++] = x[i];
            }
        }
        double xMedian = Stats.median(Arrays.copyOf(pairedX, k));
        for (int i = 0; i < k; i++) {
            if (difference ? pairedX[i] > 0 : pairedX[i] > xMedian) {
                exposed++;
            }
        }
        int unexposed = paired - exposed;
        if (paired < MIN_PAIRED_DAYS || xMin == xMax || (difference && Math.min(exposed, unexposed) < MIN_PER_GROUP)) {
            return Optional.empty();
        }
        double observed = statistic(x, y, presentDays(y), difference);
        if (Double.isNaN(observed)) {
            return Optional.empty();
        }
        int block = window == null ? SHORT_LAG_BLOCK_DAYS : window;
        double[] permuted = new double[x.length];
        int[] outcomeDays = presentDays(y);
        Shuffled shuffled = shuffle(observed, paired >= NORMAL_TAIL_FROM_DAYS, () -> {
            blockPermute(x, block, random, permuted);
            return statistic(permuted, y, outcomeDays, difference);
        });
        if (shuffled == null) {
            return Optional.empty(); // not testable: most shuffles of this series leave nothing to compare
        }
        double p = shuffled.p();
        double spread = shuffled.spread();
        double scale = factor.binary() && window != null ? 1.0 / 7 : 1; // per extra day a week
        double effect = observed * scale;
        double[] means = difference ? groupMeans(x, y) : new double[] {Double.NaN, Double.NaN};
        return Optional.of(new Association(factor, lag, window, effect, effect - 1.96 * spread * scale,
                effect + 1.96 * spread * scale, p, Double.NaN, exposed, unexposed, null, false,
                Wording.association(factor, lag, window, effect, effect - 1.96 * spread * scale,
                        effect + 1.96 * spread * scale), means[0], means[1]));
    }

    /** What the shuffles said: the p-value, and the spread of the shuffled effects around their mean. */
    record Shuffled(double p, double spread) {
    }

    /**
     * The block-permutation p-value of {@code observed}, with Besag–Clifford stopping: shuffles
     * until {@link #STOP_AFTER_EXCEEDANCES} beat the real effect, or {@link #MAX_PERMUTATIONS}
     * could be compared. A shuffle that leaves nothing to compare (NaN) is not one of those, but
     * every shuffle counts toward {@link #MAX_SHUFFLES} — so a degenerate series always ends; it
     * is not testable (null) when by then fewer than {@link #FIRST_STAGE} could be compared.
     */
    static Shuffled shuffle(double observed, boolean longJournal, DoubleSupplier shuffle) {
        int exceedances = 0;
        int attempts = 0;
        int done = 0;
        double sum = 0;
        double sumSquares = 0;
        double p = Double.NaN;
        while (done < MAX_PERMUTATIONS && attempts < MAX_SHUFFLES && exceedances < STOP_AFTER_EXCEEDANCES) {
            attempts++;
            double shuffled = shuffle.getAsDouble();
            if (Double.isNaN(shuffled)) {
                continue;
            }
            done++;
            sum += shuffled;
            sumSquares += shuffled * shuffled;
            if (Math.abs(shuffled) >= Math.abs(observed) - 1e-12) {
                exceedances++;
            }
            if (done == (longJournal ? LONG_JOURNAL_SHUFFLES : FIRST_STAGE) && (exceedances == 0 || longJournal)) {
                double mean = sum / done;
                double sd = Math.sqrt(Math.max(0, sumSquares / done - mean * mean));
                double z = sd == 0 ? Double.POSITIVE_INFINITY : Math.abs(observed - mean) / sd;
                if (z >= FAR_OUTSIDE_Z || longJournal) {
                    // far outside every shuffle, or a long journal whose shuffled effects are close to
                    // normal: the p-value is the normal tail of their spread
                    p = Stats.normalTwoSided(z);
                    break;
                }
            }
        }
        if (attempts == MAX_SHUFFLES && done < FIRST_STAGE) {
            return null;
        }
        if (Double.isNaN(p)) {
            p = exceedances >= STOP_AFTER_EXCEEDANCES ? (double) exceedances / done
                    : (1.0 + exceedances) / (1.0 + done);
        }
        double nullMean = sum / done;
        return new Shuffled(Math.min(1, p), Math.sqrt(Math.max(0, sumSquares / done - nullMean * nullMean)));
    }

    /** Mean skin on the days with the factor and on the days without it. */
    private static double[] groupMeans(double[] x, double[] y) {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                int group = x[i] > 0 ? 0 : 1;
                sums[group] += y[i];
                counts[group]++;
            }
        }
        return new double[] {sums[0] / counts[0], sums[1] / counts[1]};
    }

    /** The days on which the outcome was logged: the only days a statistic needs to look at. */
    static int[] presentDays(double[] y) {
        int[] days = new int[y.length];
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                days[count++] = i;
            }
        }
        return Arrays.copyOf(days, count);
    }

    /**
     * Difference of skin means (with minus without), or the least-squares slope of skin on the
     * factor, over the {@code days} on which the outcome {@code y} is present.
     */
    static double statistic(double[] x, double[] y, int[] days, boolean difference) {
        if (difference) {
            double sumWith = 0;
            double sumWithout = 0;
            int with = 0;
            int without = 0;
            for (int i : days) {
                if (Double.isNaN(x[i])) {
                    continue;
                }
                if (x[i] > 0) {
                    sumWith += y[i];
                    with++;
                } else {
                    sumWithout += y[i];
                    without++;
                }
            }
            return with == 0 || without == 0 ? Double.NaN : sumWith / with - sumWithout / without;
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int i : days) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            sx += x[i];
            sy += y[i];
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
            n++;
        }
        double variance = sxx - sx * sx / n;
        return n < 3 || variance <= 1e-12 ? Double.NaN : (sxy - sx * sy / n) / variance;
    }

    /** Moves whole blocks of days to random places, keeping each block's days in order. */
    static void blockPermute(double[] x, int block, SplittableRandom random, double[] out) {
        int blocks = (x.length + block - 1) / block;
        int[] order = new int[blocks];
        for (int i = 0; i < blocks; i++) {
            order[i] = i;
        }
        for (int i = blocks - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int position = 0;
        for (int b : order) {
            int from = b * block;
            int length = Math.min(block, x.length - from);
            System.arraycopy(x, from, out, position, length);
            position += length;
        }
    }
}
