package org.gutskin.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import org.gutskin.exchange.PendingExports;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.UserFoodRepository;
import org.gutskin.service.AnalysisService;
import org.gutskin.service.BackupService;
import org.gutskin.service.DayService;
import org.gutskin.service.ExchangeService;
import org.gutskin.service.HabitService;
import org.gutskin.service.MealService;
import org.gutskin.service.SearchService;
import org.gutskin.service.SecondCopyService;
import org.gutskin.service.SettingsService;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.HabitRepository;
import org.gutskin.store.JournalInUseException;
import org.gutskin.store.JournalRepository;
import org.gutskin.store.MealRepository;
import org.gutskin.store.Migrations;
import org.gutskin.store.ReadOnlyFolderException;
import org.gutskin.store.SettingsRepository;
import org.gutskin.store.StoreException;

/**
 * The composition root: opens the journal once and builds the services that both front doors,
 * the window and the command line, work through.
 */
public final class App implements AutoCloseable {
    private final Database database;
    private final FoodLibrary foods;
    private final DayService days;
    private final MealService meals;
    private final HabitService habits;
    private final SearchService search;
    private final AnalysisService analysis;
    private final ExchangeService exchange;
    private final BackupService backups;
    private final SecondCopyService secondCopy;
    private final SettingsService settings;

    private App(DataDirectory dataDirectory, Database database, Clock clock, boolean readOnly,
                List<Food> shippedFoods) {
        this.database = database;
        JournalRepository journal = new JournalRepository(database);
        HabitRepository habitRows = new HabitRepository(database);
        MealRepository mealRows = new MealRepository(database);
        UserFoodRepository userFoods = new UserFoodRepository(database);
        this.foods = readOnly ? FoodLibrary.readOnly(shippedFoods, userFoods, journal)
                : FoodLibrary.open(shippedFoods, userFoods, journal);
        this.days = new DayService(journal, clock);
        this.meals = new MealService(journal, mealRows);
        this.habits = new HabitService(journal, habitRows);
        this.search = new SearchService(journal, foods);
        this.analysis = new AnalysisService(days, foods, clock);
        this.backups = new BackupService(dataDirectory, database);
        this.secondCopy = new SecondCopyService(dataDirectory, database, clock);
        SettingsRepository settingRows = new SettingsRepository(database);
        this.settings = new SettingsService(settingRows);
        this.exchange = new ExchangeService(dataDirectory, clock, journal, habitRows, mealRows, userFoods, settingRows,
                foods, () -> backups.backUp("before-import"));
    }

    /**
     * Starts reading the shipped foods on another thread, so that it runs while SQLite opens the
     * journal (in a fresh JVM each takes a tenth of a second or more).
     */
    private static CompletableFuture<List<Food>> loadShippedFoods() {
        return CompletableFuture.supplyAsync(FoodKnowledge::loadShipped);
    }

    private static List<Food> shippedFoods(CompletableFuture<List<Food>> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Opens the journal in {@code dataDirectory}; slow (file I/O, migrations), so never on the FX thread. */
    public static App open(DataDirectory dataDirectory, Clock clock) {
        Logging.toFileIn(dataDirectory.ensureExists().path());
        CompletableFuture<List<Food>> shippedFoods = loadShippedFoods();
        Database database = Database.open(dataDirectory, clock);
        try {
            new PendingExports(dataDirectory).cleanUp(); // what exports killed before they finished left behind
            return new App(dataDirectory, database, clock, false, shippedFoods(shippedFoods));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens the journal for the window: for writing, or — when its folder cannot be written — for
     * reading, with every save first trying to open it for writing again.
     */
    public static App openForWindow(DataDirectory dataDirectory, Clock clock) {
        try {
            return open(dataDirectory, clock);
        } catch (ReadOnlyFolderException readOnly) {
            return openReadOnly(dataDirectory, clock, Database::openInReadOnlyFolder, readOnly);
        }
    }

    /**
     * Opens the journal for commands that only read: normally, or read-only when a window has it
     * open (SQLite's WAL lets one writer and readers work at once) or its folder cannot be written.
     */
    public static App openForReading(DataDirectory dataDirectory, Clock clock) {
        try {
            return open(dataDirectory, clock);
        } catch (JournalInUseException inUse) {
            return openReadOnly(dataDirectory, clock, Database::openReadOnly, inUse);
        } catch (ReadOnlyFolderException readOnly) {
            return openReadOnly(dataDirectory, clock, Database::openInReadOnlyFolder, readOnly);
        }
    }

    /** An older file is only ever read after the app that can write it has upgraded it: else, why not. */
    private static App openReadOnly(DataDirectory dataDirectory, Clock clock,
            BiFunction<DataDirectory, Clock, Database> opener, StoreException whyNotForWriting) {
        CompletableFuture<List<Food>> shippedFoods = loadShippedFoods();
        Database database = opener.apply(dataDirectory, clock);
        try {
            if (database.schemaVersion() < Migrations.shipped().latestVersion()) {
                throw whyNotForWriting;
            }
            return new App(dataDirectory, database, clock, true, shippedFoods(shippedFoods));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The journal file. */
    public Path journalFile() {
        return database.file();
    }

    /** What the person should be told about how the journal was found when it was opened; usually nothing. */
    public List<String> warnings() {
        return database.warnings();
    }

    /** True while the journal's folder cannot be written, so that it is open for reading only. */
    public boolean isInReadOnlyFolder() {
        return database.isInReadOnlyFolder();
    }

    public FoodLibrary foods() {
        return foods;
    }

    public DayService days() {
        return days;
    }

    public MealService meals() {
        return meals;
    }

    public HabitService habits() {
        return habits;
    }

    public SearchService search() {
        return search;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public ExchangeService exchange() {
        return exchange;
    }

    public BackupService backups() {
        return backups;
    }

    public SecondCopyService secondCopy() {
        return secondCopy;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Closes the journal, after the second copy of what changed since the last one (if one is set up). */
    @Override
    public void close() {
        try {
            secondCopy.close();
        } finally {
            database.close();
        }
    }
}
