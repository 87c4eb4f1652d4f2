package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.Settings;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new SettingsCommand()),
                TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString(), "settings"));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void listsTheDefaultsAndChangesWhatItIsTold() throws Exception {
        assertEquals(0, run());
        assertEquals(List.of("theme: light", "first_day_of_week: monday", "alcohol_unit: uk_units",
                "symptoms_shown: acne redness dryness itch eczema psoriasis rash oiliness dullness",
                "reminders: (none)"), out.toString().lines().toList());

        assertEquals(0, run("--set", "reminders=21:00 skin_and_sleep, 1:30 pm meals", "--set",
                "first_day_of_week=Sunday", "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("sunday", json.get("first_day_of_week").asText());
        assertEquals("13:30", json.get("reminders").get(0).get("time").asText());
        assertEquals("meals", json.get("reminders").get(0).get("topic").asText());
        assertEquals("skin_and_sleep", json.get("reminders").get(1).get("topic").asText());
        assertEquals(9, json.get("symptoms_shown").size());
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            Settings saved = app.settings().current();
            assertEquals(DayOfWeek.SUNDAY, saved.firstDayOfWeek());
            assertEquals(2, saved.reminders().size());
        }
    }

    @Test
    void aSettingThatCannotBeIsOneLineAndNothingChanges() {
        assertEquals(1, run("--set", "theme=purple"));
        assertEquals("gutskin: unknown theme \"purple\" (use light, dark)", err.toString().strip());
        assertEquals(1, run("--set", "font=large"));
        assertEquals("gutskin: unknown setting \"font\" (known: theme, first_day_of_week, alcohol_unit,"
                + " symptoms_shown, reminders)", err.toString().strip());
        assertEquals(0, run("--json"));
        assertTrue(out.toString().contains("\"theme\":\"light\""), "nothing changed: " + out);
    }
}
