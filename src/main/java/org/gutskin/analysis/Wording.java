package org.gutskin.analysis;

import java.util.Locale;
import org.gutskin.text.Messages;

/**
 * Sentences for what the analysis found. They state associations in the person's own data,
 * never causes, and give no medical advice.
 */
final class Wording {
    static final String NOT_A_CAUSE = " This is an association in your own journal, not proof that one causes the other.";
    private static final String[] DAYS_LATER = {"the same day", "the next day", "two days later", "three days later"};
    private static final String[] AFTER = {"On days with", "The day after", "Two days after", "Three days after"};
    private static final String[] AFTER_WITHOUT = {"on days without", "after days without", "after days without",
            "after days without"};

    private Wording() {
    }

    static String association(Factor factor, Integer lag, Integer window, double effect, double low, double high) {
        String direction = effect > 0 ? "worse" : "better";
        String size = number(Math.abs(effect));
        String interval = effect > 0 ? number(low) + " to " + number(high) : number(-high) + " to " + number(-low);
        String sentence;
        if (window == null && factor.binary()) {
            sentence = String.format("%s %s your skin was on average %s points %s than %s (95%% interval %s points).",
                    AFTER[lag], factor.words(), size, direction, AFTER_WITHOUT[lag], interval);
        } else if (window == null) {
            sentence = String.format("Each extra %s went along with skin %s points %s %s (95%% interval %s points).",
                    factor.words(), size, direction, DAYS_LATER[lag], interval);
        } else if (factor.binary()) {
            sentence = Messages.text("association.windowBinary", window, factor.words(), size, direction, interval);
        } else {
            sentence = Messages.text("association.windowAmount", window, factor.words(), size, direction, interval);
        }
        return sentence + NOT_A_CAUSE;
    }

    static String explainedBy(Factor factor, Factor other) {
        return String.format(" It may be explained by %s instead: the two often happened on the same days, and with"
                + " %s taken into account the link with %s is much weaker.", other.words(), other.words(),
                factor.words());
    }

    static String inseparable(Factor factor, Factor other) {
        return String.format(" %s and %s happened on almost the same days, so your journal cannot tell which of"
                + " the two goes along with your skin.", capitalise(factor.words()), other.words());
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
