package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.AlcoholUnit;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.Reminder;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.Settings;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.service.ExchangeService;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export and import through real files and a real journal. */
class ExchangeTest {
    private static final String[] AWKWARD = {"plain", "with, comma", "with \"quotes\"", "two\nlines", "emoji 🥝🍵",
            "עברית مرحبا", "=SUM(A1:A9)", "+44 700", "-minus", "@handle", "\ttab first", "'=already quoted",
            "''double", "'ordinary apostrophe", "semi; colon", "  spaced  "};

    @TempDir
    Path folder;

    private App open(String name) {
        return App.open(DataDirectory.at(folder.resolve(name)), TestClock.FIXED);
    }

    /** A random journal with awkward text everywhere text can go, and some empty days. */
    private static List<DayEntry> randomJournal(App app, long seed) {
        Random random = new Random(seed);
        List<DayEntry> days = new ArrayList<>();
        app.habits().save(List.of(new Habit("evening_walk", "Evening walk, with dog", HabitKind.YES_NO, false, false)));
        app.habits().save(List.of(new Habit("cups_of_tea", "=Cups of tea", HabitKind.NUMBER, false, true)));
        LocalDate start = LocalDate.of(2025, 6, 1);
        for (int d = 0; d < 40; d++) {
            if (random.nextInt(6) == 0) {
                continue; // an empty day
            }
            LocalDate date = start.plusDays(d);
            List<Meal> meals = new ArrayList<>();
            for (int m = 0; m < random.nextInt(4); m++) {
                String text = AWKWARD[random.nextInt(AWKWARD.length)] + " kefir and oats";
                LocalTime time = LocalTime.of(7 + m * 4, random.nextInt(60));
                meals.add(new Meal(time, MealKind.values()[random.nextInt(5)], text,
                        app.foods().tag(text).foodItems()));
            }
            List<StressCheckIn> stress = new ArrayList<>();
            for (int s = 0; s < random.nextInt(3); s++) {
                stress.add(new StressCheckIn(LocalTime.of(9 + s * 5, 0), random.nextInt(11),
                        random.nextBoolean() ? null : AWKWARD[random.nextInt(AWKWARD.length)]));
            }
            Map<Symptom, Integer> symptoms = new EnumMap<>(Symptom.class);
            if (random.nextBoolean()) {
                symptoms.put(Symptom.values()[random.nextInt(9)], random.nextInt(4));
            }
            Map<String, Double> habits = new TreeMap<>();
            if (random.nextBoolean()) {
                habits.put(Habit.PROBIOTIC, (double) random.nextInt(2));
                habits.put("evening_walk", 1.0);
                habits.put("cups_of_tea", 2.5);
                habits.put(Habit.ALCOHOL_UNITS, 3.25);
            }
            days.add(new DayEntry(date, meals,
                    random.nextBoolean() ? Optional.of(new Sleep(LocalTime.of(23, random.nextInt(60)),
                            LocalTime.of(6, random.nextInt(60)), 1 + random.nextInt(5))) : Optional.empty(),
                    stress,
                    random.nextBoolean() ? Optional.of(new SkinCheck(random.nextInt(11), symptoms,
                            random.nextBoolean() ? null : AWKWARD[random.nextInt(AWKWARD.length)],
                            random.nextBoolean() ? null : AWKWARD[random.nextInt(AWKWARD.length)])) : Optional.empty(),
                    habits, random.nextBoolean() ? Optional.of(AWKWARD[random.nextInt(AWKWARD.length)])
                    : Optional.empty()));
        }
        app.days().saveAll(days);
        app.foods().teachPhrase("=weird phrase", "kimchi");
        return days;
    }

    private long export(App app, ExportFormat format, Path out) {
        return app.exchange().export(new JournalExporter.Request(format, out, null, null, false, true), progress -> { });
    }

