package org.gutskin.bench;

import java.nio.file.Path;

/**
 * The benchmark suite. Not part of {@code mvn verify}; run it with
 * {@code mvn -q -Pbench verify} (see docs/benchmarks.md).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Report report = new Report();
        System.out.println("| measure | result | target |\n|---|---|---|");
        FoodBench.run(report);
        for (int years : new int[] {1, 5, 10}) {
            Path journal = AnalysisBench.journal(years);
            AnalysisBench.run(report, years, journal);
            ExchangeBench.run(report, years, journal);
        }
    }
}
