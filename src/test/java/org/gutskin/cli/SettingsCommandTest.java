package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.Settings;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsCommandTest {
    @TempDir
    Path folder;

    private final CommandRun command = new CommandRun(SettingsCommand::new);

    /** {@code gutskin --data-dir FOLDER settings ARGS}. */
    private int settings(String... args) {
        return command.run(Stream.concat(Stream.of("--data-dir", folder.toString(), "settings"), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void listsTheDefaultsAndChangesWhatItIsTold() throws Exception {
        assertEquals(0, settings());
        assertFalse(Files.exists(folder.resolve(DataDirectory.DATABASE_FILE)), "a look creates no journal");
        assertEquals(List.of("theme: light", "first_day_of_week: monday", "alcohol_unit: uk_units",
                "symptoms_shown: acne redness dryness itch eczema psoriasis rash oiliness dullness",
                "reminders: none"), command.out().lines().toList());

        assertEquals(0, settings("--set", "reminders=21:00 skin_and_sleep, 1:30 pm meals", "--set",
                "first_day_of_week=Sunday", "--json"));
        JsonNode json = new ObjectMapper().readTree(command.out());
        assertEquals("sunday", json.get("first_day_of_week").asText());
        assertEquals("13:30", json.get("reminders").get(0).get("time").asText());
        assertEquals("meals", json.get("reminders").get(0).get("topic").asText());
        assertEquals("skin_and_sleep", json.get("reminders").get(1).get("topic").asText());
        assertEquals(9, json.get("symptoms_shown").size());
        assertEquals(0, settings("--set", "reminders=none", "--set", "theme=light", "--json"));
        assertEquals(0, new ObjectMapper().readTree(command.out()).get("reminders").size(), "none is none");
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            Settings saved = app.settings().current();
            assertEquals(DayOfWeek.SUNDAY, saved.firstDayOfWeek());
            assertEquals(List.of(), saved.reminders());
            assertEquals(Set.of("first_day_of_week", "reminders", "theme"), app.settings().chosen(),
                    "light, typed, is a choice an import leaves alone");
        }
    }

    @Test
    void aSettingThatCannotBeIsOneLineAndNothingChanges() {
        assertEquals(1, settings("--set", "theme=purple"));
        assertEquals("gutskin: unknown theme \"purple\" (use light, dark)", command.err().strip());
        assertEquals(1, settings("--set", "font=large"));
        assertEquals("gutskin: unknown setting \"font\" (known: theme, first_day_of_week, alcohol_unit,"
                + " symptoms_shown, reminders)", command.err().strip());
        assertEquals(0, settings("--json"));
        assertTrue(command.out().contains("\"theme\":\"light\""), "nothing changed: " + command.out());
    }
}
