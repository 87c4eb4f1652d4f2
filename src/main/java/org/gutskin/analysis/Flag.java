package org.gutskin.analysis;

import java.time.LocalDate;
import java.util.Map;

/**
 * A pattern in a recent window, with the numbers behind it, a plain sentence, and the skin
 * trend of the same window beside it.
 *
 * @param values the numbers behind the flag, by name (e.g. {@code days_with}, {@code usual_share})
 */
public record Flag(String id, String message, LocalDate windowStart, LocalDate windowEnd, Map<String, Double> values,
                   SkinTrend skinTrend) {
}
