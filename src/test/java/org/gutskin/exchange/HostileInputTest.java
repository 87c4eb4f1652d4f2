package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random and mutated files fed to every import path: nothing escapes as an exception,
 * nothing is half written, and every problem names its place. Text fields keep exactly what
 * was typed.
 */
class HostileInputTest {
    private static final String[] NAMES = {"meals.csv", "sleep.csv", "stress.csv", "skin.csv", "habits.csv",
            "notes.csv", "habit_definitions.csv", "meal_items.csv", "my_foods.csv", "my_phrases.csv", "daylio.csv",
            "cronometer.csv", "Checkmarks.csv", "anything.csv"};
    private static final String[] GOOD = {
        "date,time,meal,description\n2026-01-01,08:00,breakfast,kefir\n",
        "date,bedtime,wake_time,quality\n2026-01-01,23:00,07:00,3\n",
        "date,time,level,note\n2026-01-01,09:00,4,ok\n",
        "date,overall,acne\n2026-01-01,3,1\n",
        "date,habit,value\n2026-01-01,probiotic,1\n",
        "date,note\n2026-01-01,hello\n",
        "habit,name,kind,archived\nwalk,Walk,yes_no,no\n",
        "meal_id,text,food,quantity,unit\n1,kefir,kefir,1,serving\n",
        "name,synonyms,group,nova,tags,live_cultures,alcohol_units,plants\nmy soup,,custom,3,prebiotic,,,leek\n",
        "phrase,food\npb,peanut butter\n",
        "full_date,date,weekday,time,mood,activities,note_title,note\n2026-01-01,Jan 1,Thu,9:00 AM,good,kefir,,\n",
        "Day,Time,Group,Food Name,Amount\n2026-01-01,,Breakfast,Oats,40 g\n",
        "Date,Walk\n2026-01-01,2\n",
        "date,overall\n2026-01-01,2\n"};

    @TempDir
    Path folder;

    private static byte[] mutate(byte[] good, Random random) {
        byte[] bytes = good.clone();
        switch (random.nextInt(6)) {
            case 0 -> { // random bytes anywhere
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> { // binary junk
                bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
            }
            case 2 -> { // an unbalanced quote
                String text = new String(good, StandardCharsets.UTF_8);
                int at = random.nextInt(text.length());
                bytes = (text.substring(0, at) + "\"" + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> { // truncated anywhere
                bytes = Arrays.copyOf(good, random.nextInt(good.length));
            }
            case 4 -> { // latin-1 text
                bytes = (new String(good, StandardCharsets.UTF_8) + "2026-01-02,caf\u00e9\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> { // a duplicated row and a stray column
                String text = new String(good, StandardCharsets.UTF_8);
                String[] lines = text.split("\n");
                bytes = (text + lines[lines.length - 1] + ",extra\n").getBytes(StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }

    @Test
    void mutatedFilesNeverThrowNorHalfWrite() throws Exception {
        Random random = new Random(7);
        int tried = 0;
        try (App app = App.open(DataDirectory.at(folder.resolve("journal")), TestClock.FIXED)) {
            DayEntry existing = SampleDays.on(LocalDate.of(2020, 2, 2)).withNote(Optional.of("keep me")).build();
            app.days().save(existing);
            for (int i = 0; i < 400; i++) {
                int kind = random.nextInt(NAMES.length);
                Path file = folder.resolve(i + "").resolve(NAMES[kind]);
                Files.createDirectories(file.getParent());
                Files.write(file, mutate(GOOD[kind].getBytes(StandardCharsets.UTF_8), random));
                ImportPlan plan = app.exchange().read(List.of(file), JournalImporter.Options.DEFAULT, null);
                tried++;
                for (ImportProblem problem : plan.problems()) {
                    assertTrue(problem.toString().startsWith(NAMES[kind]), problem.toString());
                }
                if (plan.hasProblems()) {
                    Map<LocalDate, DayEntry> before = app.days().all();
                    try {
                        app.exchange().apply(plan, ConflictRule.REPLACE, false);
                    } catch (ExchangeException expected) {
                        // refused as it should be
                    }
                    assertEquals(before, app.days().all(), "nothing written for " + file);
                }
            }
            assertEquals(existing, app.days().day(existing.date()));
        }
        assertEquals(400, tried);
    }

    @Test
    void hugeLinesAndManyColumnsAreReportedNotFatal() throws Exception {
        StringBuilder wide = new StringBuilder("date");
        for (int i = 0; i < 100_000; i++) {
            wide.append(",c").append(i);
        }
        Files.writeString(folder.resolve("wide.csv"), wide + "\n2026-01-01\n");
        Files.writeString(folder.resolve("notes.csv"), "date,note\n2026-01-01," + "n".repeat(10 * 1024 * 1024)
                + "\n");
        try (App app = App.open(DataDirectory.at(folder.resolve("journal")), TestClock.FIXED)) {
            ImportPlan wide100k = app.exchange().read(List.of(folder.resolve("wide.csv")),
                    JournalImporter.Options.DEFAULT, null);
            assertTrue(wide100k.hasProblems());
            assertTrue(wide100k.problems().get(0).toString().startsWith("wide.csv:1: header:"),
                    wide100k.problems().get(0).toString());
            ImportPlan longNote = app.exchange().read(List.of(folder.resolve("notes.csv")),
                    JournalImporter.Options.DEFAULT, null);
            assertEquals(List.of("notes.csv:2: note: The day's note is longer than 1,048,576 characters (10,485,760);"
                    + " shorten it"), longNote.problems().stream().map(ImportProblem::toString).toList());
            assertThrows(ExchangeException.class, () -> app.exchange().apply(longNote, ConflictRule.SKIP, false));
            assertTrue(app.days().day(LocalDate.of(2026, 1, 1)).isEmpty(), "nothing written");
        }
    }

    @Test
    void textIsKeptByteForByte() {
        String[] texts = {"emoji \uD83E\uDDEA\uD83E\uDD6C",
                "rtl \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
                "zero\u200bwidth\u200d joiners\ufeff", "'; DROP TABLE meal; --", "=cmd|' /C calc'!A0",
                "n".repeat(1024 * 1024), "tab\tand\nnewline\r\n", "\\back\\slash %_like"};
        try (App app = App.open(DataDirectory.at(folder.resolve("journal")), TestClock.FIXED)) {
            for (int i = 0; i < texts.length; i++) {
                LocalDate date = LocalDate.of(2026, 3, 1).plusDays(i);
                app.days().save(SampleDays.on(date).withNote(Optional.of(texts[i]))
                        .withHabits(Map.of(Habit.PROBIOTIC, 1.0)).build());
            }
        }
        try (App app = App.open(DataDirectory.at(folder.resolve("journal")), TestClock.FIXED)) {
            for (int i = 0; i < texts.length; i++) {
                assertEquals(Optional.of(texts[i]), app.days().day(LocalDate.of(2026, 3, 1).plusDays(i)).note());
            }
            assertEquals(1, app.search().search("%_like", tag -> tag.key()).size(),
                    "LIKE wildcards in a search are literal");
        }
    }
}