    private ImportPlan read(App app, Path... paths) {
        return app.exchange().read(List.of(paths), JournalImporter.Options.DEFAULT, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"folder", "journal.zip"})
    void aRandomJournalWithAwkwardTextComesBackExactly(String target) {
        for (long seed = 1; seed <= 4; seed++) {
            Path out = folder.resolve(seed + "-" + target);
            List<Habit> habitsBefore;
            Map<LocalDate, DayEntry> before;
            try (App source = open("source-" + seed + target)) {
                randomJournal(source, seed);
                before = source.days().all();
                habitsBefore = source.habits().all();
                export(source, ExportFormat.JOURNAL, out);
            }
            try (App copy = open("copy-" + seed + target)) {
                ImportPlan plan = read(copy, out);
                assertEquals(List.of(), plan.problems());
                copy.exchange().apply(plan, ConflictRule.SKIP, false);
                assertEquals(before, copy.days().all(), "seed " + seed);
                assertEquals(habitsBefore, copy.habits().all());
                assertEquals("kimchi", copy.foods().tag("=weird phrase").items().get(0).food().name());
            }
        }
    }

    @Test
    void settingsAndDaysNotRememberedTravelWithTheJournal() throws IOException {
        Settings chosen = Settings.DEFAULTS.withDarkTheme(true).withFirstDayOfWeek(DayOfWeek.SUNDAY)
                .withAlcoholUnit(AlcoholUnit.US_DRINKS).withShownSymptoms(EnumSet.of(Symptom.ACNE, Symptom.ITCH))
                .withReminders(List.of(new Reminder(LocalTime.of(21, 0), ReminderTopic.SKIN_AND_SLEEP),
                        new Reminder(LocalTime.of(13, 30), ReminderTopic.MEALS)));
        LocalDate forgotten = LocalDate.of(2026, 3, 4);
        try (App app = open("settings")) {
            app.settings().save(chosen);
            app.days().markNotRemembered(List.of(forgotten));
            export(app, ExportFormat.JOURNAL, folder.resolve("out"));
        }
        assertEquals(List.of("setting,value", "theme,dark", "first_day_of_week,sunday", "alcohol_unit,us_drinks",
                "symptoms_shown,acne itch", "reminders,\"13:30 meals, 21:00 skin_and_sleep\""),
                Files.readAllLines(folder.resolve("out/settings.csv")));
        try (App fresh = open("fresh")) {
            ImportPlan plan = read(fresh, folder.resolve("out"));
            assertEquals(List.of(), plan.problems());
            fresh.exchange().apply(plan, ConflictRule.SKIP, false);
            assertEquals(chosen, fresh.settings().current());
            assertTrue(fresh.days().day(forgotten).isEmpty(), "a day not remembered is not logged");
            export(fresh, ExportFormat.JOURNAL, folder.resolve("again"));
        }
        assertEquals(List.of("date", forgotten.toString()), Files.readAllLines(folder.resolve("again/skipped_days.csv")));
        try (App own = open("own")) {
            Settings mine = Settings.DEFAULTS.withFirstDayOfWeek(DayOfWeek.SATURDAY);
            own.settings().save(mine);
            own.exchange().apply(read(own, folder.resolve("out")), ConflictRule.MERGE, false);
            assertEquals(DayOfWeek.SATURDAY, own.settings().current().firstDayOfWeek(), "the journal's own kept");
            own.exchange().apply(read(own, folder.resolve("out")), ConflictRule.REPLACE, false);
            assertEquals(chosen, own.settings().current(), "replaced along with the days");
        }
    }

