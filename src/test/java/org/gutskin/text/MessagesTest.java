package org.gutskin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Counts read right ("1 day", "2 days"), numbers are written the English way, and no text says "day(s)". */
class MessagesTest {
    private static final List<String> BUNDLES = List.of("org.gutskin.text.messages", "org.gutskin.ui.messages");
    /** A String.format placeholder: the bundles use MessageFormat only. */
    private static final Pattern PRINTF = Pattern.compile("%[-+,0-9.]*[sdfx]");

    @Test
    void aCountChoosesItsWord() {
        assertEquals("Exported 1 row (daily) to out.csv", Messages.text("cli.export.done", 1, "daily", "out.csv"));
        assertEquals("Exported 0 rows (daily) to out.csv", Messages.text("cli.export.done", 0L, "daily", "out.csv"));
        assertEquals("Exported 30,217 rows (foods) to out.csv", Messages.text("cli.export.done", 30_217L, "foods",
                "out.csv"));
        assertEquals("Imported 1 day (2 days already in the journal were skipped).",
                Messages.text("cli.import.doneSkipped", 1, 2));
        assertEquals("Imported 2 days (1 day already in the journal was skipped).",
                Messages.text("cli.import.doneSkipped", 2, 1));
        assertEquals("1 night of sleep", Messages.text("rows.nights_of_sleep", 1));
        assertEquals("3 stress check-ins", Messages.text("rows.stress_check_ins", 3));
        assertEquals("Log 1 more day with both meals and a skin check to see associations (they need at least 21).",
                Messages.text("analysis.moreDays", 1, 21));
    }

    @Test
    void numbersAreWrittenTheEnglishWayWhateverTheComputersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Skin trend over the last 30 days: improving (-0.6 points a week; lower is better).",
                    Messages.text("cli.insights.trend", 30, "improving", -0.61));
            assertEquals("Exported 1,234 rows (journal) to x", Messages.text("cli.export.done", 1234, "journal", "x"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyTextIsAMessageFormatPatternAndNoneSaysDayS() {
        List<String> wrong = new ArrayList<>();
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(name);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                if (text.contains("(s)") || PRINTF.matcher(text).find()) {
                    wrong.add(name + ": " + key);
                }
                if (text.contains("{")) {
                    new MessageFormat(text, Messages.LOCALE); // throws on a pattern that does not parse
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noSourceWritesAPluralByHand() throws IOException {
        Pattern byHand = Pattern.compile("\\(s\\)|== 1 \\? \"\" : \"s\"|%d (days|rows|tests|problems)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                if (byHand.matcher(Files.readString(file)).find()) {
                    found.add(file.toString());
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(Messages.text("cli.insights.none", 1).contains("(1 test run)"));
    }
}
