package org.gutskin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Benchmark results as a Markdown table, printed and kept for docs/benchmarks.md. */
final class Report {
    private final List<String> rows = new ArrayList<>();

    void add(String what, double value, String unit, String target) {
        String row = String.format(Locale.ROOT, "| %s | %,.2f %s | %s |", what, value, unit, target);
        rows.add(row);
        System.out.println(row);
    }

    String markdown() {
        return "| measure | result | target |\n|---|---|---|\n" + String.join("\n", rows) + "\n";
    }

    /** The middle of the values (the upper one of the two middles of an even count). */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