    @Test
    void aDayLoggedLaterLosesItsMarkAndAMarkOnALoggedDayIsNotImported() throws IOException {
        LocalDate forgotten = LocalDate.of(2026, 3, 4);
        Files.createDirectories(folder.resolve("marks"));
        Files.writeString(folder.resolve("marks/skipped_days.csv"), "date\n" + forgotten + "\n" + forgotten + "\n"
                + LocalDate.of(2026, 3, 5) + "\n" + TestClock.TODAY + "\n");
        try (App app = open("marks")) {
            app.days().save(SampleDays.on(LocalDate.of(2026, 3, 5)).withNote(Optional.of("logged")).build());
            ImportPlan plan = read(app, folder.resolve("marks"));
            assertEquals(Map.of("skipped_days", 3), plan.rows(), "the same day twice is one day");
            app.exchange().apply(plan, ConflictRule.MERGE, false);
            export(app, ExportFormat.JOURNAL, folder.resolve("marked"));
            assertEquals(List.of("date", forgotten.toString()),
                    Files.readAllLines(folder.resolve("marked/skipped_days.csv")), "not the logged day, nor today");
            app.days().save(SampleDays.on(forgotten).withNote(Optional.of("remembered after all")).build());
            export(app, ExportFormat.JOURNAL, folder.resolve("remembered"));
            assertEquals(List.of("date"), Files.readAllLines(folder.resolve("remembered/skipped_days.csv")));
        }
    }

