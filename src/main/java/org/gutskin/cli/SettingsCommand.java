package org.gutskin.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.gutskin.app.App;
import org.gutskin.journal.Reminder;
import org.gutskin.journal.Settings;
import org.gutskin.journal.Symptom;
import org.gutskin.journal.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin settings [--set KEY=VALUE]... [--json]}: the settings kept in the journal. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Shows the settings kept in the journal (the window's Settings section) and changes them.%n"
                + "Keys and values: theme light|dark; first_day_of_week monday…sunday; alcohol_unit"
                + " uk_units|us_drinks|grams; symptoms_shown, skin symptoms by name (e.g. \"acne redness itch\");"
                + " reminders, times and topics (e.g. \"13:30 meals, 21:00 skin_and_sleep\"; topics meals, sleep,"
                + " stress, skin, skin_and_sleep).")
public final class SettingsCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change a setting (may be repeated).")
    private Map<String, String> changes;
    @Option(names = "--json", description = "Print the settings as JSON.")
    private boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings;
        if (changes == null && !parent.dataDirectory().holdsJournal()) {
            print(Settings.DEFAULTS, out); // a look creates no journal
            return;
        }
        try (App app = changes == null ? parent.openForReading() : parent.openJournal()) {
            settings = app.settings().current();
            if (changes != null) {
                for (Map.Entry<String, String> change : changes.entrySet()) {
                    settings = settings.with(change.getKey(), change.getValue());
                }
                app.settings().save(settings, changes.keySet().stream()
                        .map(key -> key.strip().toLowerCase(Locale.ROOT)).toList());
            }
        }
        print(settings, out);
    }

    private void print(Settings settings, PrintWriter out) {
        if (json) {
            out.println(json(settings));
        } else {
            settings.toValues().forEach((key, value) -> out.println(key + ": " + (value.isEmpty() ? "none" : value)));
        }
        out.flush();
    }

    private static String json(Settings settings) {
        Map<String, String> values = settings.toValues();
        return Json.write(json -> {
            json.writeStartObject();
            json.writeStringField(Settings.THEME, values.get(Settings.THEME));
            json.writeStringField(Settings.FIRST_DAY_OF_WEEK, values.get(Settings.FIRST_DAY_OF_WEEK));
            json.writeStringField(Settings.ALCOHOL_UNIT, values.get(Settings.ALCOHOL_UNIT));
            Json.strings(json, Settings.SYMPTOMS_SHOWN, settings.shownSymptoms().stream().map(Symptom::key).toList());
            json.writeArrayFieldStart(Settings.REMINDERS);
            for (Reminder reminder : settings.reminders()) {
                json.writeStartObject();
                json.writeStringField("time", Times.formatClock(reminder.time()));
                json.writeStringField("topic", reminder.topic().key());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
