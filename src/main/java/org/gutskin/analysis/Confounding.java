package org.gutskin.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-checks each reported factor with the other reported factors of the same design (the short
 * lags together, each long window on its own) in one least-squares regression, and names a factor
 * that may explain another: one whose days mostly coincide with it and that leaves it much weaker.
 */
final class Confounding {
    /** Adjusted effect below this share of the crude one: "may be explained". */
    static final double MUCH_WEAKER = 0.5;
    /** Exposures correlating less than this are not offered as an explanation. */
    static final double CO_OCCURRING = 0.3;

    private Confounding() {
    }

    static List<Association> check(List<Association> reported, Map<Association, double[]> exposures, double[] skin,
                                   double[] rollingSkin) {
        Map<String, Map<Factor, Association>> bestByDesign = new LinkedHashMap<>();
        for (Association test : reported) {
            Map<Factor, Association> best = bestByDesign.computeIfAbsent(test.design(), key -> new EnumMap<>(Factor.class));
            best.merge(test.factor(), test, (a, b) -> a.p() < b.p() || a.p() == b.p()
                    && Math.abs(a.effect()) >= Math.abs(b.effect()) ? a : b);
        }
        Map<String, Map<Factor, Association>> verdicts = new LinkedHashMap<>();
        bestByDesign.forEach((design, best) -> {
            if (best.size() >= 2) {
                verdicts.put(design, judge(best, exposures, design.equals("lag") ? skin : rollingSkin));
            }
        });
        List<Association> checked = new ArrayList<>();
        for (Association test : reported) {
            Association verdict = verdicts.getOrDefault(test.design(), Map.of()).get(test.factor());
            if (verdict != null && verdict.explainedBy() != null) {
                String note = verdict.inseparable() ? Wording.inseparable(test.factor(), verdict.explainedBy())
                        : Wording.explainedBy(test.factor(), verdict.explainedBy());
                checked.add(test.explained(verdict.explainedBy(), verdict.inseparable(), test.message() + note));
            } else {
                checked.add(test);
            }
        }
        return checked;
    }

    /** For each factor: the same test, marked with what may explain it (if anything). */
    private static Map<Factor, Association> judge(Map<Factor, Association> best, Map<Association, double[]> exposures,
                                                  double[] outcome) {
        List<Factor> factors = new ArrayList<>(best.keySet());
        factors.sort(Comparator.naturalOrder());
        int n = outcome.length;
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean complete = !Double.isNaN(outcome[i]);
            for (Factor factor : factors) {
                complete &= !Double.isNaN(exposures.get(best.get(factor))[i]);
            }
            if (complete) {
                rows.add(i);
            }
        }
        double[] y = rows.stream().mapToDouble(i -> outcome[i]).toArray();
        double[][] x = new double[factors.size()][];
        for (int f = 0; f < factors.size(); f++) {
            double[] exposure = exposures.get(best.get(factors.get(f)));
            x[f] = rows.stream().mapToDouble(i -> exposure[i]).toArray();
        }
        double[] adjusted = rows.size() > factors.size() + 2 ? Stats.leastSquares(x, y) : null;
        Map<Factor, Association> verdicts = new EnumMap<>(Factor.class);
        for (int f = 0; f < factors.size(); f++) {
            Factor factor = factors.get(f);
            Association test = best.get(factor);
            Factor closest = null;
            double closestCorrelation = 0;
            for (int g = 0; g < factors.size(); g++) {
                double correlation = Math.abs(Stats.correlation(x[f], x[g]));
                if (g != f && !Double.isNaN(correlation) && correlation > closestCorrelation) {
                    closest = factors.get(g);
                    closestCorrelation = correlation;
                }
            }
            if (closest == null || closestCorrelation < CO_OCCURRING) {
                verdicts.put(factor, test);
                continue;
            }
            if (adjusted == null || closestCorrelation >= Associations.INSEPARABLE_CORRELATION) {
                verdicts.put(factor, test.explained(closest, true, test.message()));
                continue;
            }
            double[] alone = Stats.leastSquares(new double[][] {x[f]}, y);
            double ratio = alone == null || alone[1] == 0 ? 1 : adjusted[f + 1] / alone[1];
            verdicts.put(factor, ratio < MUCH_WEAKER ? test.explained(closest, false, test.message()) : test);
        }
        return verdicts;
    }
}
