package org.gutskin.analysis;

/**
 * One factor put next to skin severity, as tested.
 *
 * @param lagDays      for a same-day-or-days-later test: exposure on day d−lag against skin on day d; else null
 * @param windowDays   for a long-window test: exposure over the previous 14 or 28 days against the skin's
 *                     7-day mean; else null
 * @param effect       skin points: exposed minus unexposed (present/absent factors, short lags), or per unit
 *                     of the factor; per extra day a week for present/absent factors over long windows.
 *                     Positive means worse skin with more of the factor.
 * @param nExposed     days with the factor (or, for amounts, days above its median)
 * @param explainedBy  another reported factor that may explain this one, or null
 * @param inseparable  true when the two happened on (almost) the same days, so the data cannot tell them apart
 * @param skinWith     mean skin on the days with the factor (present/absent factors at short lags; else NaN)
 * @param skinWithout  mean skin on the days without it
 */
public record Association(Factor factor, Integer lagDays, Integer windowDays, double effect, double ciLow,
                          double ciHigh, double p, double q, int nExposed, int nUnexposed, Factor explainedBy,
                          boolean inseparable, String message, double skinWith, double skinWithout) {

    /** Which design the test belongs to: the short lags share one, each long window has its own. */
    String design() {
        return windowDays == null ? "lag" : "window" + windowDays;
    }

    Association withQ(double newQ) {
        return new Association(factor, lagDays, windowDays, effect, ciLow, ciHigh, p, newQ, nExposed, nUnexposed,
                explainedBy, inseparable, message, skinWith, skinWithout);
    }

    Association explained(Factor by, boolean cannotSeparate, String sentence) {
        return new Association(factor, lagDays, windowDays, effect, ciLow, ciHigh, p, q, nExposed, nUnexposed, by,
                cannotSeparate, sentence, skinWith, skinWithout);
    }


}