    @Test
    void importedSettingsFillInTheDefaultsAndASettingFromANewerVersionOutlivesAChange() throws Exception {
        Files.createDirectories(folder.resolve("choices"));
        Files.writeString(folder.resolve("choices/settings.csv"), "setting,value\n THEME ,Dark\nfirst_day_of_week,"
                + "sunday\nalcohol_unit,grams\n");
        try (App app = open("fill")) {
            app.settings().save(app.settings().current().withAlcoholUnit(AlcoholUnit.US_DRINKS));
            ExchangeService.Result result = app.exchange().apply(read(app, folder.resolve("choices")),
                    ConflictRule.MERGE, false);
            assertEquals(Optional.of("The files changed 2 settings: theme, first day of week."),
                    result.settingsSentence());
            Settings merged = app.settings().current();
            assertTrue(merged.darkTheme(), "light was the default, not a choice");
            assertEquals(DayOfWeek.SUNDAY, merged.firstDayOfWeek());
            assertEquals(AlcoholUnit.US_DRINKS, merged.alcoholUnit(), "the journal's own choice is kept");
        }
        try (App app = open("newer")) {
            app.settings().save(Settings.DEFAULTS.withFirstDayOfWeek(DayOfWeek.FRIDAY));
            app.exchange().apply(read(app, folder.resolve("choices")), ConflictRule.REPLACE, false);
        }
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("newer/journal.db"));
             Statement statement = sqlite.createStatement()) {
            statement.executeUpdate("INSERT INTO setting (key, value) VALUES ('reminders', '09:00 sleep, 10:00 water'),"
                    + " ('font_size', 'large')");
        }
        try (App app = open("newer")) {
            assertEquals(List.of(), app.settings().current().reminders(), "unreadable here: the default");
            app.settings().save(app.settings().current().withDarkTheme(false));
        }
        try (App app = open("newer")) {
            assertEquals(DayOfWeek.SUNDAY, app.settings().current().firstDayOfWeek());
        }
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("newer/journal.db"));
             Statement statement = sqlite.createStatement();
             ResultSet rows = statement.executeQuery("SELECT key, value FROM setting ORDER BY key")) {
            Map<String, String> stored = new TreeMap<>();
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getString(2));
            }
            assertEquals(Map.of("alcohol_unit", "grams", "first_day_of_week", "sunday", "font_size", "large",
                    "reminders", "09:00 sleep, 10:00 water", "theme", "light"), stored,
                    "the newer version's values are kept, and light, chosen, is kept as a choice");
        }
    }

    @Test
    void aSettingThatCannotBeIsNamedByLineAndColumn() throws IOException {
        assertRefused("settings.csv", "setting,value\ntheme,dark\nreminders,25:00 meals\n",
                "settings.csv:3: value: A reminder's time must be a time such as 07:30 or 7:30 pm, got \"25:00\"");
        assertRefused("settings.csv", "setting,value\nfont,large\n",
                "settings.csv:2: setting: unknown setting \"font\" (known: theme, first_day_of_week, alcohol_unit,"
                        + " symptoms_shown, reminders)");
        assertRefused("settings.csv", "setting,value\nfirst_day_of_week,someday\n",
                "settings.csv:2: value: unknown first day of week \"someday\" (use monday, tuesday, wednesday,"
                        + " thursday, friday, saturday, sunday)");
    }

    @Test
    void formulaLookingCellsAreNeutralisedForSpreadsheets() throws IOException {
        try (App app = open("formula")) {
            app.days().save(SampleDays.on(LocalDate.of(2026, 1, 1)).withNote(Optional.of("=HYPERLINK(\"x\")")).build());
            export(app, ExportFormat.JOURNAL, folder.resolve("out"));
        }
        String notes = Files.readString(folder.resolve("out").resolve("notes.csv"));
        assertTrue(notes.contains("'=HYPERLINK(\"\"x\"\")"), notes);
        assertEquals("'=x", CsvText.neutralise("=x"));
        assertEquals("=x", CsvText.restore(CsvText.neutralise("=x")));
        assertEquals("'x", CsvText.restore(CsvText.neutralise("'x")));
        assertEquals("''=x", CsvText.restore(CsvText.neutralise("''=x")));
    }

    @Test
    void anEmptyJournalExportsHeadersOnly() throws IOException {
        try (App app = open("empty")) {
            assertEquals(0, export(app, ExportFormat.JOURNAL, folder.resolve("journal")));
            assertEquals(0, export(app, ExportFormat.DAILY, folder.resolve("daily.csv")));
            assertEquals(0, export(app, ExportFormat.FOODS, folder.resolve("foods.csv")));
        }
        assertEquals("date,time,meal,description,meal_id", Files.readString(folder.resolve("journal/meals.csv"))
                .strip());
        assertTrue(Files.readString(folder.resolve("daily.csv")).startsWith("date,food_logged,"));
        assertEquals("date,time,meal,food,quantity,unit,nova,tags,text",
                Files.readString(folder.resolve("foods.csv")).strip());
    }

    @Test
    void theDailyReportHasEveryFeatureAndGapsForUnloggedDays() throws IOException {
        try (App app = open("daily")) {
            LocalDate day = LocalDate.of(2026, 2, 1);
            app.days().save(SampleDays.on(day).withMeals(List.of(new Meal(LocalTime.NOON, MealKind.LUNCH,
                    "kimchi and 2 glasses of red wine", app.foods().tag("kimchi and 2 glasses of red wine")
                    .foodItems()))).withSkin(Optional.of(SampleDays.skin(4))).build());
            app.days().save(SampleDays.on(day.plusDays(2)).withSkin(Optional.of(SampleDays.skin(2))).build());
            assertEquals(3, app.exchange().export(new JournalExporter.Request(ExportFormat.DAILY,
                    folder.resolve("d.csv"), null, null, true, true), progress -> { }));
        }
        List<String> lines = Files.readAllLines(folder.resolve("d.csv"));
        assertTrue(lines.get(0).startsWith("\uFEFFdate,food_logged,prebiotic_servings,fermented_servings"));
        assertTrue(lines.get(1).startsWith("2026-02-01,yes,1,1,0,3,0,4.2,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("2026-02-02,no,,,,,,,"), lines.get(2));
    }

    @Test
    void aSpreadsheetWithOnlyTheFirstColumnsIsImportedAndTagged() throws IOException {
        Files.writeString(folder.resolve("my meals.csv"), "date,time,meal,description\n"
                + "2026-04-01,08:00,breakfast,kefir with banana\n2026-04-01,19:30,dinner,\"pizza, coke\"\n");
        Files.writeString(folder.resolve("scores.csv"), "date,overall\n2026-04-01,3\n2026-04-02,5\n");
        try (App app = open("sheet")) {
            ImportPlan plan = read(app, folder.resolve("my meals.csv"), folder.resolve("scores.csv"));
            assertEquals(List.of(), plan.problems());
            app.exchange().apply(plan, ConflictRule.SKIP, false);
            DayEntry day = app.days().day(LocalDate.of(2026, 4, 1));
            assertEquals(List.of("kefir", "banana"), day.meals().get(0).items().stream().map(i -> i.food()).toList());
            assertEquals(List.of("pizza", "cola"), day.meals().get(1).items().stream().map(i -> i.food()).toList());
            assertEquals(3, day.skin().orElseThrow().overall());
            assertEquals(5, app.days().day(LocalDate.of(2026, 4, 2)).skin().orElseThrow().overall());
        }
    }

    private void assertRefused(String file, String content, String expected) throws IOException {
        Files.writeString(folder.resolve(file), content);
        try (App app = open("refused-" + file.replace('.', '-'))) {
            app.days().save(SampleDays.on(LocalDate.of(2020, 1, 1)).withNote(Optional.of("before")).build());
            Map<LocalDate, DayEntry> before = app.days().all();
            ImportPlan plan = read(app, folder.resolve(file));
            assertTrue(plan.hasProblems(), file);
            assertEquals(expected, plan.problems().get(0).toString());
            ExchangeException refused = assertThrows(ExchangeException.class,
                    () -> app.exchange().apply(plan, ConflictRule.REPLACE, false));
            assertTrue(refused.getMessage().startsWith("Nothing was imported"), refused.getMessage());
            assertEquals(before, app.days().all(), "nothing written");
            assertEquals(Habit.BUILT_IN, app.habits().all());
        }
    }

    @Test
    void everyKindOfProblemIsNamedByFileLineAndColumnAndNothingIsWritten() throws IOException {
        assertRefused("skin.csv", "date,overall\n2026-01-01,3\n2026-13-01,4\n",
                "skin.csv:3: date: \"2026-13-01\" is not a date (use YYYY-MM-DD)");
        assertRefused("stress.csv", "date,time,level\n2026-01-01,25:61,3\n",
                "stress.csv:2: time: \"25:61\" is not a time (use HH:MM, 24 hours)");
        assertRefused("sleep.csv", "date,bedtime,wake_time,quality\n2026-01-01,23:00,07:00,9\n",
                "sleep.csv:2: quality: Sleep quality must be between 1 and 5, got 9");
        assertRefused("habit_definitions.csv", "habit,name,kind\nwalk,Walk,sometimes\n",
                "habit_definitions.csv:2: kind: unknown habit type \"sometimes\" (use yes_no or number)");
        assertRefused("notes.csv", "date,text\n2026-01-01,hello\n",
                "notes.csv:1: header: missing column note (found: date, text)");
        assertRefused("skin.csv", "date,overall\n2026-01-01,3\n\"2026-01-01\",4\n",
                "skin.csv:3: date: a second skin row for 2026-01-01 (the first is on line 2)");
        assertRefused("meals.csv", "date,time,meal,description\n2026-01-01,12:00,brunch,eggs\n",
                "meals.csv:2: kind: Meal kind must be breakfast, lunch, dinner, snack or drink, got \"brunch\"");
        assertRefused("stress.csv", "date,time,level\r\n\r\n2026-01-01,\"08:00\",3\r\n\r\n\r\n2026-01-02,8am?,3\r\n",
                "stress.csv:6: time: \"8am?\" is not a time (use HH:MM, 24 hours)"); // blank lines counted
        assertRefused("settings.csv", "setting,value\ntheme,\u001b]0;pwned\u0007" + "x".repeat(100) + "\n",
                "settings.csv:2: value: unknown theme \"?]0;pwned?" + "x".repeat(50) + "…\" (use light, dark)");
        Files.write(folder.resolve("latin1.csv"),
                "date,note\n2026-01-01,tea\n2026-01-02,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(folder.resolve("utf16.csv"), "date,note\n2026-01-01,tea\n".getBytes(StandardCharsets.UTF_16));
        try (App app = open("encoding")) {
            ImportPlan plan = read(app, folder.resolve("latin1.csv"), folder.resolve("utf16.csv"));
            assertEquals(List.of("latin1.csv:3: file: is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and"
                    + " try again", "utf16.csv:1: file: is UTF-16 text; save it as UTF-8 (CSV UTF-8 in Excel) and"
                    + " try again"), plan.problems().stream().map(ImportProblem::toString).sorted().toList());
        }
    }

    @Test
    void onlyTheValidRowsAreImportedWhenTheUserChoosesSo() throws IOException {
        Files.writeString(folder.resolve("skin.csv"), "date,overall\n2026-01-01,3\n2026-01-02,11\n2026-01-03,2\n");
        try (App app = open("valid-only")) {
            ImportPlan plan = read(app, folder.resolve("skin.csv"));
            assertEquals(1, plan.problemCount());
            assertEquals("skin.csv:3: overall: Overall skin severity must be between 0 and 10, got 11",
                    plan.problems().get(0).toString());
            app.exchange().apply(plan, ConflictRule.SKIP, true);
            assertEquals(2, app.days().all().size());
        }
    }

    @Test
    void conflictRulesSkipReplaceOrMerge() throws IOException {
        LocalDate day = LocalDate.of(2026, 5, 5);
        Files.writeString(folder.resolve("meals.csv"), "date,time,meal,description\n2026-05-05,19:00,dinner,kimchi\n");
        Files.writeString(folder.resolve("notes.csv"), "date,note\n2026-05-05,imported note\n");
        for (ConflictRule rule : ConflictRule.values()) {
            try (App app = open("rule-" + rule.key())) {
                DayEntry existing = SampleDays.on(day).withMeals(List.of(new Meal(LocalTime.of(8, 0),
                        MealKind.BREAKFAST, "oats", app.foods().tag("oats").foodItems())))
                        .withSkin(Optional.of(SampleDays.skin(2))).build();
                app.days().save(existing);
                ImportPlan plan = read(app, folder.resolve("meals.csv"), folder.resolve("notes.csv"));
                ExchangeService.Preview preview = app.exchange().preview(plan, rule);
                assertEquals(1, preview.conflictingDays());
                app.exchange().apply(plan, rule, false);
                DayEntry after = app.days().day(day);
                switch (rule) {
                    case SKIP -> assertEquals(existing, after);
                    case REPLACE -> {
                        assertEquals(List.of("kimchi"), after.meals().stream().map(Meal::description).toList());
                        assertTrue(after.skin().isEmpty());
                    }
                    case MERGE -> {
                        assertEquals(List.of("oats", "kimchi"), after.meals().stream().map(Meal::description).toList());
                        assertEquals(Optional.of("imported note"), after.note());
                        assertEquals(existing.skin(), after.skin());
                    }
                }
            }
        }
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = ExchangeTest.class.getResourceAsStream(name)) {
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void daylioMoodsBecomeStressCheckInsAndActivitiesHabitsOrFoods() throws IOException {
        try (App app = open("daylio")) {
            ImportPlan plan = read(app, fixture("daylio.csv"));
            assertEquals(List.of(), plan.problems());
            app.exchange().apply(plan, ConflictRule.SKIP, false);
            DayEntry monday = app.days().day(LocalDate.of(2026, 3, 2));
            assertEquals(List.of(new StressCheckIn(LocalTime.of(21, 15), 3, "Daylio mood: good"),
                    new StressCheckIn(LocalTime.of(8, 0), 5, "Daylio mood: meh")), monday.stress());
            assertEquals(List.of("kefir", "coffee"), monday.meals().stream().map(Meal::description).toList());
            assertEquals(List.of(MealKind.DINNER, MealKind.DRINK), monday.meals().stream().map(Meal::kind).toList(),
                    "coffee at 21:15 is a drink, not a dinner");
            assertEquals(Map.of("running", 1.0, "work", 1.0), monday.habits());
            assertEquals(Optional.of("Felt fine\nMorning\ntired, slept late"), monday.note());
            DayEntry tuesday = app.days().day(LocalDate.of(2026, 3, 3));
            assertEquals(9, tuesday.stress().get(0).level());
            assertTrue(app.habits().all().stream().anyMatch(habit -> habit.key().equals("party")));
        }
    }

    @Test
    void cronometerServingsBecomeMealsTaggedByTheKnowledgeBase() throws IOException {
        try (App app = open("cronometer")) {
            ImportPlan plan = read(app, fixture("cronometer.csv"));
            assertEquals(List.of(), plan.problems());
            app.exchange().apply(plan, ConflictRule.SKIP, false);
            DayEntry day = app.days().day(LocalDate.of(2026, 3, 2));
            assertEquals(2, day.meals().size());
            Meal breakfast = day.meals().get(0);
            assertEquals(MealKind.BREAKFAST, breakfast.kind());
            assertEquals(LocalTime.of(8, 10), breakfast.time());
            assertEquals(List.of("oats", "banana"), breakfast.items().stream().map(i -> i.food()).toList());
            assertEquals(List.of("kimchi", "white rice"), day.meals().get(1).items().stream().map(i -> i.food())
                    .toList());
            assertEquals(MealKind.SNACK, app.days().day(LocalDate.of(2026, 3, 3)).meals().get(0).kind());
        }
    }

    @Test
    void loopCheckmarksBecomeHabits() throws IOException {
        try (App app = open("loop")) {
            ImportPlan plan = read(app, fixture("Checkmarks.csv"));
            assertEquals(List.of(), plan.problems());
            app.exchange().apply(plan, ConflictRule.SKIP, false);
            assertEquals(Map.of("meditate", 1.0, "glasses_of_water", 8.0, Habit.PROBIOTIC, 1.0),
                    app.days().day(LocalDate.of(2026, 3, 1)).habits());
            assertEquals(Map.of("meditate", 0.0, "glasses_of_water", 6.0),
                    app.days().day(LocalDate.of(2026, 3, 2)).habits());
            assertEquals(Map.of("meditate", 1.0, Habit.PROBIOTIC, 0.0),
                    app.days().day(LocalDate.of(2026, 3, 3)).habits());
            assertEquals(HabitKind.NUMBER, app.habits().all().stream()
                    .filter(habit -> habit.key().equals("glasses_of_water")).findFirst().orElseThrow().kind());
        }
    }

    @Test
    void aFailedExportLeavesNoHalfFileAndKeepsThePreviousOne() throws IOException {
        Path target = Files.writeString(folder.resolve("journal.zip"), "last week's export\n");
        try (App app = open("failing")) {
            randomJournal(app, 9);
            TreeMap<LocalDate, DayEntry> failing = new TreeMap<>(app.days().all()) {
                @Override
                public java.util.Collection<DayEntry> values() {
                    List<DayEntry> some = new ArrayList<>(super.values()).subList(0, 5);
                    return new java.util.AbstractList<>() {
                        @Override
                        public DayEntry get(int index) {
                            if (index == 3) {
                                throw new IllegalStateException("the disk went away");
                            }
                            return some.get(index);
                        }

                        @Override
                        public int size() {
                            return some.size();
                        }
                    };
                }
            };
            JournalExporter.Source broken = new JournalExporter.Source(() -> failing, app.habits().all(), List.of(),
                    Map.of(), Settings.DEFAULTS, new TreeSet<>(), app.foods().knowledge(), visitor -> { },
                    ZoneOffset.UTC);
            assertThrows(IllegalStateException.class, () -> JournalExporter.export(new JournalExporter.Request(
                    ExportFormat.JOURNAL, target, null, null, false, true), broken,
                    DataDirectory.at(folder.resolve("failing")), progress -> { }));
        }
        assertEquals("last week's export\n", Files.readString(target));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".partial")).toList());
        }
    }

    @Test
    void anExportIntoAMissingFolderIsExplained() {
        try (App app = open("missing")) {
            ExchangeException error = assertThrows(ExchangeException.class,
                    () -> export(app, ExportFormat.FOODS, folder.resolve("no/such/foods.csv")));
            assertTrue(error.getMessage().startsWith("Cannot write " + folder.resolve("no/such/foods.csv")),
                    error.getMessage());
        }
    }
}
