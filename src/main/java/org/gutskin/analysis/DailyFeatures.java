package org.gutskin.analysis;

import java.time.LocalDate;
import java.util.Map;
import org.gutskin.journal.Symptom;

/**
 * Everything the analysis knows about one day. {@code NaN} means not logged — never zero.
 *
 * @param plants           plant points that day (herbs and spices a quarter)
 * @param plants7d         plant points over the 7 days ending that day, each plant once
 * @param probiotic        1 taken, 0 not taken
 * @param antibiotic       1 on a course that day, 0 not
 * @param sleepMidpoint    hours from the wake day's midnight (negative: before midnight)
 * @param sleepRegularity  standard deviation of the sleep midpoint over 7 days, in hours
 * @param sleepRegularityIndex 0–100, 100 perfectly regular, over 7 days
 */
public record DailyFeatures(LocalDate date, boolean foodLogged, double prebiotic, double fermented,
                            double ultraProcessed, double processed, double addedSugar, double alcoholUnits,
                            double plants, double plants7d, double probiotic, double antibiotic,
                            double daysSinceAntibiotic, double sleepHours, double sleepMidpoint,
                            double sleepRegularity, double sleepRegularityIndex, double stressMean, double stressMax,
                            double skin, Map<Symptom, Double> symptoms) {
}
