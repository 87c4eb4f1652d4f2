package org.gutskin.bench;

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
            AnalysisBench.run(report, years, AnalysisBench.journal(years));
        }
    }
}
