package org.gutskin.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every sentence the app says with numbers in it, from a resource bundle, in one way: the
 * bundle's {@link MessageFormat} patterns, whose {@code choice} formats give each count the
 * right word ("1 day", "2 days", "0 rows") and whose number formats write numbers the English
 * way, whatever the computer's own locale.
 */
public final class Messages {
    /** The language of the words, so that numbers are written as the sentence around them expects. */
    public static final Locale LOCALE = Locale.UK;

    private Messages() {
    }

    /** The sentences of the analysis, the services and the command line. */
    private static final String CORE = "org.gutskin.text.messages";

    /** A sentence of the analysis, the services or the command line, filled with {@code arguments}. */
    public static String text(String key, Object... arguments) {
        return format(ResourceBundle.getBundle(CORE), key, arguments);
    }

    /** The bundle's pattern for {@code key} filled with {@code arguments}. */
    public static String format(ResourceBundle bundle, String key, Object... arguments) {
        MessageFormat format = new MessageFormat(bundle.getString(key), LOCALE);
        for (Format part : format.getFormats()) {
            if (part instanceof DecimalFormat decimal) {
                decimal.setRoundingMode(RoundingMode.HALF_UP); // 0.25 reads +0.3, as a person rounds
            }
        }
        return format.format(arguments);
    }
}
