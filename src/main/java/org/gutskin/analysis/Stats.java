package org.gutskin.analysis;

import java.util.Arrays;

/** The small statistics the analysis needs, on arrays where {@code NaN} means "not logged". */
public final class Stats {
    private Stats() {
    }

    public static double mean(double[] values) {
        double sum = 0;
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    public static int count(double[] values) {
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                count++;
            }
        }
        return count;
    }

    public static double median(double[] values) {
        double[] present = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
        if (present.length == 0) {
            return Double.NaN;
        }
        int middle = present.length / 2;
        return present.length % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
    }

    public static double standardDeviation(double[] values) {
        double mean = mean(values);
        int count = count(values);
        if (count < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += (value - mean) * (value - mean);
            }
        }
        return Math.sqrt(sum / (count - 1));
    }

    /**
     * Theil–Sen slope: the median of the slopes between every pair of points, robust to a few
     * outlying days. {@code x} and {@code y} of equal length, no missing values.
     */
    public static double theilSen(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    slopes[k++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        return median(Arrays.copyOf(slopes, k));
    }

    /** Benjamini–Hochberg q-values, in the order of {@code p}. */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(p[a], p[b]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int index = order[rank - 1];
            running = Math.min(running, p[index] * m / rank);
            q[index] = Math.min(1, running);
        }
        return q;
    }

    /**
     * Least-squares coefficients of {@code y} on the columns of {@code x} plus an intercept, or
     * {@code null} when the columns are collinear. Result: [intercept, b1, …, bk].
     */
    public static double[] leastSquares(double[][] x, double[] y) {
        int n = y.length;
        int k = x.length + 1;
        double[][] normal = new double[k][k + 1];
        for (int row = 0; row < n; row++) {
            double[] design = new double[k];
            design[0] = 1;
            for (int column = 1; column < k; column++) {
                design[column] = x[column - 1][row];
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    normal[i][j] += design[i] * design[j];
                }
                normal[i][k] += design[i] * y[row];
            }
        }
        return solve(normal);
    }

    /** Gauss–Jordan elimination with partial pivoting on an augmented matrix; null when singular. */
    private static double[] solve(double[][] augmented) {
        int k = augmented.length;
        for (int column = 0; column < k; column++) {
            int pivot = column;
            for (int row = column + 1; row < k; row++) {
                if (Math.abs(augmented[row][column]) > Math.abs(augmented[pivot][column])) {
                    pivot = row;
                }
            }
            double scale = Math.abs(augmented[column][column]) + Math.abs(augmented[pivot][column]);
            if (Math.abs(augmented[pivot][column]) < 1e-9 * Math.max(1, scale) || augmented[pivot][column] == 0) {
                return null;
            }
            double[] swap = augmented[column];
            augmented[column] = augmented[pivot];
            augmented[pivot] = swap;
            for (int row = 0; row < k; row++) {
                if (row != column) {
                    double factor = augmented[row][column] / augmented[column][column];
                    for (int j = column; j <= k; j++) {
                        augmented[row][j] -= factor * augmented[column][j];
                    }
                }
            }
        }
        double[] solution = new double[k];
        for (int i = 0; i < k; i++) {
            solution[i] = augmented[i][k] / augmented[i][i];
        }
        return solution;
    }

    /**
     * Two-sided tail probability of a standard normal beyond {@code z}: erfc(z/√2), by the
     * Chebyshev-fitted approximation of Press et al. (Numerical Recipes' erfcc), with a
     * fractional error below 1.2e-7.
     */
    public static double normalTwoSided(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.5 * x);
        double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return Math.min(1, erfc);
    }

    /** Pearson correlation over the positions where both are present. */
    public static double correlation(double[] a, double[] b) {
        double sumA = 0;
        double sumB = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                sumA += a[i];
                sumB += b[i];
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        double meanA = sumA / n;
        double meanB = sumB / n;
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                cov += (a[i] - meanA) * (b[i] - meanB);
                varA += (a[i] - meanA) * (a[i] - meanA);
                varB += (b[i] - meanB) * (b[i] - meanB);
            }
        }
        return varA == 0 || varB == 0 ? Double.NaN : cov / Math.sqrt(varA * varB);
    }
}
